import type { DeadlineType, Suspension } from '../types.ts';
import type { DraftSubscription } from './cloneState.ts';

/**
 * The next time-driven event of a state, or `null` (LC-10): the trial's end (converts, or
 * expires with auto-renew off, LC-2), the term's end (cancelled if scheduled, renewed with
 * auto-renew, else expired, LC-4), or the data deletion of a suspension (LC-8). While suspended,
 * nothing else happens (LC-6). Takes a state or a draft (a state is one, read-only).
 *
 * @returns The type and the instant's ISO text (which the state already holds), or `null`.
 */
export function deadlineOf(s: DraftSubscription): { type: DeadlineType; at: string } | null {
  switch (s.status) {
    case 'trial':
      return { type: s.autoRenew ? 'trial-converted' : 'expired', at: s.trialEndsAt as string };
    case 'active':
      if (s.termEnd === null) return null;
      return {
        type: s.cancelAtRenewal ? 'cancelled' : s.autoRenew ? 'renewed' : 'expired',
        at: s.termEnd,
      };
    case 'suspended':
      return { type: 'data-deleted', at: (s.suspension as Suspension).expiresAt };
    default:
      return null;
  }
}

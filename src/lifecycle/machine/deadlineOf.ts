import type { DeadlineType, Subscription } from '../types.ts';

/**
 * The next time-driven event of a state, or `null` (SPEC LC-10): the trial's end (converts, or
 * expires with auto-renew off, LC-2), the term's end (cancelled if scheduled, renewed with
 * auto-renew, else expired, LC-4), or the data deletion of a suspension (LC-8). While suspended,
 * nothing else happens (LC-6).
 *
 * @returns The type and the instant's ISO text (which the state already holds), or `null`.
 */
export function deadlineOf(s: Subscription): { type: DeadlineType; at: string } | null {
  switch (s.status) {
    case 'trial':
      return { type: s.autoRenew ? 'trial-converted' : 'expired', at: s.trialEndsAt };
    case 'active':
      if (s.termEnd === null) return null;
      return {
        type: s.cancelAtRenewal ? 'cancelled' : s.autoRenew ? 'renewed' : 'expired',
        at: s.termEnd,
      };
    case 'suspended':
      return { type: 'data-deleted', at: s.suspension.expiresAt };
    default:
      return null;
  }
}

import { MS_PER_DAY } from '../../../kernel/units.ts';
import { formatInstant } from '../../../time/formatInstant.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import type { NewCommerceDeadlineType } from '../eventTypes.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import { estEligible } from './estEligibility.ts';

/** Days an expired subscription stays `expired` before it is disabled (NCE-8). */
export const EXPIRED_DAYS = 30;
/** Days a disabled subscription keeps its data before it is deleted (NCE-8). */
export const DISABLED_DAYS = 90;

/**
 * The next time-driven event of a New Commerce state, or `null` (NCE-8): the trial's end, a
 * billing frequency change waiting inside the term (MID-2), the term's end (cancelled, renewed or expired when active; cancelled or expired when suspended), expired + 30
 * days → disabled, disabled + 90 days → data deleted. From the state's own fields only, so
 * advancing in steps equals advancing once.
 */
export function deadlineOf(
  s: NewCommerceDraft,
): { type: NewCommerceDeadlineType; at: string } | null {
  const type = deadlineTypeOf(s);
  return type === null ? null : { type, at: deadlineAt };
}

/** The instant of the deadline {@link deadlineTypeOf} found last. */
let deadlineAt = '';

/**
 * The type of {@link deadlineOf}'s deadline, or `null`, building nothing: its instant is then
 * {@link lastDeadlineAt}'s (the machine's own loop reads the two in turn).
 */
export function deadlineTypeOf(s: NewCommerceDraft): NewCommerceDeadlineType | null {
  // a billing frequency change waits for the next billing period, inside the term, through a
  // suspension too (MID-2, MID-5); only a running state holds one
  const pending = s.pendingBillingFrequency;
  if (pending !== undefined) {
    deadlineAt = pending.from;
    return 'billing-frequency-changed';
  }
  switch (s.status) {
    case 'trial':
      deadlineAt = s.trialEndsAt as string;
      return s.autoRenew ? 'trial-converted' : 'expired';
    case 'active':
      if (s.termEnd === null) return null;
      deadlineAt = s.termEnd;
      return termEndOf(s);
    case 'suspended':
      // still suspended at the term's end: expired (NCE-8, decided 2026-11-25), or cancelled when
      // a marketplace SaaS cancellation was scheduled for it (NCE-11)
      if (s.termEnd === null) return null;
      deadlineAt = s.termEnd;
      return s.cancelAtRenewal ? 'cancelled' : 'expired';
    case 'expired':
      deadlineAt = later(s.expiredAt as string, EXPIRED_DAYS);
      return 'disabled';
    case 'disabled':
      deadlineAt = later(s.disabledAt as string, DISABLED_DAYS);
      return 'data-deleted';
    default:
      return null;
  }
}

/** The instant of the deadline {@link deadlineTypeOf} returned last. */
export function lastDeadlineAt(): string {
  return deadlineAt;
}

/**
 * What an active state's term end does (NCE-8, EST-3): a scheduled SaaS cancellation; a renewal
 * (auto-renew on, or the next month of an Extended Service Term); the Extended Service Term
 * chosen; a cancel at term end, which disables an eligible subscription at once (EST-1) and lets
 * any other expire.
 */
function termEndOf(s: NewCommerceDraft): NewCommerceDeadlineType {
  if (s.cancelAtRenewal) return 'cancelled';
  if (s.autoRenew || s.extendedServiceTerm !== undefined) return 'renewed';
  if (!estEligible(s)) return 'expired';
  return s.endOfTerm === 'extended-service-term' ? 'extended-service-term' : 'disabled';
}

function later(at: string, days: number): string {
  return formatInstant(parseInstant(at, 'subscription') + days * MS_PER_DAY, 'deadline');
}

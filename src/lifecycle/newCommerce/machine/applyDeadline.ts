import type { NewCommerceDeadline, NewCommerceDeadlineType } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import { startTerm } from './terms.ts';

/**
 * Applies a time-driven event at its instant to a draft, in place, as the deadline table of
 * `table.ts` says (NCE-8), and returns the event as reported (a new policy named, NCE-11).
 */
export function applyDeadline(
  s: NewCommerceDraft,
  type: NewCommerceDeadlineType,
  at: string,
  atMs: number,
): NewCommerceDeadline {
  s.asOf = at;
  switch (type) {
    case 'trial-converted':
    case 'renewed': {
      const policyId = startTerm(s, at, atMs, type === 'trial-converted');
      return policyId === undefined ? { type, at } : { type, at, policyId };
    }
    case 'expired':
      s.status = 'expired';
      s.expiredAt = at;
      break;
    case 'disabled':
      s.status = 'disabled';
      s.disabledAt = at;
      break;
    case 'data-deleted':
      s.status = 'deleted';
      break;
    default: // cancelled: a scheduled SaaS cancellation
      s.status = 'cancelled';
  }
  return { type, at };
}

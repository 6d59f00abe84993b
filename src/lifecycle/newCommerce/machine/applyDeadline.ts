import type { NewCommerceDeadline, NewCommerceDeadlineType } from '../eventTypes.ts';
import { deadlineStatus } from '../table.ts';
import type { PendingBillingFrequency } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import { startEst } from './startEst.ts';
import { startTerm } from './terms.ts';

/**
 * Applies a time-driven event at its instant to a draft, in place: the status of the deadline
 * table in `table.ts`, and what else the event records (NCE-8), and returns the event as reported (a new policy named, NCE-11).
 */
export function applyDeadline(
  s: NewCommerceDraft,
  type: NewCommerceDeadlineType,
  at: string,
  atMs: number,
): NewCommerceDeadline {
  s.asOf = at;
  s.status = deadlineStatus[type] ?? s.status;
  switch (type) {
    case 'billing-frequency-changed': {
      // the new frequency and price from the next billing period to the term's end (MID-2)
      const pending = s.pendingBillingFrequency as PendingBillingFrequency;
      s.billingFrequency = pending.billingFrequency;
      s.price = pending.price;
      s.billingPeriodsFrom = at;
      // a promotion is for its billing cycle: the new frequency has none (PL-5, decided)
      delete s.promotion;
      delete s.pendingBillingFrequency;
      break;
    }
    case 'extended-service-term':
      startEst(s, at, atMs);
      break;
    case 'trial-converted':
    case 'renewed': {
      const policyId = startTerm(s, at, atMs, type === 'trial-converted');
      return policyId === undefined ? { type, at } : { type, at, policyId };
    }
    case 'expired':
      s.expiredAt = at;
      break;
    case 'disabled':
      s.disabledAt = at;
      break;
    default: // data-deleted, and cancelled (a scheduled SaaS cancellation): the status only
  }
  return { type, at };
}

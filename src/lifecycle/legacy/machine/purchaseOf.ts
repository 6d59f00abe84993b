import type { LegacyPurchase } from '../../../refunds/Purchase.ts';
import type { Subscription } from '../types.ts';

/**
 * The purchase a subscription's cancellation is decided on (LC-3, REF-11): its product, cycle,
 * term and `orderedAt` (windows count from the order, also after a trial), the current term's end,
 * its unit price and quantity (the credit is for all of them, REF-6), and a full-credit end the
 * state was read with (PCR-1).
 */
export function purchaseOf(s: Subscription): LegacyPurchase {
  // the unit price and the quantity, so the credit is cancellationDecision's to the minor unit
  // (the state's guard has checked that their product is a safe integer)
  return {
    product: s.product,
    orderedAt: s.orderedAt,
    ...(s.billingCycle === null ? {} : { billingCycle: s.billingCycle }),
    ...(s.term === null ? {} : { term: s.term }),
    ...(s.termEnd === null ? {} : { currentTermEnd: s.termEnd }),
    ...(s.price === null ? {} : { price: s.price }),
    quantity: s.quantity,
    ...(s.fullCreditUntil === undefined ? {} : { fullCreditUntil: s.fullCreditUntil }),
  };
}

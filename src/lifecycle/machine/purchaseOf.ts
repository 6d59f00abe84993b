import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { LegacyPurchase } from '../../refunds/Purchase.ts';
import type { Subscription } from '../types.ts';

/**
 * The purchase a subscription's cancellation is decided on (LC-3, REF-11): its product, cycle,
 * term and `orderedAt` (windows count from the order, also after a trial), the current term's end,
 * the price of every license (unit price × quantity), and a full-credit end the state was read
 * with (PCR-1).
 *
 * @throws {@link RuleError} `INVALID_AMOUNT` when price × quantity leaves the safe-integer range.
 */
export function purchaseOf(s: Subscription): LegacyPurchase {
  const price = s.price;
  let total: LegacyPurchase['price'];
  if (price !== null) {
    const amount = price.amount * s.quantity;
    if (!Number.isSafeInteger(amount))
      fail(
        RuleErrorCode.INVALID_AMOUNT,
        'subscription.price.amount',
        'expected price × quantity to be a safe integer',
        amount,
      );
    total = { amount, currency: price.currency };
  }
  return {
    product: s.product,
    orderedAt: s.orderedAt,
    ...(s.billingCycle === null ? {} : { billingCycle: s.billingCycle }),
    ...(s.term === null ? {} : { term: s.term }),
    ...(s.termEnd === null ? {} : { currentTermEnd: s.termEnd }),
    ...(total === undefined ? {} : { price: total }),
    ...(s.fullCreditUntil === undefined ? {} : { fullCreditUntil: s.fullCreditUntil }),
  };
}

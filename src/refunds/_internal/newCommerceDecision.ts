import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { newCommerceRulesInForceAt } from '../../policy/newCommerceRulesInForceAt.ts';
import { readNewCommerceProductRules } from '../../policy/readNewCommerceProductRules.ts';
import type { CancellationByBillingCycle, Policy } from '../../policy/types.ts';
import { readMoney } from '../../pricing/readMoney.ts';
import { type Instant, parseInstant } from '../../time/parseInstant.ts';
import type { NewCommercePurchase } from '../Purchase.ts';
import type { CancellationDecision } from '../types.ts';
import { fixedDecision } from './fixedDecision.ts';
import { readNewCommerceTerm } from './readNewCommerceTerm.ts';
import { termDecision } from './termDecision.ts';

/**
 * {@link cancellationDecision} for a New Commerce purchase (NCE-4, NCE-11): the policy in force
 * when the current term began (`termStart`, else `orderedAt`; the order for perpetual software),
 * or the caller's New Commerce policy; the product's rule, by billing frequency where it differs;
 * then a fixed answer (REF-4) or the window decision of `termDecision`.
 *
 * @param purchase - The New Commerce purchase.
 * @param at - The instant of the request.
 * @param given - The caller's `{ policy }`, if any.
 * @returns The decision.
 */
export function newCommerceDecision(
  purchase: NewCommercePurchase,
  at: Instant,
  given: Policy | undefined,
): CancellationDecision {
  const orderedMs = parseInstant(purchase.orderedAt, 'purchase.orderedAt');
  const atMs = parseInstant(at, 'at');
  const term = readNewCommerceTerm(purchase, orderedMs, atMs);
  const quantity = purchase.quantity ?? 1;
  if (!Number.isSafeInteger(quantity) || quantity < 1) {
    fail(RuleErrorCode.INVALID_QUANTITY, 'purchase.quantity', 'expected an integer ≥ 1', quantity);
  }
  const price =
    purchase.price === undefined ? undefined : readMoney(purchase.price, 'purchase.price');
  if (
    price !== undefined &&
    !(price.amount >= 0 && Number.isSafeInteger(price.amount * quantity))
  ) {
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      'purchase.price.amount',
      'expected a price ≥ 0 whose product with the quantity is a safe integer',
      price.amount,
    );
  }
  let currentTermEndMs: number | undefined;
  if (purchase.currentTermEnd !== undefined) {
    currentTermEndMs = parseInstant(purchase.currentTermEnd, 'purchase.currentTermEnd');
    if (currentTermEndMs <= atMs) {
      fail(
        RuleErrorCode.OUT_OF_ORDER,
        'purchase.currentTermEnd',
        'expected an instant after at (a term that has ended cannot be cancelled at its end)',
        purchase.currentTermEnd,
      );
    }
  }
  const policy = given ?? newCommerceRulesInForceAt(term.startMs);
  const cancellation = readNewCommerceProductRules(
    policy,
    purchase.product,
    'purchase.product',
  ).cancellation;
  let rule: Exclude<typeof cancellation, CancellationByBillingCycle>;
  if ('type' in cancellation) rule = cancellation;
  else {
    const frequency = 'billingFrequency' in purchase ? purchase.billingFrequency : undefined;
    if (frequency !== 'monthly' && frequency !== 'annual') {
      fail(
        frequency === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
        'purchase.billingFrequency',
        `expected 'monthly' or 'annual': the cancellation rule of ${purchase.product} differs by billing frequency`,
        frequency,
      );
    }
    rule = cancellation[frequency];
  }
  return rule.type === 'fixed'
    ? fixedDecision(rule, policy.id, price)
    : termDecision(rule, policy.id, term, atMs, price, quantity, currentTermEndMs);
}

import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { newCommerceRulesInForceAt } from '../../policy/newCommerceRulesInForceAt.ts';
import { readNewCommerceProductRules } from '../../policy/readNewCommerceProductRules.ts';
import type { Policy } from '../../policy/types.ts';
import { type Instant, parseInstant } from '../../time/parseInstant.ts';
import { fixedDecision } from '../_internal/fixedDecision.ts';
import { readCancellationRule } from '../_internal/readCancellationRule.ts';
import { readCurrentTermEnd } from '../_internal/readCurrentTermEnd.ts';
import { readPrice } from '../_internal/readPrice.ts';
import type { NewCommercePurchase, NewCommerceSubscriptionFields } from '../Purchase.ts';
import type { CancellationDecision } from '../types.ts';
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
  // the root dispatches only objects here; the New Commerce entry hands over whatever it was given
  if (typeof purchase !== 'object' || purchase === null) {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'purchase', 'expected a purchase object', purchase);
  }
  const orderedMs = parseInstant(purchase.orderedAt, 'purchase.orderedAt');
  const atMs = parseInstant(at, 'at');
  const term = readNewCommerceTerm(purchase, orderedMs, atMs);
  const quantity = purchase.quantity ?? 1;
  if (!Number.isSafeInteger(quantity) || quantity < 1) {
    fail(RuleErrorCode.INVALID_QUANTITY, 'purchase.quantity', 'expected an integer ≥ 1', quantity);
  }
  const price = readPrice(purchase.price, quantity);
  const currentTermEndMs = readCurrentTermEnd(purchase.currentTermEnd, atMs);
  const policy = given ?? newCommerceRulesInForceAt(term.startMs);
  // the Azure plan is billed by usage, under the rules of usage-based offers (REF-4, NCE-1)
  const product = purchase.product === 'azure-plan' ? 'marketplace-usage' : purchase.product;
  const rules = readNewCommerceProductRules(policy, product, 'purchase.product');
  // The frequency is checked by NCE-2; it only picks the rule where the rule differs by it.
  const rule = readCancellationRule(
    rules,
    purchase.product,
    'type' in rules.cancellation || !('billingFrequency' in purchase)
      ? undefined
      : purchase.billingFrequency,
    'purchase.billingFrequency',
  );
  return rule.type === 'fixed'
    ? fixedDecision(rule, policy.id, 'new-commerce', price)
    : // a product without a term carries no stated window (readNewCommerceTerm)
      termDecision(
        rule,
        policy.id,
        term,
        atMs,
        price,
        quantity,
        currentTermEndMs,
        purchase as NewCommerceSubscriptionFields,
      );
}

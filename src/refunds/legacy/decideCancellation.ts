import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { readProductRules } from '../../policy/readProductRules.ts';
import { rulesInForceAt } from '../../policy/rulesInForceAt.ts';
import type { PolicyRules } from '../../policy/types.ts';
import { assertNotBefore } from '../../time/assertNotBefore.ts';
import { type Instant, parseInstant } from '../../time/parseInstant.ts';
import { fixedDecision } from '../_internal/fixedDecision.ts';
import { readCancellationRule } from '../_internal/readCancellationRule.ts';
import { readCurrentTermEnd } from '../_internal/readCurrentTermEnd.ts';
import { readPrice } from '../_internal/readPrice.ts';
import type { LegacyPurchase } from '../Purchase.ts';
import type { CancellationDecision } from '../types.ts';
import { readTerm } from './readTerm.ts';
import { windowDecision } from './windowDecision.ts';

/**
 * {@link cancellationDecision} by the given decision rules, or by the catalog's rules in force at
 * `purchase.orderedAt` when none are given (POL-2): what the lifecycle asks when a subscription,
 * which keeps only its policy's decision rules, is cancelled (LC-3).
 *
 * @param purchase - The purchase.
 * @param at - The instant of the request.
 * @param given - The rules to decide by; the catalog's when `undefined`.
 * @returns The decision.
 */
export function decideCancellation(
  purchase: LegacyPurchase,
  at: Instant,
  given: PolicyRules | undefined,
): CancellationDecision {
  if (typeof purchase !== 'object' || purchase === null) {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'purchase', 'expected a purchase object', purchase);
  }
  if (purchase.program !== undefined && purchase.program !== 'legacy') {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'purchase.program',
      "expected 'legacy' or 'new-commerce'",
      purchase.program,
    );
  }
  const orderedMs = parseInstant(purchase.orderedAt, 'purchase.orderedAt');
  const atMs = parseInstant(at, 'at');
  assertNotBefore(atMs, 'at', orderedMs, 'purchase.orderedAt');
  const policy = given ?? rulesInForceAt(orderedMs);
  const product = purchase.product;
  const rules = readProductRules(policy, product, 'purchase.product');
  const rule = readCancellationRule(rules, product, purchase.billingCycle);
  const term = readTerm(rules, product, purchase.term);
  // the credit is for the whole line, price × quantity, prorated as one amount (REF-6, LC-1)
  const quantity = purchase.quantity ?? 1;
  if (!Number.isSafeInteger(quantity) || quantity < 1)
    fail(RuleErrorCode.INVALID_QUANTITY, 'purchase.quantity', 'expected an integer ≥ 1', quantity);
  const unit = readPrice(purchase.price, quantity);
  const price =
    unit === undefined || quantity === 1
      ? unit
      : { amount: unit.amount * quantity, currency: unit.currency };
  const currentTermEndMs = readCurrentTermEnd(purchase.currentTermEnd, atMs);
  return rule.type === 'fixed'
    ? fixedDecision(rule, policy.id, 'legacy', price)
    : windowDecision(
        rule,
        policy.id,
        orderedMs,
        atMs,
        price,
        term,
        currentTermEndMs,
        purchase.fullCreditUntil,
      );
}

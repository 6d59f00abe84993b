import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { FixedCancellation, ProductRules, WindowCancellation } from '../../policy/types.ts';

/**
 * The cancellation rule that applies to a purchase: the product's own, or the one of its billing
 * cycle where the policy's rule differs by cycle (REF-1, REF-3, REF-10). A `billingCycle` given
 * for a product whose rule does not depend on it is still checked, then ignored.
 *
 * @param rules - The product's rules.
 * @param product - The product's name, for messages.
 * @param billingCycle - The purchase's billing cycle as given.
 * @returns The rule to decide by.
 * @throws {@link RuleError} `INVALID_ARGUMENT` (path `purchase.billingCycle`) for a cycle other than
 *   `monthly` or `annual`; `MISSING_FIELD` when the rule needs a cycle and none is given.
 */
export function readCancellationRule(
  rules: ProductRules,
  product: string,
  billingCycle: unknown,
): WindowCancellation | FixedCancellation {
  if (billingCycle !== undefined && billingCycle !== 'monthly' && billingCycle !== 'annual') {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'purchase.billingCycle',
      "expected 'monthly' or 'annual'",
      billingCycle,
    );
  }
  const cancellation = rules.cancellation;
  if ('type' in cancellation) return cancellation;
  if (billingCycle === undefined) {
    fail(
      RuleErrorCode.MISSING_FIELD,
      'purchase.billingCycle',
      `expected 'monthly' or 'annual': the cancellation rule of ${product} differs by billing cycle`,
      billingCycle,
    );
  }
  return cancellation[billingCycle];
}

import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type {
  CancellationByBillingCycle,
  FixedCancellation,
  WindowCancellation,
} from '../../policy/types.ts';

function isByCycle(rule: unknown): rule is CancellationByBillingCycle {
  return !('type' in (rule as object));
}

/**
 * The cancellation rule that applies to a purchase: the product's own, or the one of its billing
 * cycle where the policy's rule differs by cycle (REF-1, REF-3, REF-10). A `billingCycle` given
 * for a product whose rule does not depend on it is still checked, then ignored.
 *
 * @param rules - The product's rules.
 * @param product - The product's name, for messages.
 * @param billingCycle - The purchase's billing cycle (a New Commerce one's billing frequency) as given.
 * @param path - Where the cycle came from (`purchase.billingFrequency` for New Commerce, NCE-4).
 * @returns The rule to decide by.
 * @throws {@link RuleError} `INVALID_ARGUMENT` (at `path`) for a cycle other than
 *   `monthly` or `annual`; `MISSING_FIELD` when the rule needs a cycle and none is given.
 */
export function readCancellationRule<R>(
  rules: { readonly cancellation: R | CancellationByBillingCycle },
  product: string,
  billingCycle: unknown,
  path = 'purchase.billingCycle',
): R | WindowCancellation | FixedCancellation {
  if (billingCycle !== undefined && billingCycle !== 'monthly' && billingCycle !== 'annual') {
    fail(RuleErrorCode.INVALID_ARGUMENT, path, "expected 'monthly' or 'annual'", billingCycle);
  }
  const cancellation = rules.cancellation;
  if (!isByCycle(cancellation)) return cancellation;
  if (billingCycle === undefined) {
    fail(
      RuleErrorCode.MISSING_FIELD,
      path,
      "expected 'monthly' or 'annual': the cancellation rule of {product} differs by billing cycle",
      billingCycle,
      product,
    );
  }
  return cancellation[billingCycle];
}

import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { Policy, ProductRules } from '../../policy/types.ts';

/**
 * The policy's rules for a purchase's product (SPEC §3, REF-10). A cheap guard: no list is built
 * unless the product is bad.
 *
 * @param policy - The policy deciding.
 * @param product - The product as given.
 * @param path - Its dot path, e.g. `purchase.product`.
 * @returns The product's rules.
 * @throws {@link RuleError} `MISSING_FIELD` when absent, `INVALID_ARGUMENT` when unknown.
 */
export function readProductRules(policy: Policy, product: unknown, path: string): ProductRules {
  if (typeof product !== 'string' || !Object.hasOwn(policy.products, product)) {
    fail(
      product === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      `expected a product of ${policy.id} (${Object.keys(policy.products).join(', ')})`,
      product,
    );
  }
  return policy.products[product as keyof Policy['products']];
}

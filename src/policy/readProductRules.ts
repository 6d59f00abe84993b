import { productRulesOf } from './_internal/productRulesOf.ts';
import type { ProductRules } from './types.ts';
import { PRODUCTS } from './vocabulary/products.ts';

/**
 * The rules of one legacy product in a policy (POL-1), checked as they are read: the policy must
 * be a legacy one (else `RuleError` `INVALID_ARGUMENT` at `options.policy.program`), the product
 * one it lists (else at `productPath`), and its cancellation rule, terms and flags must have their
 * types (else `RuleError` `INVALID_ARGUMENT` at `options.policy.products.<product>…`). Only this
 * section of the policy is read, so a refund or a lifecycle step carries no check of the rest, and
 * a broken field elsewhere does not stop it.
 *
 * @param policy - The rules in force (a catalog policy or the caller's `{ policy }`).
 * @param product - The product as the caller gave it.
 * @param productPath - Where the product came from (`purchase.product`).
 * @returns The product's rules.
 */
export function readProductRules(
  policy: Parameters<typeof productRulesOf>[0],
  product: unknown,
  productPath: string,
): ProductRules {
  return productRulesOf(policy, product, productPath, 'legacy', PRODUCTS) as ProductRules;
}

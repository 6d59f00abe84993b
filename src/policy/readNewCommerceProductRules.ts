import { productRulesOf } from './_internal/productRulesOf.ts';
import type { NewCommerceProductRules } from './types.ts';
import { NEW_COMMERCE_PRODUCTS } from './vocabulary/newCommerceProducts.ts';

/**
 * The rules of one New Commerce product in a policy (POL-1, NCE-1), checked as they are read, as
 * `readProductRules` reads a legacy one: the policy must be a New Commerce one, the product one of
 * New Commerce's.
 *
 * @param policy - The rules in force (a catalog policy or the caller's `{ policy }`).
 * @param product - The product as the caller gave it.
 * @param productPath - Where the product came from (`purchase.product`).
 * @returns The product's rules.
 */
export function readNewCommerceProductRules(
  policy: Parameters<typeof productRulesOf>[0],
  product: unknown,
  productPath: string,
): NewCommerceProductRules {
  return productRulesOf(
    policy,
    product,
    productPath,
    'new-commerce',
    NEW_COMMERCE_PRODUCTS,
  ) as NewCommerceProductRules;
}

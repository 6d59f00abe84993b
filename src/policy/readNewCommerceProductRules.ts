import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { checkProductRules } from './_internal/checkProductRules.ts';
import { record } from './_internal/guards.ts';
import { isVerified, rememberVerified } from './_internal/verified.ts';
import type { NewCommerceProductRules } from './types.ts';
import {
  NEW_COMMERCE_PRODUCTS,
  type NewCommerceProduct,
} from './vocabulary/newCommerceProducts.ts';

/**
 * The rules of one New Commerce product in a policy (NCE-1), checked as they are read, as
 * `readProductRules` does for a legacy one: the policy must be a New Commerce policy (else
 * `RuleError` `INVALID_ARGUMENT` at `options.policy.program`), the product one of New Commerce's
 * (else at `productPath`), and its rules well typed (else at `options.policy.products.<product>…`).
 *
 * @param policy - The rules in force (a catalog policy or the caller's `{ policy }`).
 * @param product - The product as the caller gave it.
 * @param productPath - Where the product came from (`purchase.product`).
 * @returns The product's rules.
 */
export function readNewCommerceProductRules(
  policy: { readonly id: string; readonly program?: unknown; readonly products: unknown },
  product: unknown,
  productPath: string,
): NewCommerceProductRules {
  if (policy.program !== 'new-commerce') {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.policy.program',
      'expected a new-commerce policy for a New Commerce purchase or subscription',
      policy.program,
    );
  }
  if (
    typeof product !== 'string' ||
    !NEW_COMMERCE_PRODUCTS.includes(product as NewCommerceProduct)
  ) {
    fail(
      product === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      productPath,
      `expected a New Commerce product (${NEW_COMMERCE_PRODUCTS.join(', ')})`,
      product,
    );
  }
  const products = record(policy.products, 'options.policy.products', undefined) ?? {};
  const rules = products[product];
  if (!isVerified(rules)) {
    checkProductRules(rules, `options.policy.products.${product}`, undefined, true);
    rememberVerified(rules);
  }
  return rules as NewCommerceProductRules;
}

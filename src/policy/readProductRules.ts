import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { checkProductRules } from './_internal/checkProductRules.ts';
import { record } from './_internal/guards.ts';
import { isVerified, rememberVerified } from './_internal/verified.ts';
import type { NewCommerceProductRules, ProductRules } from './types.ts';
import { NEW_COMMERCE_PRODUCTS } from './vocabulary/newCommerceProducts.ts';
import { PRODUCTS } from './vocabulary/products.ts';
import type { Program } from './vocabulary/programs.ts';

/**
 * The rules of one product in a policy (POL-1, NCE-1), checked as they are read: the policy must
 * be of the purchase's program (else `RuleError` `INVALID_ARGUMENT` at `options.policy.program`),
 * the product one the program lists (else at `productPath`), and its cancellation rule, terms and
 * flags must have their types (else `RuleError` `INVALID_ARGUMENT` at
 * `options.policy.products.<product>…`). Only this section of the policy is read, so a refund or a
 * lifecycle step carries no check of the rest, and a broken field elsewhere does not stop it.
 *
 * @param policy - The rules in force (a catalog policy or the caller's `{ policy }`).
 * @param product - The product as the caller gave it.
 * @param productPath - Where the product came from (`purchase.product`).
 * @param program - The purchase's program; `legacy` when omitted.
 * @returns The product's rules.
 */
export function readProductRules<P extends Program = 'legacy'>(
  policy: {
    readonly id: string;
    readonly program?: Program | undefined;
    readonly products: object;
  },
  product: unknown,
  productPath: string,
  program?: P,
): P extends 'new-commerce' ? NewCommerceProductRules : ProductRules {
  const newCommerce = program === 'new-commerce';
  if ((policy.program === 'new-commerce') !== newCommerce) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.policy.program',
      'expected a {program} policy, as the purchase or subscription',
      policy.program,
      program ?? 'legacy',
    );
  }
  const products = record(policy.products, 'options.policy.products', undefined) ?? {};
  const names: readonly string[] = newCommerce ? NEW_COMMERCE_PRODUCTS : PRODUCTS;
  if (typeof product !== 'string' || !names.includes(product)) {
    fail(
      product === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      productPath,
      'expected a product of {policyId} ({products})',
      product,
      policy.id,
      names.join(', '),
    );
  }
  const rules = products[product];
  if (!isVerified(rules)) {
    checkProductRules(rules, `options.policy.products.${product}`, undefined, newCommerce);
    rememberVerified(rules);
  }
  return rules as P extends 'new-commerce' ? NewCommerceProductRules : ProductRules;
}

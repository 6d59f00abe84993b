import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { checkProductRules } from './_internal/checkProductRules.ts';
import { record } from './_internal/guards.ts';
import { isVerified, rememberVerified } from './_internal/verified.ts';
import type { PolicyRules, ProductRules } from './types.ts';
import { PRODUCTS, type Product } from './vocabulary/products.ts';

/**
 * The rules of one product in a policy (POL-1), checked as they are read: the product must be
 * one the policy lists (else `RuleError` at `productPath`), and its cancellation rule, terms and
 * flags must have their types (else `RuleError` `INVALID_ARGUMENT` at
 * `options.policy.products.<product>…`). Only this section of the policy is read, so a refund or a
 * lifecycle step carries no check of the rest, and a broken field elsewhere does not stop it.
 *
 * @param policy - The rules in force (a catalog policy or the caller's `{ policy }`).
 * @param product - The product as the caller gave it.
 * @param productPath - Where the product came from (`purchase.product`).
 * @returns The product's rules.
 */
export function readProductRules(
  policy: Pick<PolicyRules, 'id' | 'products'>,
  product: unknown,
  productPath: string,
): ProductRules {
  const program = (policy as { readonly program?: unknown }).program;
  if (program !== undefined && program !== 'legacy') {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.policy.program',
      'expected a legacy policy for a legacy purchase or subscription',
      program,
    );
  }
  const products = record(policy.products, 'options.policy.products', undefined) ?? {};
  if (typeof product !== 'string' || !PRODUCTS.includes(product as Product)) {
    fail(
      product === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      productPath,
      `expected a product of ${policy.id} (${PRODUCTS.join(', ')})`,
      product,
    );
  }
  const rules = products[product];
  if (!isVerified(rules)) {
    checkProductRules(rules, `options.policy.products.${product}`, undefined);
    rememberVerified(rules);
  }
  return rules as ProductRules;
}

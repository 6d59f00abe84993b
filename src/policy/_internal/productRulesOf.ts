import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { Program } from '../vocabulary/programs.ts';
import { checkProductRules } from './checkProductRules.ts';
import { record } from './guards.ts';
import { isVerified, rememberVerified } from './verified.ts';

/**
 * The rules of one product in a policy, checked as they are read (POL-1): the policy of
 * `program`, the product one of `names` (the program's own list, given by the caller so a bundle
 * of one program carries none of the other's product names), its section's types.
 *
 * @param policy - The rules in force.
 * @param product - The product as the caller gave it.
 * @param productPath - Where the product came from.
 * @param program - The purchase's program.
 * @param names - The program's products.
 * @returns The product's rules, checked.
 */
export function productRulesOf(
  policy: {
    readonly id: string;
    readonly program?: Program | undefined;
    readonly products: object;
  },
  product: unknown,
  productPath: string,
  program: Program,
  names: readonly string[],
): unknown {
  const newCommerce = program === 'new-commerce';
  if ((policy.program === 'new-commerce') !== newCommerce) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.policy.program',
      'expected a {program} policy, as the purchase or subscription',
      policy.program,
      program,
    );
  }
  const products = record(policy.products, 'options.policy.products', undefined) ?? {};
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
  return rules;
}

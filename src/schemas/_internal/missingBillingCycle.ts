import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { issueOf } from '../../kernel/issueOf.ts';
import { catalogRules } from '../../policy/rulesInForceAt.ts';
import type { Product } from '../../policy/types.ts';
import type { ParseIssue } from '../ParseResult.ts';

/**
 * The cross-field issue a legacy purchase or subscription input has whatever else is wrong with
 * it (ERR-2: every issue at once): a product whose rules differ by billing cycle in every catalog
 * policy, without one. The schema's own cross-field step runs only once the shape is right, so a
 * bad `orderedAt` would otherwise hide it.
 *
 * @param input - The raw input, an object.
 * @returns The issue at `billingCycle`, or none.
 */
export function missingBillingCycle(input: Readonly<Record<string, unknown>>): ParseIssue[] {
  const { product, program, billingCycle } = input;
  if (billingCycle !== undefined || (program !== undefined && program !== 'legacy')) return [];
  if (typeof product !== 'string') return [];
  const required = catalogRules.every(
    (rules) =>
      Object.hasOwn(rules.products, product) &&
      rules.products[product as Product].billingCycleRequired,
  );
  return required
    ? [
        {
          ...issueOf(
            'billingCycle',
            'expected monthly or annual: the rules of {product} differ by billing cycle',
            { product },
          ),
          code: RuleErrorCode.INVALID_ARGUMENT,
        },
      ]
    : [];
}

import { RuleError } from '../../errors/RuleError.ts';
import { requireNewCommerceBilling } from '../../policy/requireNewCommerceBilling.ts';
import {
  NEW_COMMERCE_BILLING,
  type NewCommerceTermProduct,
} from '../../policy/vocabulary/newCommerceBilling.ts';
import type { ParseIssue } from '../ParseResult.ts';
import { keyedIssues } from './canonicalising.ts';

/**
 * The cross-field issue a New Commerce purchase or input has whatever else is wrong with it (ERR-2:
 * every issue at once): a term and billing frequency its product is not sold with (NCE-2). The
 * schema's own cross-field step runs only once the shape is right.
 *
 * @param input - The raw input, an object.
 * @returns The issues at `term` or `billingFrequency`, or none.
 */
export function unsoldPair(input: Readonly<Record<string, unknown>>): ParseIssue[] {
  const { program, product, term, billingFrequency } = input;
  if (program !== 'new-commerce' || typeof product !== 'string') return [];
  if (!Object.hasOwn(NEW_COMMERCE_BILLING, product)) return [];
  if (typeof term !== 'string' || typeof billingFrequency !== 'string') return [];
  try {
    requireNewCommerceBilling(product as NewCommerceTermProduct, term, billingFrequency, 'input');
    return [];
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    return keyedIssues(error).map((issue) => ({
      ...issue,
      path: issue.path.slice('input.'.length),
      code: error.code,
    }));
  }
}

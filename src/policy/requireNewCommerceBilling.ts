import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import type { BillingFrequency } from './vocabulary/billingFrequencies.ts';
import {
  NEW_COMMERCE_BILLING,
  type NewCommerceTermProduct,
} from './vocabulary/newCommerceBilling.ts';
import type { NewCommerceTerm } from './vocabulary/newCommerceTerms.ts';

/**
 * Checks a New Commerce subscription's term and billing frequency against the NCE-2 table: the
 * terms the product has, and the frequencies that term allows.
 *
 * @param product - A New Commerce product with terms (`license-based`, `software-subscription`,
 *   `marketplace-saas`), already checked.
 * @param term - The term as given.
 * @param frequency - The billing frequency as given.
 * @param path - The dot path of the object holding both (`purchase`, `input`).
 * @returns Nothing: it returns only when the combination is in the table.
 * @throws {@link RuleError} `MISSING_FIELD` at `<path>.term` or `<path>.billingFrequency` when one
 *   is absent; `INVALID_ARGUMENT` naming both fields for any combination the table does not list.
 */
export function requireNewCommerceBilling(
  product: NewCommerceTermProduct,
  term: unknown,
  frequency: unknown,
  path: string,
): asserts term is NewCommerceTerm {
  const terms: Readonly<Record<string, readonly BillingFrequency[]>> =
    NEW_COMMERCE_BILLING[product];
  if (term === undefined)
    fail(RuleErrorCode.MISSING_FIELD, `${path}.term`, 'expected a term', term);
  if (frequency === undefined) {
    fail(
      RuleErrorCode.MISSING_FIELD,
      `${path}.billingFrequency`,
      'expected a billing frequency',
      frequency,
    );
  }
  if (typeof term !== 'string' || !Object.hasOwn(terms, term)) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      `${path}.term`,
      `expected a term of ${product} (${Object.keys(terms).join(', ')}) with ${path}.billingFrequency ${JSON.stringify(frequency)}`,
      term,
    );
  }
  const allowed = terms[term] as readonly string[];
  if (typeof frequency !== 'string' || !allowed.includes(frequency)) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      `${path}.billingFrequency`,
      `expected ${allowed.join(' or ')} for ${path}.term ${term} of ${product}`,
      frequency,
    );
  }
}

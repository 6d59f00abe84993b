import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { describeValue } from '../kernel/describeValue.ts';
import { fail } from '../kernel/fail.ts';
import type { BillingFrequency } from './vocabulary/billingFrequencies.ts';
import { NEW_COMMERCE_BILLING } from './vocabulary/newCommerceBilling.ts';
import type { NewCommerceTerm } from './vocabulary/newCommerceTerms.ts';

/**
 * Checks a New Commerce subscription's term and billing frequency against the NCE-2 table: the
 * terms the product has, and the frequencies that term allows.
 *
 * @param product - The product: one with terms (`license-based`, `software-subscription`,
 *   `marketplace-saas`), else `INVALID_ARGUMENT` at `<path>.product`.
 * @param term - The term as given.
 * @param frequency - The billing frequency as given.
 * @param path - The dot path of the object holding both (`purchase`, `input`).
 * @param termPath - Where the term comes from, when not `<path>.term` (a state's own term that an
 *   event's billing frequency must fit: `subscription.term`).
 * @param frequencyPath - Where the billing frequency comes from, when not `<path>.billingFrequency`.
 * @returns Nothing: it returns only when the combination is in the table.
 * @throws {@link RuleError} `MISSING_FIELD` at `<path>.term` or `<path>.billingFrequency` when one
 *   is absent; `INVALID_ARGUMENT` at the first field that does not fit, the message naming both,
 *   for any combination the table does not list.
 */
export function requireNewCommerceBilling(
  product: string,
  term: unknown,
  frequency: unknown,
  path: string,
  termPath?: string,
  frequencyPath?: string,
): asserts term is NewCommerceTerm {
  const table: Readonly<Record<string, Readonly<Record<string, readonly BillingFrequency[]>>>> =
    NEW_COMMERCE_BILLING;
  const terms =
    typeof product === 'string' && Object.hasOwn(table, product) ? table[product] : undefined;
  const allowed = terms !== undefined && typeof term === 'string' && Object.hasOwn(terms, term);
  // a plan that is sold returns before any path or list is built (the lifecycle asks on every call)
  if (allowed && (terms[term] as readonly unknown[]).includes(frequency)) return;
  termPath ??= `${path}.term`;
  frequencyPath ??= `${path}.billingFrequency`;
  const [field, value, expected] =
    terms === undefined
      ? ['product', product, Object.keys(table)]
      : allowed
        ? ['billingFrequency', frequency, terms[term] as readonly string[]]
        : ['term', term, Object.keys(terms)];
  if (allowed && (expected as readonly unknown[]).includes(frequency)) return;
  fail(
    value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
    field === 'term' ? termPath : field === 'product' ? `${path}.product` : frequencyPath,
    'expected {allowed} (NCE-2: {product}, {termPath} {term}, {frequencyPath} {frequency})',
    value,
    expected.join(' or '),
    // any value a caller sent (a symbol, an object without a prototype) is written as text
    textOf(product),
    termPath,
    textOf(term),
    frequencyPath,
    textOf(frequency),
  );
}

/** A value as the message shows it: text as it is, anything else as describeValue writes it. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : describeValue(value);
}

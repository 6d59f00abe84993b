import { TERM_MONTHS } from '../../time/terms.ts';
import { PRODUCTS } from '../vocabulary/products.ts';
import { cancellationIssues } from './cancellationIssues.ts';
import { child, flag, type Issues, listOf, objectOf, oneOf } from './shapeChecks.ts';

const PRODUCT_KEYS = [
  'cancellation',
  'terms',
  'billingCycleRequired',
  'freeTrial',
  'autoRenewToggle',
] as const;

function term(value: unknown, path: string, issues: Issues): void {
  oneOf(value, Object.keys(TERM_MONTHS), path, issues);
}

/** The issues of `products`: every product of the vocabulary with its rules, and nothing else. */
export function productIssues(value: unknown, path: string, issues: Issues): void {
  const products = objectOf(value, path, PRODUCTS, issues);
  if (products === undefined) return;
  for (const product of PRODUCTS) {
    const where = child(path, product);
    const rules = objectOf(products[product], where, PRODUCT_KEYS, issues);
    if (rules === undefined) continue;
    cancellationIssues(rules.cancellation, child(where, 'cancellation'), issues);
    if (rules.terms !== null) listOf(rules.terms, child(where, 'terms'), issues, term);
    flag(rules.billingCycleRequired, child(where, 'billingCycleRequired'), issues);
    flag(rules.freeTrial, child(where, 'freeTrial'), issues);
    flag(rules.autoRenewToggle, child(where, 'autoRenewToggle'), issues);
  }
}

import {
  NEW_COMMERCE_BILLING,
  type NewCommerceTermProduct,
} from '../../../policy/vocabulary/newCommerceBilling.ts';
import { isUsageProduct } from '../../../policy/vocabulary/usageProducts.ts';
import type { NewCommerceSubscriptionProduct } from '../types.ts';

/**
 * The product, term and billing frequency last found sold: one state after another (a replay's
 * JSON copies) asks the same, and the table's own look-ups (`Object.hasOwn`, `includes`) were
 * ~200 instructions a call. Compared by content, so a hit is never stale; they start as an object
 * of this module's own, which no argument can be.
 */
const NOTHING = {};
let soldProduct: unknown = NOTHING;
let soldTerm: unknown = NOTHING;
let soldFrequency: unknown = NOTHING;

/**
 * Whether a product is sold with a term and a billing frequency (NCE-2): the shared table, asked
 * without throwing, for checks that name their own fields.
 */
export function isSold(
  product: NewCommerceSubscriptionProduct,
  term: unknown,
  frequency: unknown,
): boolean {
  if (product === soldProduct && term === soldTerm && frequency === soldFrequency) return true;
  if (isUsageProduct(product) || typeof term !== 'string') return false;
  const terms: Readonly<Record<string, readonly string[]>> =
    NEW_COMMERCE_BILLING[product as NewCommerceTermProduct];
  if (
    !Object.hasOwn(terms, term) ||
    !(terms[term] as readonly string[]).includes(frequency as string)
  )
    return false;
  soldProduct = product;
  soldTerm = term;
  soldFrequency = frequency;
  return true;
}

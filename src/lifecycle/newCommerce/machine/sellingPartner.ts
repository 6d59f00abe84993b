import {
  NEW_COMMERCE_BILLING,
  type NewCommerceTermProduct,
} from '../../../policy/vocabulary/newCommerceBilling.ts';
import { isUsageProduct } from '../../../policy/vocabulary/usageProducts.ts';
import type { NewCommerceSubscriptionProduct } from '../types.ts';

/**
 * A value the product is sold with beside `value` (NCE-2): for a billing frequency (`isFrequency`),
 * the first term it is sold with; for a term, its first billing frequency; `undefined` when none,
 * so a single given value can be checked against the table on its own.
 */
export function sellingPartner(
  product: NewCommerceSubscriptionProduct,
  value: unknown,
  isFrequency: boolean,
): string | undefined {
  if (isUsageProduct(product) || typeof value !== 'string') return undefined;
  const terms: Readonly<Record<string, readonly string[]>> =
    NEW_COMMERCE_BILLING[product as NewCommerceTermProduct];
  if (!isFrequency) return Object.hasOwn(terms, value) ? terms[value]?.[0] : undefined;
  for (const term in terms) if (terms[term]?.includes(value)) return term;
  return undefined;
}

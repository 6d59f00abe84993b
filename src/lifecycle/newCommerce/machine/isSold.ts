import {
  NEW_COMMERCE_BILLING,
  type NewCommerceTermProduct,
} from '../../../policy/vocabulary/newCommerceBilling.ts';
import { isUsageProduct } from '../../../policy/vocabulary/usageProducts.ts';
import type { NewCommerceSubscriptionProduct } from '../types.ts';

/**
 * Whether a product is sold with a term and a billing frequency (NCE-2): the shared table, asked
 * without throwing, for checks that name their own fields.
 */
export function isSold(
  product: NewCommerceSubscriptionProduct,
  term: unknown,
  frequency: unknown,
): boolean {
  if (isUsageProduct(product) || typeof term !== 'string') return false;
  const terms: Readonly<Record<string, readonly string[]>> =
    NEW_COMMERCE_BILLING[product as NewCommerceTermProduct];
  return (
    Object.hasOwn(terms, term) && (terms[term] as readonly string[]).includes(frequency as string)
  );
}

/**
 * The New Commerce products billed by usage (REF-4, NCE-11, PCR-1): a marketplace usage-based
 * offer and the Azure plan. No term, no seats, never refundable; they are only cancelled.
 *
 * @category New Commerce
 */
export const USAGE_PRODUCTS = ['marketplace-usage', 'azure-plan'] as const;

/**
 * Whether a product is billed by usage ({@link USAGE_PRODUCTS}).
 *
 * @param product - A product name.
 * @returns `true` for `marketplace-usage` and `azure-plan`.
 */
export function isUsageProduct(product: unknown): boolean {
  return product === 'marketplace-usage' || product === 'azure-plan';
}

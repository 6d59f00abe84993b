/**
 * The product families the library knows (MKT-3): Azure reservations, whose availability the
 * built-in policies restrict by market, the Azure plan, and every product of either program
 * (`license-based`, `marketplace-saas`, `software-subscription`, …), which are sold in every
 * market unless a policy lists them. A user's policy may list more in its `unavailableMarkets`.
 *
 * @category Markets
 */
export const PRODUCT_FAMILIES = [
  'azure-reservations',
  'azure-plan',
  'license-based',
  'marketplace-saas',
  'marketplace-usage',
  'software-perpetual',
  'software-subscription',
  'software-plan',
  'windows-7-esu',
] as const;

/**
 * A product family the library knows (MKT-3). `isAvailableInMarket` and `unavailableMarkets`
 * take one of these, or, with a `{ policy }` of your own, any family that policy lists.
 *
 * @category Markets
 */
export type ProductFamily = (typeof PRODUCT_FAMILIES)[number];

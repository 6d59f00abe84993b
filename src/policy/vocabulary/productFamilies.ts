/**
 * The product families whose availability the built-in policies restrict by market (MKT-3). A
 * user's policy may list more in its `unavailableMarkets`.
 *
 * @category Markets
 */
export const PRODUCT_FAMILIES = ['azure-reservations'] as const;

/**
 * A product family the built-in policies know (MKT-3). `isAvailableInMarket` and
 * `unavailableMarkets` take one of these, or, with a `{ policy }` of your own, any family that
 * policy lists.
 *
 * @category Markets
 */
export type ProductFamily = (typeof PRODUCT_FAMILIES)[number];

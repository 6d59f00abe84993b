/**
 * Every product New Commerce tells apart (NCE-2), in the order the rules list them: the one table
 * the `NewCommerceProduct` type, the policy check and the generators read.
 *
 * @category Policies
 */
export const NEW_COMMERCE_PRODUCTS = [
  'license-based',
  'software-subscription',
  'software-perpetual',
  'marketplace-saas',
  'marketplace-usage',
] as const;

/**
 * A New Commerce product (NCE-2): per-user seat subscriptions (`license-based`: Microsoft 365,
 * Dynamics 365, Windows 365), software, and commercial-marketplace offers.
 *
 * @category Policies
 */
export type NewCommerceProduct = (typeof NEW_COMMERCE_PRODUCTS)[number];

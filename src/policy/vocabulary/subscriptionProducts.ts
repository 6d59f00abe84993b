/**
 * The products that are subscriptions (LC-1): the ones `createSubscription` takes.
 *
 * @category Lifecycle
 */
export const SUBSCRIPTION_PRODUCTS = [
  'marketplace-saas',
  'marketplace-usage',
  'software-subscription',
  'windows-7-esu',
] as const;

/**
 * The products that are subscriptions (LC-1).
 *
 * @category Lifecycle
 */
export type SubscriptionProduct = (typeof SUBSCRIPTION_PRODUCTS)[number];

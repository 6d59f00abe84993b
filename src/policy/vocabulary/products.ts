/**
 * Every product the rules tell apart (REF), in the order the rules list them: the one table the
 * `Product` type, the policy check and the generators read.
 *
 * @category Policies
 */
export const PRODUCTS = [
  'marketplace-saas',
  'marketplace-usage',
  'software-perpetual',
  'software-subscription',
  'software-plan',
  'windows-7-esu',
] as const;

/**
 * A product of the Partner Center catalog as the rules tell them apart.
 *
 * @category Policies
 */
export type Product = (typeof PRODUCTS)[number];

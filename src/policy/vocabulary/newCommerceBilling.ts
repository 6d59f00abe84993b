/**
 * The terms and billing frequencies each New Commerce subscription product may combine (NCE-2),
 * from Partner Center's "Create a new subscription" page (2023-10-19) and the marketplace terms:
 * the one table the combination check, the schemas and the generators read.
 *
 * @category Policies
 */
export const NEW_COMMERCE_BILLING = {
  'license-based': {
    P1M: ['monthly'],
    P1Y: ['annual', 'monthly'],
    P3Y: ['triennial', 'annual', 'monthly'],
  },
  'software-subscription': {
    P1Y: ['annual', 'monthly'],
    P3Y: ['triennial', 'annual', 'monthly'],
  },
  'marketplace-saas': {
    P1M: ['monthly'],
    P1Y: ['monthly', 'annual'],
    P2Y: ['monthly', 'annual'],
    P3Y: ['monthly', 'annual'],
  },
} as const;

/**
 * A New Commerce product that runs in terms and is billed by frequency (NCE-2).
 *
 * @category Policies
 */
export type NewCommerceTermProduct = keyof typeof NEW_COMMERCE_BILLING;

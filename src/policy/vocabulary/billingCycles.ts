/**
 * Every billing cycle of a legacy subscription.
 *
 * @category Policies
 */
export const BILLING_CYCLES = ['monthly', 'annual'] as const;

/**
 * How often a subscription is billed.
 *
 * @category Policies
 */
export type BillingCycle = (typeof BILLING_CYCLES)[number];

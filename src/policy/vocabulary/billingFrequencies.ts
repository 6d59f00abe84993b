/**
 * Every New Commerce billing frequency with the calendar months of one billing period (NCE-2,
 * NCE-3): the one table the `BillingFrequency` type, the billing-period arithmetic and the checks
 * read. (Legacy purchases keep their `billingCycle`.)
 *
 * @category Policies
 */
export const BILLING_FREQUENCY_MONTHS = { monthly: 1, annual: 12, triennial: 36 } as const;

/**
 * How often a New Commerce subscription is billed (NCE-2): a billing period is one month, one year
 * or the whole three-year term.
 *
 * @category Policies
 */
export type BillingFrequency = keyof typeof BILLING_FREQUENCY_MONTHS;

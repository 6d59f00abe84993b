/**
 * Every reason a subscription may be suspended for (SUS-5).
 *
 * @category Policies
 */
export const SUSPENSION_REASONS = ['customer-request', 'nonpayment', 'fraud'] as const;

/**
 * Why a subscription may be suspended (SUS-5).
 *
 * @category Policies
 */
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];

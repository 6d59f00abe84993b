/**
 * Every Partner Center role the rules name (ROLE-1): the one table the `Role` type, `can`, the policy
 * check and the generators read.
 *
 * @category Policies
 */
export const ROLES = [
  'admin-agent',
  'billing-admin',
  'global-admin',
  'helpdesk-agent',
  'sales-agent',
  'account-admin',
  'referral-admin',
  'marketing-content-admin',
] as const;

/**
 * A Partner Center role (ROLE-1).
 *
 * @category Policies
 */
export type Role = (typeof ROLES)[number];

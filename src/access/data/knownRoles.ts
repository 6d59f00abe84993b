import type { Role } from '../../policy/types.ts';

/**
 * Every Partner Center role the rules know (SPEC ROLE-1), as a typed literal so that a role missing
 * here does not compile. A role may be known and still be allowed nothing by a policy.
 */
export const knownRoles: { readonly [R in Role]: true } = {
  'admin-agent': true,
  'billing-admin': true,
  'global-admin': true,
  'helpdesk-agent': true,
  'sales-agent': true,
  'account-admin': true,
  'referral-admin': true,
  'marketing-content-admin': true,
};

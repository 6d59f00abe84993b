import type { Action, Role } from 'subscription-rules';

/** SPEC ROLE-1, written out independently of the policy data. */
const subscriptionRoles: readonly Role[] = [
  'admin-agent',
  'billing-admin',
  'global-admin',
  'helpdesk-agent',
  'sales-agent',
];
export const specTable: { readonly [A in Action]: readonly Role[] } = {
  'create-subscription': subscriptionRoles,
  'suspend-subscription': subscriptionRoles,
  'reactivate-subscription': subscriptionRoles,
  'cancel-subscription': subscriptionRoles,
  'change-quantity': subscriptionRoles,
  'set-auto-renew': subscriptionRoles,
  'buy-software': ['admin-agent', 'global-admin'],
  'get-software-keys': ['admin-agent'],
  'cancel-software-purchase': ['admin-agent'],
  'view-software-activity-log': [
    'global-admin',
    'account-admin',
    'referral-admin',
    'marketing-content-admin',
  ],
};
export const actions = Object.keys(specTable) as Action[];
export const roles: readonly Role[] = [
  ...subscriptionRoles,
  'account-admin',
  'referral-admin',
  'marketing-content-admin',
];

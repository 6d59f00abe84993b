/**
 * Everything a role may be allowed to do in Partner Center (ROLE-1): the one table the `Action`
 * type, `rolesFor` and the policy check read.
 *
 * @category Policies
 */
export const ACTIONS = [
  'create-subscription',
  'suspend-subscription',
  'reactivate-subscription',
  'cancel-subscription',
  'change-quantity',
  'set-auto-renew',
  'buy-software',
  'get-software-keys',
  'cancel-software-purchase',
  'view-software-activity-log',
] as const;

/**
 * Something a role may be allowed to do in Partner Center (ROLE-1).
 *
 * @category Policies
 */
export type Action = (typeof ACTIONS)[number];

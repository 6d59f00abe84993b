import type { Access } from '../accessRights.ts';
import { accessNewCommerce } from './accessNewCommerce.ts';
import { readState } from './machine/readState.ts';
import type { NewCommerceSubscription } from './types.ts';

/**
 * Who can sign in to a New Commerce subscription (NCE-9).
 *
 * @param subscription - The state.
 * @returns `{ users, admins }`.
 */
export function accessOfNewCommerce(subscription: NewCommerceSubscription): Access {
  readState(subscription);
  const row = accessNewCommerce[subscription.status];
  return { users: row.users, admins: row.admins };
}

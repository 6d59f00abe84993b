import type { Access } from '../accessRights.ts';
import { readSubscription } from './machine/readSubscription.ts';
import type { Subscription } from './types.ts';

/**
 * Who can sign in to a legacy subscription (LC-13, SUS-4): users and admins while in trial or
 * active, admins only while suspended, nobody once it has ended.
 *
 * @param subscription - The state.
 * @returns `{ users, admins }`.
 */
export function accessLegacy(subscription: Subscription): Access {
  readSubscription(subscription);
  const status = subscription.status;
  const running = status === 'trial' || status === 'active';
  return { users: running, admins: running || status === 'suspended' };
}

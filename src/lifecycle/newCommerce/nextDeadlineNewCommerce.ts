import type { NewCommerceDeadline } from './eventTypes.ts';
import { cloneState } from './machine/cloneState.ts';
import { deadlineOf } from './machine/deadlineOf.ts';
import { readState } from './machine/readState.ts';
import type { NewCommerceSubscription } from './types.ts';

/**
 * The next time-driven event of a New Commerce state (NCE-8).
 *
 * @param subscription - The state.
 * @returns `{ type, at }` or `null`.
 */
export function nextDeadlineNewCommerce(
  subscription: NewCommerceSubscription,
): NewCommerceDeadline | null {
  readState(subscription);
  return deadlineOf(cloneState(subscription));
}

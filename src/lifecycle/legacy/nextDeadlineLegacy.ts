import { deadlineOf } from './machine/deadlineOf.ts';
import { readSubscription } from './machine/readSubscription.ts';
import type { Deadline, Subscription } from './types.ts';

/**
 * The next time-driven event of a legacy subscription (LC-10).
 *
 * @param subscription - The state.
 * @returns `{ type, at }` or `null`.
 */
export function nextDeadlineLegacy(subscription: Subscription): Deadline | null {
  readSubscription(subscription);
  return deadlineOf(subscription);
}

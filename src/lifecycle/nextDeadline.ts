import { nextDeadlineLegacy } from './legacy/nextDeadlineLegacy.ts';
import type { Deadline, Subscription } from './legacy/types.ts';
import type { NewCommerceDeadline } from './newCommerce/eventTypes.ts';
import { nextDeadlineNewCommerce } from './newCommerce/nextDeadlineNewCommerce.ts';
import type { NewCommerceSubscription } from './newCommerce/types.ts';

/**
 * The next time-driven event of a subscription, with its instant, or `null` when time alone will
 * change nothing (LC-10): `trial-converted`, `renewed`, `cancelled`, `expired` or
 * `data-deleted`. Time is data: store the state, wake up at `at`, and call {@link advance}.
 *
 * @param subscription - The state.
 * @returns `{ type, at }` or `null`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for something that is not a subscription state.
 * @example
 * ```ts
 * import { createSubscription, nextDeadline } from 'subscription-rules';
 * const sub = createSubscription({
 *   product: 'marketplace-saas', billingCycle: 'monthly', quantity: 1,
 *   orderedAt: '2026-11-20T10:00:00Z', freeTrial: true,
 * });
 * nextDeadline(sub);
 * //=> { type: 'trial-converted', at: '2026-12-20T10:00:00.000Z' }
 * ```
 * A New Commerce state answers with its own time-driven events (NCE-8).
 *
 * @category Lifecycle
 */
export function nextDeadline(subscription: NewCommerceSubscription): NewCommerceDeadline | null;
/**
 * The next time-driven event of a legacy subscription (LC-10).
 *
 * @param subscription - The state.
 * @returns `{ type, at }` or `null`.
 */
export function nextDeadline(subscription: Subscription): Deadline | null;
/**
 * The next time-driven event of a state of either program, narrowed by `program` (NCE-1).
 *
 * @param subscription - The state.
 * @returns `{ type, at }` or `null`.
 */
export function nextDeadline(
  subscription: Subscription | NewCommerceSubscription,
): Deadline | NewCommerceDeadline | null;
export function nextDeadline(
  subscription: Subscription | NewCommerceSubscription,
): Deadline | NewCommerceDeadline | null {
  if ((subscription as { program?: unknown } | null)?.program === 'new-commerce') {
    return nextDeadlineNewCommerce(subscription as NewCommerceSubscription);
  }
  return nextDeadlineLegacy(subscription as Subscription);
}

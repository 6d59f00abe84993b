import { requireProgram } from '../kernel/requireProgram.ts';
import { transitionLegacy } from '../lifecycle/legacy/transitionLegacy.ts';
import type {
  Subscription,
  SubscriptionEvent,
  TransitionResult,
} from '../lifecycle/legacy/types.ts';
import { localized } from '../messages/localized.ts';
import type { MessageOptions } from '../messages/types.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';

/**
 * Sends an event to a legacy subscription (LC-11): first lets time pass to the event's `at`, then
 * applies it; a refusal is a result. The root entry's `transition` for the legacy program alone.
 *
 * @param subscription - A legacy state (a JSON copy works the same).
 * @param event - The event, with its `at`.
 * @param options - `{ policy }` when the state's policy is not in the catalog; `{ locale }`.
 * @returns The new state, effects and time-driven events; or the refusal.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `subscription.program` for a New Commerce
 *   state; the codes of the root entry's `transition`.
 * @example
 * ```ts
 * import { createSubscription, transition } from 'subscription-rules/legacy';
 * const sub = createSubscription({ product: 'marketplace-saas', billingCycle: 'monthly', quantity: 1, orderedAt: '2026-11-20T10:00:00Z' });
 * const result = transition(sub, { type: 'cancel', at: '2026-11-21T09:00:00Z' });
 * result.ok && result.subscription.status;
 * //=> 'cancelled'
 * ```
 * @category Legacy
 */
export function transition(
  subscription: Subscription,
  event: SubscriptionEvent,
  options?: PolicyOptions & MessageOptions,
): TransitionResult {
  requireProgram(subscription, 'legacy', 'subscription');
  const result = transitionLegacy(subscription, event, options);
  return result.ok ? result : localized(result, options);
}

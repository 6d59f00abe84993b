import { localized } from '../messages/localized.ts';
import type { MessageOptions } from '../messages/types.ts';
import type { HoldingsOptions } from '../orders/types.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import type { PriceListOptions, PromotionOptions } from '../prices/types.ts';
import { transitionLegacy } from './legacy/transitionLegacy.ts';
import type { Subscription, SubscriptionEvent, TransitionResult } from './legacy/types.ts';
import type { NewCommerceEvent } from './newCommerce/eventTypes.ts';
import { localizedWarnings } from './newCommerce/localizedWarnings.ts';
import type { NewCommerceTransitionResult } from './newCommerce/resultTypes.ts';
import { transitionNewCommerce } from './newCommerce/transitionNewCommerce.ts';
import type { NewCommerceSubscription } from './newCommerce/types.ts';

/**
 * Sends an event to a subscription (LC-11): first lets time pass up to the event's `at`
 * (applying every time-driven event on the way, LC-10), then applies the event. An event that the
 * state or the product refuses is a result `{ ok: false, code, message }` and changes nothing;
 * refusals are checked in the order `TERMINAL`, `NOT_ALLOWED`, `NOT_SUPPORTED`,
 * `CANCELLATION_SCHEDULED`, then the refund decision's `NOT_CANCELLABLE` / `SUPPORT_REQUEST_REQUIRED`.
 * An invalid event (unknown type, bad `at`, a reason outside SUS-5, a bad quantity or `enabled`)
 * throws. The input state is never changed.
 *
 * @param subscription - The state (a JSON copy of one works the same).
 * @param event - The event, with its `at`.
 * @param options - `{ policy }` when the subscription's policy is not in the catalog; `{ locale }`
 *   for a refusal's message in another language (MSG-1).
 * @returns The new state, the effects (credits, scheduled cancellations) and the time-driven events
 *   applied first; or the refusal.
 * @throws {@link RuleError} `OUT_OF_ORDER` when `at` is before the state's `asOf`; `INVALID_ARGUMENT`,
 *   `MISSING_FIELD`, `INVALID_QUANTITY`, `INVALID_INSTANT` for a bad event.
 * @example
 * ```ts
 * import { createSubscription, transition } from 'subscription-rules';
 * const sub = createSubscription({
 *   product: 'marketplace-saas', billingCycle: 'monthly', quantity: 1, orderedAt: '2026-11-20T10:00:00Z',
 * });
 * const result = transition(sub, { type: 'cancel', at: '2026-11-21T09:00:00Z' });
 * result.ok && [result.subscription.status, result.effects[0]?.type];
 * //=> ['cancelled', 'credit']
 * ```
 * A New Commerce state (`program: 'new-commerce'`) takes the New Commerce events (NCE-7,
 * NCE-11), `schedule-renewal` among them, and answers with their result type.
 * Its rules are the catalog's New Commerce policy in force when its current term began
 * (`policyId`); of `options` it reads `{ locale }` and `{ priceList }` (PL-4: a renewal the
 * event's instant passes takes the list's price for the state's `priceKey`).
 *
 * @category Lifecycle
 */
export function transition(
  subscription: NewCommerceSubscription,
  event: NewCommerceEvent,
  options?: PolicyOptions & MessageOptions & PriceListOptions & PromotionOptions & HoldingsOptions,
): NewCommerceTransitionResult;
/**
 * Sends an event to a legacy subscription (LC-11); see the New Commerce overload above for the
 * whole description.
 *
 * @param subscription - The state (a JSON copy of one works the same).
 * @param event - The event, with its `at`.
 * @param options - `{ policy }` when the subscription's policy is not in the catalog; `{ locale }`
 *   for a refusal's message in another language (MSG-1).
 * @returns The new state, the effects and the time-driven events applied first; or the refusal.
 */
export function transition(
  subscription: Subscription,
  event: SubscriptionEvent,
  options?: PolicyOptions & MessageOptions,
): TransitionResult;
/**
 * Sends an event to a state of either program (LC-11, NCE-7): a legacy state takes the legacy
 * events, a New Commerce state the New Commerce ones; an event the state's program does not have
 * throws `INVALID_ARGUMENT` at `event.type`.
 *
 * @param subscription - The state (a JSON copy of one works the same).
 * @param event - The event, with its `at`.
 * @param options - `{ policy }` for a legacy state whose policy is not in the catalog; `{ locale }`.
 * @returns The result of the state's program.
 */
export function transition<S extends Subscription | NewCommerceSubscription>(
  subscription: S,
  event: S extends NewCommerceSubscription ? NewCommerceEvent : SubscriptionEvent,
  options?: PolicyOptions & MessageOptions & PriceListOptions & PromotionOptions & HoldingsOptions,
): S extends NewCommerceSubscription ? NewCommerceTransitionResult : TransitionResult;
export function transition(
  subscription: Subscription | NewCommerceSubscription,
  event: SubscriptionEvent | NewCommerceEvent,
  options?: PolicyOptions & MessageOptions & PriceListOptions & PromotionOptions & HoldingsOptions,
): TransitionResult | NewCommerceTransitionResult {
  // one cheap check: a legacy state has no `program`
  let result: TransitionResult | NewCommerceTransitionResult;
  if ((subscription as { program?: unknown } | null)?.program === 'new-commerce')
    result = transitionNewCommerce(
      subscription as NewCommerceSubscription,
      event as NewCommerceEvent,
      options,
    );
  else result = transitionLegacy(subscription as Subscription, event as SubscriptionEvent, options);
  if (!result.ok) return localized(result, options);
  // a New Commerce result's warnings in the locale too (EST-2, MSG-1)
  return 'warnings' in result ? localizedWarnings(result, options) : result;
}

import { requireProgram } from '../kernel/requireProgram.ts';
import type { NewCommerceEvent } from '../lifecycle/newCommerce/eventTypes.ts';
import { localizedWarnings } from '../lifecycle/newCommerce/localizedWarnings.ts';
import type { NewCommerceTransitionResult } from '../lifecycle/newCommerce/resultTypes.ts';
import { transitionNewCommerce } from '../lifecycle/newCommerce/transitionNewCommerce.ts';
import type { NewCommerceSubscription } from '../lifecycle/newCommerce/types.ts';
import { localized } from '../messages/localized.ts';
import type { MessageOptions } from '../messages/types.ts';
import type { HoldingsOptions } from '../orders/types.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import type { PriceListOptions, PromotionOptions } from '../prices/types.ts';

/**
 * Sends an event to a New Commerce subscription (NCE-7, NCE-8, NCE-11): first lets time pass to
 * the event's `at`, then applies it; a refusal is a result. The root entry's `transition` for New
 * Commerce alone.
 *
 * @param subscription - A New Commerce state (a JSON copy works the same).
 * @param event - The event, with its `at`.
 * @param options - `{ locale }` for a refusal's message and an accepted result's warnings (MSG-1); `{ priceList }` for the renewals
 *   the event's instant passes (PL-4); `{ policy }` is refused, as the root entry refuses it for a
 *   New Commerce state.
 * @returns The new state, effects and time-driven events; or the refusal.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `subscription.program` for a legacy state; the
 *   codes of the root entry's `transition`.
 * @example
 * ```ts
 * import { createSubscription, transition } from 'subscription-rules/new-commerce';
 * const sub = createSubscription({
 *   program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly',
 *   quantity: 10, orderedAt: '2026-11-20T10:00:00Z', price: { amount: 1250, currency: 'USD' },
 * });
 * const result = transition(sub, { type: 'change-quantity', at: '2026-11-23T09:00:00Z', quantity: 7 });
 * result.ok && result.effects[0];
 * //=> { type: 'credit', outcome: 'prorated-credit', quantity: 3, credit: { amount: 3249, currency: 'USD' }, rule: 'NCE-6' }
 * ```
 * @category New Commerce
 */
export function transition(
  subscription: NewCommerceSubscription,
  event: NewCommerceEvent,
  options?: MessageOptions & PolicyOptions & PriceListOptions & PromotionOptions & HoldingsOptions,
): NewCommerceTransitionResult {
  requireProgram(subscription, 'new-commerce', 'subscription');
  const result = transitionNewCommerce(subscription, event, options);
  return result.ok ? localizedWarnings(result, options) : localized(result, options);
}

import type { PriceListOptions, PromotionOptions } from '../prices/types.ts';
import type { Instant } from '../time/parseInstant.ts';
import { advanceLegacy } from './legacy/advanceLegacy.ts';
import type { Advanced, Subscription } from './legacy/types.ts';
import { advanceNewCommerce } from './newCommerce/advanceNewCommerce.ts';
import type { NewCommerceAdvanced } from './newCommerce/resultTypes.ts';
import type { NewCommerceSubscription } from './newCommerce/types.ts';

/**
 * Lets time pass (LC-10): applies, in order, every time-driven event whose instant is at or
 * before `to` — trial conversions, renewals, scheduled cancellations, expiries, data deletion — and
 * returns the state as of `to` with the list of events. Advancing in two steps equals advancing
 * once: `advance(advance(s, t1).subscription, t2)` has the state of `advance(s, t2)`, and the two
 * event lists concatenate to its list.
 *
 * @param subscription - The state.
 * @param to - The instant to advance to; not before the state's `asOf`.
 * @param options - `{ priceList }` (New Commerce): a renewal takes the list's price for the state's
 *   `priceKey` at its instant (PL-4); without it the term's price, its charge saying `priceAssumed`.
 * @returns The new state (`asOf` = `to`) and the events.
 * @throws {@link RuleError} `OUT_OF_ORDER` when `to` is before `asOf`; `INVALID_ARGUMENT` when more
 *   than 10 000 events would be applied (advance in steps); the codes of a bad instant.
 * @example
 * ```ts
 * import { advance, createSubscription } from 'subscription-rules';
 * const sub = createSubscription({
 *   product: 'marketplace-saas', billingCycle: 'monthly', quantity: 1, orderedAt: '2026-01-31T00:00:00Z',
 * });
 * advance(sub, '2026-04-01T00:00:00Z').events.map((event) => event.at);
 * //=> ['2026-02-28T00:00:00.000Z', '2026-03-31T00:00:00.000Z']
 * ```
 * A New Commerce state passes its trial end, term ends, expiry, disabling and data deletion (NCE-8).
 *
 * @category Lifecycle
 */
export function advance(
  subscription: NewCommerceSubscription,
  to: Instant,
  options?: PriceListOptions & PromotionOptions,
): NewCommerceAdvanced;
/**
 * Lets time pass for a legacy subscription (LC-10).
 *
 * @param subscription - The state.
 * @param to - The instant to advance to.
 * @returns The new state and the events.
 */
export function advance(subscription: Subscription, to: Instant): Advanced;
/**
 * Lets time pass for a state of either program, narrowed by `program` (NCE-1).
 *
 * @param subscription - The state.
 * @param to - The instant to advance to.
 * @param options - `{ priceList }` (New Commerce): a renewal takes the list's price for the state's
 *   `priceKey` at its instant (PL-4); without it the term's price, its charge saying `priceAssumed`.
 * @returns The new state and the events.
 */
export function advance(
  subscription: Subscription | NewCommerceSubscription,
  to: Instant,
  options?: PriceListOptions & PromotionOptions,
): Advanced | NewCommerceAdvanced;
export function advance(
  subscription: Subscription | NewCommerceSubscription,
  to: Instant,
  options?: PriceListOptions & PromotionOptions,
): Advanced | NewCommerceAdvanced {
  if ((subscription as { program?: unknown } | null)?.program === 'new-commerce')
    return advanceNewCommerce(subscription as NewCommerceSubscription, to, options);
  return advanceLegacy(subscription as Subscription, to);
}

import { requireProgram } from '../kernel/requireProgram.ts';
import { advanceNewCommerce } from '../lifecycle/newCommerce/advanceNewCommerce.ts';
import type { NewCommerceAdvanced } from '../lifecycle/newCommerce/resultTypes.ts';
import type { NewCommerceSubscription } from '../lifecycle/newCommerce/types.ts';
import type { PriceListOptions, PromotionOptions } from '../prices/types.ts';
import type { Instant } from '../time/parseInstant.ts';

/**
 * Lets time pass for a New Commerce subscription (NCE-8, NCE-10): every trial end, renewal,
 * expiry, disabling and data deletion up to `to`, in order. Path-independent:
 * `advance(advance(s, t1).subscription, t2)` ends where `advance(s, t2)` does.
 *
 * @param subscription - A New Commerce state.
 * @param to - The instant to advance to; not before the state's `asOf`.
 * @param options - `{ priceList }` (New Commerce): a renewal takes the list's price for the state's
 *   `priceKey` at its instant (PL-4); without it the term's price, its charge saying `priceAssumed`.
 * @returns The state at `to` and the events that happened.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `subscription.program` for a legacy state;
 *   `OUT_OF_ORDER` when `to` is before `asOf`.
 * @example
 * ```ts
 * import { advance, createSubscription } from 'subscription-rules/new-commerce';
 * const sub = createSubscription({
 *   program: 'new-commerce', product: 'license-based', term: 'P1M', billingFrequency: 'monthly',
 *   quantity: 1, orderedAt: '2026-11-20T10:00:00Z',
 * });
 * advance(sub, '2027-01-01T00:00:00Z').events.map((e) => `${e.type} ${e.at}`);
 * //=> ['renewed 2026-12-20T00:00:00.000Z']
 * ```
 * @category New Commerce
 */
export function advance(
  subscription: NewCommerceSubscription,
  to: Instant,
  options?: PriceListOptions & PromotionOptions,
): NewCommerceAdvanced {
  requireProgram(subscription, 'new-commerce', 'subscription');
  return advanceNewCommerce(subscription, to, options);
}

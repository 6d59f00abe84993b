import { optionsPromotions } from '../../prices/promotions.ts';
import { optionsPriceList } from '../../prices/renewalPrice.ts';
import type { PriceListOptions, PromotionOptions } from '../../prices/types.ts';
import { assertNotBefore } from '../../time/assertNotBefore.ts';
import { instantText } from '../../time/instantText.ts';
import { type Instant, parseInstant } from '../../time/parseInstant.ts';
import { advanceState } from './machine/advanceState.ts';
import { readState } from './machine/readState.ts';
import type { NewCommerceChargeEffect } from './resultTypes.ts';
import type { NewCommerceSubscription } from './types.ts';

/**
 * What a New Commerce subscription will be billed in (`from`, `to`] if nothing else happens
 * (CHG-3): each later billing period's `cycle`, the first period of every renewed term (with the
 * changes scheduled for it) and a trial's conversion, in time order; nothing once it expires or a
 * scheduled cancellation ends it. Time-driven events give no credits, so every item is a charge.
 * Path-independent with `advance`: `advance(s, t).effects` equals `chargesBetween(s, s.asOf, t)`.
 *
 * @param subscription - A New Commerce state.
 * @param from - The start (exclusive); not before the state's `asOf`.
 * @param to - The end (inclusive); not before `from`.
 * @param options - `{ priceList }`: renewals take the list's price for the state's `priceKey` at
 *   their instant (PL-4); without it a renewal keeps the term's price and says so (`priceAssumed`).
 * @returns The charges, in time order (`[]` without a price).
 * @throws {@link RuleError} `OUT_OF_ORDER` when `from` is before `asOf` or `to` before `from`;
 *   `INVALID_ARGUMENT` at `options.priceList…` for a list that is no price list;
 *   `INVALID_ARGUMENT` for something that is not a New Commerce state; the codes of a bad instant.
 * @example
 * ```ts
 * import { chargesBetween, createSubscription } from 'subscription-rules/new-commerce';
 * const sub = createSubscription({
 *   program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly',
 *   quantity: 10, orderedAt: '2026-11-20T10:00:00Z', price: { amount: 1250, currency: 'USD' },
 * });
 * chargesBetween(sub, sub.asOf, '2027-01-31T00:00:00Z').map((c) => `${c.kind} ${c.at} ${c.amount.amount}`);
 * //=> ['cycle 2026-12-20T00:00:00.000Z 12500', 'cycle 2027-01-20T00:00:00.000Z 12500']
 * ```
 * @category New Commerce
 */
export function chargesBetween(
  subscription: NewCommerceSubscription,
  from: Instant,
  to: Instant,
  options?: PriceListOptions & PromotionOptions,
): readonly NewCommerceChargeEffect[] {
  const prices = optionsPriceList(options);
  const promotions = optionsPromotions(options);
  const asOf = readState(subscription);
  const fromMs = parseInstant(from, 'from');
  const toMs = parseInstant(to, 'to');
  assertNotBefore(fromMs, 'from', asOf, 'subscription.asOf');
  assertNotBefore(toMs, 'to', fromMs, 'from');
  const start =
    fromMs === asOf
      ? subscription
      : advanceState(
          subscription,
          fromMs,
          instantText(from, fromMs, 'from'),
          [],
          undefined,
          0,
          prices,
          promotions,
        );
  const charges: NewCommerceChargeEffect[] = [];
  advanceState(
    start as NewCommerceSubscription,
    toMs,
    instantText(to, toMs, 'to'),
    [],
    charges,
    fromMs,
    prices,
    promotions,
  );
  return charges;
}

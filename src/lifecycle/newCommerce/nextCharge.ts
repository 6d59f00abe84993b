import { optionsPromotions } from '../../prices/promotions.ts';
import { optionsPriceList } from '../../prices/renewalPrice.ts';
import type { PriceListOptions, PromotionOptions } from '../../prices/types.ts';
import { assertNotBefore } from '../../time/assertNotBefore.ts';
import { instantText } from '../../time/instantText.ts';
import { type Instant, parseInstant } from '../../time/parseInstant.ts';
import { advanceState } from './machine/advanceState.ts';
import { billed } from './machine/charges.ts';
import { periodAt } from './machine/periods.ts';
import { readState } from './machine/readState.ts';
import type { NewCommerceChargeEffect } from './resultTypes.ts';
import type { NewCommerceSubscription } from './types.ts';

/**
 * The next charge of a New Commerce subscription after `at` if nothing else happens (CHG-3): the
 * next billing period's `cycle`, the renewal at the term's end, or a trial's conversion — a
 * forecast a portal can show ("next charge 125.00 USD on 2026-12-20"). `null` when none is due: the
 * term ends without renewing, the subscription has ended, or it has no price.
 *
 * @param subscription - A New Commerce state.
 * @param at - The instant; not before the state's `asOf`. A charge exactly at `at` is not next.
 * @param options - `{ priceList }`: a renewal takes the list's price (PL-4), as `chargesBetween`.
 * @returns The charge, or `null`.
 * @throws {@link RuleError} `OUT_OF_ORDER` when `at` is before `asOf`; `INVALID_ARGUMENT` at
 *   `options.priceList…` for a list that is no price list; `INVALID_ARGUMENT` for
 *   something that is not a New Commerce state; the codes of a bad instant.
 * @example
 * ```ts
 * import { createSubscription, nextCharge } from 'subscription-rules/new-commerce';
 * const sub = createSubscription({
 *   program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly',
 *   quantity: 10, orderedAt: '2026-11-20T10:00:00Z', price: { amount: 1250, currency: 'USD' },
 * });
 * const next = nextCharge(sub, '2026-12-01T00:00:00Z');
 * next && [next.kind, next.at, next.amount];
 * //=> ['cycle', '2026-12-20T00:00:00.000Z', { amount: 12500, currency: 'USD' }]
 * ```
 * @category New Commerce
 */
export function nextCharge(
  subscription: NewCommerceSubscription,
  at: Instant,
  options?: PriceListOptions & PromotionOptions,
): NewCommerceChargeEffect | null {
  const prices = optionsPriceList(options);
  const promotions = optionsPromotions(options);
  const asOf = readState(subscription);
  const atMs = parseInstant(at, 'at');
  assertNotBefore(atMs, 'at', asOf, 'subscription.asOf');
  const state = advanceState(
    subscription,
    atMs,
    instantText(at, atMs, 'at'),
    [],
    undefined,
    0,
    prices,
    promotions,
  );
  let untilMs: number;
  if (billed(state)) untilMs = periodAt(state, atMs).endMs;
  else if (state.status === 'trial' && state.autoRenew && state.price !== null)
    untilMs = parseInstant(state.trialEndsAt, 'subscription.trialEndsAt');
  else return null;
  const charges: NewCommerceChargeEffect[] = [];
  advanceState(
    state as NewCommerceSubscription,
    untilMs,
    instantText(untilMs, untilMs, 'until'),
    [],
    charges,
    atMs,
    prices,
    promotions,
  );
  return charges[0] ?? null;
}

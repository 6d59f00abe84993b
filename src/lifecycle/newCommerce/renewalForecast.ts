import { requireRecord } from '../../kernel/requireRecord.ts';
import type { BillingFrequency } from '../../policy/vocabulary/billingFrequencies.ts';
import { BILLING_FREQUENCY_MONTHS } from '../../policy/vocabulary/billingFrequencies.ts';
import type { NewCommerceTerm } from '../../policy/vocabulary/newCommerceTerms.ts';
import type { PriceFrom, PriceList, Promotion } from '../../prices/types.ts';
import type { Money } from '../../pricing/money.ts';
import { assertNotBefore } from '../../time/assertNotBefore.ts';
import { type Instant, parseInstant } from '../../time/parseInstant.ts';
import { advanceNewCommerce } from './advanceNewCommerce.ts';
import { chargesBetween } from './chargesBetween.ts';
import { changePercent as percent, roundedQuotient, yearly } from './machine/priceChange.ts';
import { readState } from './machine/readState.ts';
import type { NewCommerceChargeEffect } from './resultTypes.ts';
import type { EndOfTermAction, NewCommerceSubscription } from './types.ts';

/**
 * One renewal of a {@link renewalForecast}: the price before and after, and what it changes.
 *
 * @category Prices over time
 */
export interface RenewalForecastEntry {
  /** The renewal instant (the old term's `termEnd`). */
  readonly at: string;
  /**
   * What happens at that term end (PL-8): `renew`, `extended-service-term` (a month of the
   * Extended Service Term begins — every month is one, each a one-month term, EST-3: `after` is
   * its price a seat a month, `before` the last price a seat a month, the committed term's for the
   * first month and the month before's for the others) or `cancel` (the subscription stops: `after` is 0, `perYear` what stops being billed).
   */
  readonly endOfTerm: EndOfTermAction;
  /** The new term and its billing frequency (the ending term's for `cancel`). */
  readonly subscriptionTerm: {
    /** The new term. */
    readonly term: NewCommerceTerm;
    /** Its billing frequency. */
    readonly billingFrequency: BillingFrequency;
  };
  /** The seats renewed. */
  readonly seats: number;
  /** The price of one seat per billing period before the renewal. */
  readonly before: Money;
  /** The price of one seat per billing period of the new term. */
  readonly after: Money;
  /** (after − before) ÷ before in percent, 2 decimals, half away from zero (`'16.67'`); `null` from a price of 0 or across currencies. */
  readonly changePercent: string | null;
  /** What the change adds (or takes off) in a year for the seats renewed; `null` across currencies. */
  readonly perYear: Money | null;
  /** The price-list row the renewal took, when priced by the list. */
  readonly priceFrom?: PriceFrom;
  /** `true` when priced without a list: the term's price kept. */
  readonly priceAssumed?: true;
  /** The promotion the new term's price is discounted by (PL-5); `after` is the discounted price. */
  readonly promotionId?: string;
  /**
   * `PL-3` (priced by the list), `PL-4` (assumed) or `NCE-11` (the price scheduled for it); for
   * the other ends, `EST-3` (the Extended Service Term, or an eligible state disabled), `NCE-8`
   * (an expiry) or `NCE-7` (a scheduled cancellation).
   */
  readonly rule: 'PL-3' | 'PL-4' | 'NCE-11' | 'EST-3' | 'NCE-8' | 'NCE-7';
}

/**
 * What {@link renewalForecast} returns.
 *
 * @category Prices over time
 */
export interface RenewalForecast {
  /** Each renewal in the window, in time order. */
  readonly renewals: readonly RenewalForecastEntry[];
}

/**
 * What {@link renewalForecast} takes.
 *
 * @category Prices over time
 */
export interface RenewalForecastOptions {
  /** The price list the renewals are priced by; without it each keeps its term's price. */
  readonly priceList?: PriceList | undefined;
  /**
   * The promotions on offer (PL-5): a renewal inside one's window, for its product, term and
   * billing cycle, is forecast at the discounted price, as `chargesBetween` bills it.
   */
  readonly promotions?: readonly Promotion[] | undefined;
  /** The window's start (inclusive); not before the state's `asOf`. Default: `asOf`. */
  readonly from?: Instant | undefined;
  /** The window's end (exclusive). */
  readonly to: Instant;
}

/**
 * Each renewal of a New Commerce subscription in [`from`, `to`) if nothing else happens, with its
 * price before and after (PL-4): priced by `options.priceList` for the state's `priceKey` at the
 * renewal instant (PL-3), else the term's price kept (`priceAssumed`). Each says the change in
 * percent and what it adds a year for the seats renewed — the July 2026 change for a portfolio.
 * It reads the same charges as {@link chargesBetween} under the same list, so the two agree. A term
 * that ends otherwise is listed too, with what happens then (PL-8, `endOfTerm`): every month of
 * the Extended Service Term that begins in the window (each a one-month term, EST-3: its price a
 * seat a month against the last price a month), or
 * stopping — expired, disabled or cancelled as scheduled — with what stops being billed (the
 * last price a seat, `after` 0, `perYear` the year's billing lost).
 *
 * @param subscription - A New Commerce state (with a `priceKey` to be priced by the list).
 * @param options - `{ priceList?, from?, to }`.
 * @returns `{ renewals }`, in time order (`[]` for a state without a price).
 * @throws {@link RuleError} `MISSING_FIELD` / `INVALID_ARGUMENT` at `options`, `options.to`;
 *   `OUT_OF_ORDER` when `from` is before `asOf` or `to` before `from`; those of
 *   {@link chargesBetween}.
 * @example
 * ```ts
 * import { createSubscription, readPriceList, renewalForecast } from 'subscription-rules';
 * const priceList = readPriceList(
 *   'ProductId,SkuId,TermDuration,BillingPlan,Market,Currency,UnitPrice,EffectiveStartDate,EffectiveEndDate\n' +
 *     'CFQ7TTC0LH18,0001,P1Y,Monthly,US,USD,75.60,2/1/2023 0:00,6/30/2026 11:59 PM\n' +
 *     'CFQ7TTC0LH18,0001,P1Y,Monthly,US,USD,88.20,7/1/2026 0:00,11/30/9999 11:59 PM\n',
 * );
 * const sub = createSubscription({
 *   program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly',
 *   quantity: 10, orderedAt: '2025-07-01T00:00:00Z', price: { amount: 630, currency: 'USD' },
 *   priceKey: { ProductId: 'CFQ7TTC0LH18', SkuId: '0001', Market: 'US', Currency: 'USD', Segment: 'Commercial' },
 * });
 * const [renewal] = renewalForecast(sub, { priceList, to: '2027-01-01T00:00:00Z' }).renewals;
 * renewal && [renewal.at, renewal.after.amount, renewal.changePercent, renewal.perYear];
 * //=> ['2026-07-01T00:00:00.000Z', 735, '16.67', { amount: 12600, currency: 'USD' }]
 * ```
 * @category Prices over time
 * @see PL-4
 * @see PL-8
 */
export function renewalForecast(
  subscription: NewCommerceSubscription,
  options: RenewalForecastOptions,
): RenewalForecast {
  const asOf = readState(subscription);
  const o = requireRecord(options, 'options');
  const fromMs = o.from === undefined ? asOf : parseInstant(o.from, 'options.from');
  const toMs = parseInstant(o.to, 'options.to');
  assertNotBefore(fromMs, 'options.from', asOf, 'subscription.asOf');
  assertNotBefore(toMs, 'options.to', fromMs, 'options.from');
  if (toMs === asOf) return { renewals: [] };
  const prices = {
    priceList: o.priceList as PriceList | undefined,
    promotions: o.promotions as readonly Promotion[] | undefined,
  };
  const last = new Date(toMs - 1).toISOString();
  const charges = chargesBetween(subscription, subscription.asOf, last, prices);
  const renewals: RenewalForecastEntry[] = [];
  let current = subscription.price;
  let months = BILLING_FREQUENCY_MONTHS[subscription.billingFrequency ?? 'monthly'];
  for (const charge of charges) {
    const before = current ?? charge.unitPrice;
    const beforeMonths = months;
    current = charge.unitPrice;
    months = BILLING_FREQUENCY_MONTHS[charge.billingFrequency];
    const atMs = Date.parse(charge.at);
    if (atMs < fromMs) continue;
    // every month of an Extended Service Term, each a one-month term (EST-3, PL-8): its price
    // against the last one, a month each — the committed term's for the first, the month
    // before's for the others
    if (charge.kind === 'extended-service-term') {
      renewals.push(extendedServiceTermEntry(charge, before, beforeMonths));
      continue;
    }
    if (charge.kind !== 'renewal') continue;
    const after = charge.unitPrice;
    const same = before.currency === after.currency;
    renewals.push({
      at: charge.at,
      endOfTerm: 'renew',
      subscriptionTerm: { term: charge.term, billingFrequency: charge.billingFrequency },
      seats: charge.quantity,
      before: { amount: before.amount, currency: before.currency },
      after: { amount: after.amount, currency: after.currency },
      changePercent: same ? percent(before.amount, after.amount) : null,
      perYear: same
        ? {
            amount: yearly(
              after.amount - before.amount,
              charge.quantity,
              BILLING_FREQUENCY_MONTHS[charge.billingFrequency],
            ),
            currency: after.currency,
          }
        : null,
      ...(charge.priceFrom === undefined ? {} : { priceFrom: charge.priceFrom }),
      ...(charge.priceAssumed === undefined ? {} : { priceAssumed: true as const }),
      ...(charge.promotionId === undefined ? {} : { promotionId: charge.promotionId }),
      rule: charge.priceFrom !== undefined ? 'PL-3' : charge.priceAssumed ? 'PL-4' : 'NCE-11',
    });
  }
  // a term that ends and stops: an expiry, a disabling (EST-3) or a scheduled cancellation
  const { events } = advanceNewCommerce(subscription, last, prices);
  let expired = subscription.status === 'expired' || subscription.status === 'disabled';
  for (const event of events) {
    const rule =
      event.type === 'expired'
        ? 'NCE-8'
        : event.type === 'disabled' && !expired
          ? 'EST-3'
          : event.type === 'cancelled'
            ? 'NCE-7'
            : null;
    if (event.type === 'expired') expired = true;
    if (rule === null || Date.parse(event.at) < fromMs) continue;
    const entry = cancelEntry(subscription, charges, event.at, rule);
    if (entry !== null) renewals.push(entry);
  }
  renewals.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { renewals };
}

/** A month of an Extended Service Term (EST-3, PL-8), its price against the last a month. */
function extendedServiceTermEntry(
  charge: NewCommerceChargeEffect,
  last: Money,
  lastMonths: number,
): RenewalForecastEntry {
  const after = charge.unitPrice;
  const amount = Number(roundedQuotient(BigInt(last.amount), BigInt(lastMonths)));
  const before = { amount, currency: last.currency };
  const same = before.currency === after.currency;
  return {
    at: charge.at,
    endOfTerm: 'extended-service-term',
    subscriptionTerm: { term: charge.term, billingFrequency: charge.billingFrequency },
    seats: charge.quantity,
    before,
    after: { amount: after.amount, currency: after.currency },
    changePercent: same ? percent(before.amount, after.amount) : null,
    perYear: same
      ? {
          amount: yearly(after.amount - before.amount, charge.quantity, 1),
          currency: after.currency,
        }
      : null,
    rule: 'EST-3',
  };
}

/**
 * A term that ends and stops (PL-8): the price and seats billed last before `at`, all of which
 * stop; `null` for a state without a price.
 */
function cancelEntry(
  subscription: NewCommerceSubscription,
  charges: readonly NewCommerceChargeEffect[],
  at: string,
  rule: 'EST-3' | 'NCE-8' | 'NCE-7',
): RenewalForecastEntry | null {
  const billed = charges.filter((charge) => charge.at < at).at(-1);
  const price = billed?.unitPrice ?? subscription.price;
  const term = billed?.term ?? subscription.term;
  const frequency = billed?.billingFrequency ?? subscription.billingFrequency;
  if (price === null || term === null || frequency === null) return null;
  const seats = billed?.quantity ?? subscription.quantity;
  return {
    at,
    endOfTerm: 'cancel',
    subscriptionTerm: { term, billingFrequency: frequency },
    seats,
    before: { amount: price.amount, currency: price.currency },
    after: { amount: 0, currency: price.currency },
    changePercent: percent(price.amount, 0),
    perYear: {
      amount: yearly(-price.amount, seats, BILLING_FREQUENCY_MONTHS[frequency]),
      currency: price.currency,
    },
    rule,
  };
}

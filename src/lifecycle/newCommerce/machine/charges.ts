import type { BillingFrequency } from '../../../policy/vocabulary/billingFrequencies.ts';
import { BILLING_FREQUENCY_MONTHS } from '../../../policy/vocabulary/billingFrequencies.ts';
import type { NewCommerceTerm } from '../../../policy/vocabulary/newCommerceTerms.ts';
import { isUsageProduct } from '../../../policy/vocabulary/usageProducts.ts';
import type { Money } from '../../../pricing/money.ts';
import { partnerCenterCharge } from '../../../pricing/partnerCenterCharge.ts';
import {
  type BilledTerm,
  type BillingPeriod,
  billingBoundary,
  billingPeriodAt,
} from '../../../time/billingPeriodAt.ts';
import { daysBetween } from '../../../time/daysBetween.ts';
import { formatInstant } from '../../../time/formatInstant.ts';
import type {
  NewCommerceChargeEffect,
  NewCommerceChargeKind,
  NewCommerceCreditEffect,
  NewCommerceCreditKind,
} from '../resultTypes.ts';
import type { NewCommerceSubscription } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import { billedTerm } from './credit.ts';

type State = NewCommerceDraft | NewCommerceSubscription;

/** Whether a state is billed (CHG-1): running, priced, and a product with a term. */
export function billed(s: State): boolean {
  return (
    (s.status === 'active' || s.status === 'suspended') &&
    s.price !== null &&
    s.term !== null &&
    !isUsageProduct(s.product)
  );
}

/** The billing period of the state's current term that contains `atMs` (NCE-3, NCE-11). */
export function periodAt(s: State, atMs: number, term: BilledTerm = billedTerm(s)): BillingPeriod {
  return billingPeriodAt(
    term,
    BILLING_FREQUENCY_MONTHS[s.billingFrequency as BillingFrequency],
    atMs,
  );
}

/**
 * A charge of a billed state (CHG-1, CHG-2) for `quantity` seats at `atMs`: the whole billing
 * period containing it, or, for an addition, Partner Center's proration over the days from the
 * addition's day to the period's end, that day billed: r(r(P·Q / D) · N / Q) · Q.
 */
export function chargeAt(
  s: State,
  kind: NewCommerceChargeKind,
  quantity: number,
  at: string,
  atMs: number,
  period: BillingPeriod = periodAt(s, atMs),
  periodStart: string = formatInstant(period.startMs, 'periodStart'),
  periodEnd: string = formatInstant(period.endMs, 'periodEnd'),
): NewCommerceChargeEffect {
  const price = s.price as Money;
  const periodDays = daysBetween(period.startMs, period.endMs);
  const days = kind === 'add-quantity' ? daysBetween(atMs, period.endMs) : periodDays;
  const amount =
    kind === 'add-quantity'
      ? partnerCenterCharge(price.amount, quantity, periodDays, days)
      : price.amount * quantity;
  return {
    type: 'charge',
    kind,
    at,
    quantity,
    unitPrice: { amount: price.amount, currency: price.currency },
    amount: { amount, currency: price.currency },
    periodStart,
    periodEnd,
    days,
    periodDays,
    seats: s.quantity,
    term: s.term as NewCommerceTerm,
    billingFrequency: s.billingFrequency as BillingFrequency,
    rule: kind === 'add-quantity' ? 'CHG-2' : 'CHG-1',
  };
}

/**
 * Pushes a `cycle` charge for every billing period of the current term that starts in
 * (`fromMs`, `toMs`] (CHG-1): the term's own start and its end (a renewal's) are not cycles. Walks
 * the periods by index, each boundary written once.
 */
export function pushCycles(
  s: State,
  fromMs: number,
  toMs: number,
  effects: NewCommerceChargeEffect[],
): void {
  if (!billed(s)) return;
  const term = billedTerm(s);
  const months = BILLING_FREQUENCY_MONTHS[s.billingFrequency as BillingFrequency];
  const first = billingPeriodAt(term, months, fromMs);
  let index = first.index + 1;
  let startMs = first.endMs;
  let start: string | undefined;
  while (startMs <= toMs && startMs < term.endMs) {
    const endMs = billingBoundary(term, months, index + 1);
    start ??= formatInstant(startMs, 'at');
    const end = formatInstant(endMs, 'periodEnd');
    const period = { startMs, endMs, index };
    effects.push(chargeAt(s, 'cycle', s.quantity, start, startMs, period, start, end));
    index++;
    startMs = endMs;
    start = end;
  }
}

/**
 * A credit effect (NCE-5, REC-4) for `quantity` seats ending at `atMs`, with the billing period it
 * comes from and the days it gives back when the seats are in a term: the whole period for a full
 * credit, none for no refund, else those after the event's day (that day counts as used).
 */
export function creditAt(
  s: State,
  kind: NewCommerceCreditKind,
  outcome: NewCommerceCreditEffect['outcome'],
  quantity: number,
  at: string,
  atMs: number,
  credit: Money | undefined,
  rule: string,
): NewCommerceCreditEffect {
  const price = s.price;
  const priced =
    credit === undefined || price === null
      ? {}
      : { credit, unitPrice: { amount: price.amount, currency: price.currency } };
  const seats = kind === 'cancel' ? 0 : s.quantity;
  if (s.term === null || s.termStart === null || isUsageProduct(s.product))
    return { type: 'credit', kind, outcome, at, quantity, ...priced, seats, rule };
  const period = periodAt(s, atMs);
  const periodDays = daysBetween(period.startMs, period.endMs);
  const days =
    outcome === 'full-credit'
      ? periodDays
      : outcome === 'no-refund'
        ? 0
        : periodDays - daysBetween(period.startMs, atMs) - 1;
  return {
    type: 'credit',
    kind,
    outcome,
    at,
    quantity,
    ...priced,
    periodStart: formatInstant(period.startMs, 'periodStart'),
    periodEnd: formatInstant(period.endMs, 'periodEnd'),
    days,
    periodDays,
    seats,
    rule,
  };
}

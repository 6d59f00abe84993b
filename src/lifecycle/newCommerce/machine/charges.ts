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
import { billedTerm, nominalDays, periodAt, periodCharge } from './periods.ts';

type State = NewCommerceDraft | NewCommerceSubscription;

/** The instants last written: a period's start and end repeat for a credit and a charge. */
const written: [number, string][] = [];

/** `formatInstant`, remembering the last two instants written (content-keyed: never stale). */
function text(ms: number, path: string): string {
  for (const [at, value] of written) if (at === ms) return value;
  const value = formatInstant(ms, path);
  if (written.length >= 2) written.shift();
  written.push([ms, value]);
  return value;
}

/** Whether a state is billed (CHG-1): running, priced, and a product with a term. */
export function billed(s: State): boolean {
  return (
    (s.status === 'active' || s.status === 'suspended') &&
    s.price !== null &&
    s.term !== null &&
    !isUsageProduct(s.product)
  );
}

/**
 * A charge of a billed state (CHG-1, CHG-2, MID-1, MID-3, MID-4) for `quantity` seats at `atMs`:
 * the whole billing period containing it (a short one by MID-3's proration); for an addition,
 * Partner Center's proration over the days from the addition's day to the period's end, that
 * day billed: r(r(P·Q / D) · N / Q) · Q; for an upgrade's target, over the days after `atMs`'s
 * day (the source's unused days).
 */
export function chargeAt(
  s: State,
  kind: NewCommerceChargeKind,
  quantity: number,
  at: string,
  atMs: number,
  period?: BillingPeriod,
  periodStart?: string,
  periodEnd?: string,
  term: BilledTerm = billedTerm(s),
): NewCommerceChargeEffect {
  const p = period ?? periodAt(s, atMs, term);
  const price = s.price as Money;
  const own = daysBetween(p.startMs, p.endMs);
  const periodDays = nominalDays(s, p, term);
  const prorated = kind === 'add-quantity' || kind === 'upgrade';
  const days = !prorated
    ? own
    : kind === 'upgrade'
      ? daysBetween(atMs, p.endMs) - 1
      : daysBetween(atMs, p.endMs);
  const amount = prorated
    ? partnerCenterCharge(price.amount, quantity, periodDays, days)
    : periodCharge(price.amount, quantity, own, periodDays);
  const charge = {
    type: 'charge',
    kind,
    at,
    quantity,
    unitPrice: { amount: price.amount, currency: price.currency },
    amount: { amount, currency: price.currency },
    periodStart: periodStart ?? text(p.startMs, 'periodStart'),
    periodEnd: periodEnd ?? text(p.endMs, 'periodEnd'),
    days,
    periodDays,
    seats: s.quantity,
    term: s.term as NewCommerceTerm,
    billingFrequency: s.billingFrequency as BillingFrequency,
    // CHG-1, CHG-2 (an addition), MID-1 (a term change), MID-4 (an upgrade); a short period
    // MID-3; a month of Extended Service Term EST-5
    rule:
      kind === 'extended-service-term'
        ? 'EST-5'
        : kind === 'add-quantity'
          ? 'CHG-2'
          : kind === 'upgrade'
            ? 'MID-4'
            : own < periodDays
              ? 'MID-3'
              : kind === 'term-change'
                ? 'MID-1'
                : 'CHG-1',
  } as const;
  const promotion = s.promotion;
  // a promoted term's every charge, seats added in it included (PL-5): the list's price beside
  if (promotion !== undefined)
    return {
      ...charge,
      promotionId: promotion.promotionId,
      listUnitPrice: { amount: promotion.listPrice.amount, currency: promotion.listPrice.currency },
    };
  const est = s.extendedServiceTerm;
  // the base and the uplift the month's price comes from, as the invoice prints them (EST-5)
  return kind === 'extended-service-term' && est !== undefined && est.basePrice !== null
    ? {
        ...charge,
        basePrice: { amount: est.basePrice.amount, currency: est.basePrice.currency },
        uplift: est.uplift,
        ...(est.since === null ? {} : { since: est.since }),
      }
    : charge;
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
  const first = periodAt(s, fromMs, term);
  let index = first.index + 1;
  let startMs = first.endMs;
  let start: string | undefined;
  while (startMs <= toMs && startMs < term.endMs) {
    const endMs = billingBoundary(term, months, index + 1);
    start ??= formatInstant(startMs, 'at');
    const end = formatInstant(endMs, 'periodEnd');
    const period = { startMs, endMs, index };
    effects.push(chargeAt(s, 'cycle', s.quantity, start, startMs, period, start, end, term));
    index++;
    startMs = endMs;
    start = end;
  }
}

/**
 * A credit effect (NCE-5, REC-4) for `quantity` seats ending at `atMs`, with the billing period it
 * comes from and the days it gives back when the seats are in a term: the whole period for a full
 * credit, none for no refund, else those after the event's day (that day counts as used); D is
 * the period's nominal length (MID-3). Without a price it is marked `unpriced: true` (CHG-1).
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
  // without a price the money is unknown, not none: said so (CHG-1), unless nothing comes back
  const priced =
    credit === undefined || price === null
      ? outcome === 'no-refund'
        ? {}
        : { unpriced: true as const }
      : { credit, unitPrice: { amount: price.amount, currency: price.currency } };
  const seats = kind === 'cancel' ? 0 : s.quantity;
  if (s.term === null || s.termStart === null || isUsageProduct(s.product))
    return { type: 'credit', kind, outcome, at, quantity, ...priced, seats, rule };
  const term = billedTerm(s);
  const period = periodAt(s, atMs, term);
  const own = daysBetween(period.startMs, period.endMs);
  const days =
    outcome === 'full-credit'
      ? own
      : outcome === 'no-refund'
        ? 0
        : own - daysBetween(period.startMs, atMs) - 1;
  return {
    type: 'credit',
    kind,
    outcome,
    at,
    quantity,
    ...priced,
    periodStart: text(period.startMs, 'periodStart'),
    periodEnd: text(period.endMs, 'periodEnd'),
    days,
    periodDays: nominalDays(s, period, term),
    seats,
    rule,
  };
}

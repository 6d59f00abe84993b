import type { Money } from '../../../pricing/money.ts';
import { partnerCenterCharge } from '../../../pricing/partnerCenterCharge.ts';
import { daysBetween } from '../../../time/daysBetween.ts';
import type { NewCommerceSubscription } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import { billedTerm, nominalDays, periodAt, periodCharge } from './periods.ts';

/**
 * What ending `quantity` seats at `atMs` credits (NCE-5, NCE-11): the whole period's charge for a
 * full credit, else what the billing period containing `atMs` charged less Partner Center's
 * proration of its used days, never below 0; `undefined` without a price. A period cut short by
 * the term's end (MID-3) charged its own days of its nominal D, so its credit is that charge less
 * the used days' of the same D **(decided: what the period charged is what can come back)**.
 * A full credit gives every seat back what the period charged it: seats added inside the period
 * were charged from their addition's day (CHG-2), so that is what comes back for them, never the
 * whole period's price (CHG-1: a credit never exceeds its period's charge).
 */
export function creditFor(
  s: NewCommerceDraft | NewCommerceSubscription,
  quantity: number,
  atMs: number,
  full: boolean,
): Money | undefined {
  const price = s.price;
  if (price === null) return undefined;
  const term = billedTerm(s);
  const period = periodAt(s, atMs, term);
  const own = daysBetween(period.startMs, period.endMs);
  const nominal = nominalDays(s, period, term);
  if (full) {
    let amount = 0;
    for (const part of fullCreditParts(s, price.amount, period.startMs, period.endMs, own, nominal))
      amount += part[1];
    return { amount, currency: price.currency };
  }
  const paid = periodCharge(price.amount, quantity, own, nominal);
  const used = daysBetween(period.startMs, atMs) + 1;
  const charged = partnerCenterCharge(price.amount, quantity, nominal, used);
  return { amount: charged >= paid ? 0 : paid - charged, currency: price.currency };
}

/** One group of seats a full credit gives back: `[quantity, amount, days]`. */
export type CreditPart = [quantity: number, amount: number, days: number];

/**
 * What the billing period [`startMs`, `endMs`) charged the seats of `s` (a full credit, NCE-4,
 * CHG-1), by group: first the seats there at its start, the period's own charge (none when every
 * seat came later), then each batch added after it, CHG-2's proration from its addition's day —
 * the lines a full credit reverses.
 */
export function fullCreditParts(
  s: NewCommerceDraft | NewCommerceSubscription,
  unit: number,
  startMs: number,
  endMs: number,
  own: number,
  nominal: number,
): CreditPart[] {
  let whole = s.quantity;
  const parts: CreditPart[] = [];
  for (const b of s.seats) {
    const addedMs = Date.parse(b.addedAt);
    if (addedMs > startMs) {
      const days = daysBetween(addedMs, endMs);
      whole -= b.quantity;
      parts.push([b.quantity, partnerCenterCharge(unit, b.quantity, nominal, days), days]);
    }
  }
  parts.unshift([whole, periodCharge(unit, whole, own, nominal), own]);
  return parts;
}

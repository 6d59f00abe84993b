import type { Money } from '../../../pricing/money.ts';
import { partnerCenterCharge } from '../../../pricing/partnerCenterCharge.ts';
import { daysBetween } from '../../../time/daysBetween.ts';
import type { NewCommerceSubscription } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import { billedTerm, nominalDays, periodAt, periodCharge } from './periods.ts';

/** One group of seats a full credit gives back: `[quantity, amount, days]`. */
export type CreditPart = [quantity: number, amount: number, days: number];

/**
 * What ending `quantity` seats at `atMs` credits (NCE-5, NCE-11): the whole period's charge for a
 * full credit, else what the billing period containing `atMs` charged less Partner Center's
 * proration of its used days, never below 0; `undefined` without a price. A period cut short by
 * the term's end (MID-3) charged its own days of its nominal D, so its credit is that charge less
 * the used days' of the same D **(decided: what the period charged is what can come back)**.
 * A full credit (of every seat) gives each seat back what the period charged it: seats added
 * inside the period were charged from their addition's day (CHG-2), so that is what comes back
 * for them, never the whole period's price (CHG-1: a credit never exceeds its period's charge);
 * `parts`, when given, receives the groups — the seats there at the period's start, then each
 * batch added after it — as the charges the credit reverses.
 */
export function creditFor(
  s: NewCommerceDraft | NewCommerceSubscription,
  quantity: number,
  atMs: number,
  full: boolean,
  parts?: CreditPart[],
): Money | undefined {
  const price = s.price;
  if (price === null) return undefined;
  const term = billedTerm(s);
  const period = periodAt(s, atMs, term);
  const own = daysBetween(period.startMs, period.endMs);
  const nominal = nominalDays(s, period, term);
  const unit = price.amount;
  if (full) {
    let whole = quantity;
    let amount = 0;
    const later: CreditPart[] = [];
    for (const b of s.seats) {
      const addedMs = Date.parse(b.addedAt);
      if (addedMs > period.startMs) {
        const days = daysBetween(addedMs, period.endMs);
        const charged = partnerCenterCharge(unit, b.quantity, nominal, days);
        whole -= b.quantity;
        amount += charged;
        later.push([b.quantity, charged, days]);
      }
    }
    const first = periodCharge(unit, whole, own, nominal);
    parts?.push([whole, first, own], ...later);
    return { amount: amount + first, currency: price.currency };
  }
  const paid = periodCharge(unit, quantity, own, nominal);
  const used = daysBetween(period.startMs, atMs) + 1;
  const charged = partnerCenterCharge(unit, quantity, nominal, used);
  return { amount: charged >= paid ? 0 : paid - charged, currency: price.currency };
}

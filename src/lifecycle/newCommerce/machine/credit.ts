import type { Money } from '../../../pricing/money.ts';
import { partnerCenterCharge } from '../../../pricing/partnerCenterCharge.ts';
import { daysBetween } from '../../../time/daysBetween.ts';
import type { NewCommerceSubscription, SeatBatch } from '../types.ts';
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
 * batch added after it — as the charges the credit reverses. A prorated credit is capped the same
 * way (NCE-5, decided 2026-11-27): the seats ended are taken newest batch first, as every event
 * takes them, and the credit is never more than what the period charged those seats — CHG-2's
 * amount for seats added inside it **(decided: the cap is of the seats ended together, so the
 * formula over all of them stays one rounding, and is a whole amount per seat, as a credit line's
 * effective unit price is)**.
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
      if (addedLater(s, addedMs, period.startMs)) {
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
  const credit = charged >= paid ? 0 : paid - charged;
  // what the period charged the seats ended, newest batch first: CHG-2's amount for a batch added
  // inside it, the period's price for the seats it began with
  let cap = 0;
  let left = quantity;
  for (let i = s.seats.length - 1; i >= 0 && left > 0; i--) {
    const b = s.seats[i] as SeatBatch;
    const addedMs = Date.parse(b.addedAt);
    if (!addedLater(s, addedMs, period.startMs)) break;
    const take = Math.min(left, b.quantity);
    cap += partnerCenterCharge(unit, take, nominal, daysBetween(addedMs, period.endMs));
    left -= take;
  }
  if (left > 0) cap += periodCharge(unit, left, own, nominal);
  // a credit line is seats × an amount per seat (REC-1): the cap in whole amounts per seat
  return { amount: Math.min(credit, cap - (cap % quantity)), currency: price.currency };
}

/**
 * Whether a batch added at `addedMs` was charged by CHG-2 in the period from `periodStartMs`:
 * added inside it, or at its start when that is not the term's (the cycle there billed the seats
 * held before the addition; the term's first period bills the seats it starts with).
 */
function addedLater(
  s: NewCommerceDraft | NewCommerceSubscription,
  addedMs: number,
  periodStartMs: number,
): boolean {
  return (
    addedMs > periodStartMs ||
    (addedMs === periodStartMs && addedMs !== Date.parse(s.termStart as string))
  );
}

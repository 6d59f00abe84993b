import { shareOf } from '../../pricing/shareOf.ts';
import { addMonthsClamped } from '../../time/addMonthsClamped.ts';
import { daysBetween } from '../../time/daysBetween.ts';

/** The mean Gregorian month, 365.2425 / 12 days, in ms. */
const AVERAGE_MONTH_MS = 2_629_746_000;

import type { ReadReservation } from './readReservation.ts';

/** What a refund pays back and what it cancels, in the reservation's minor units (RES-1). */
export interface RefundAmounts {
  /** Paid back: the unused part at the lower price. */
  readonly refund: number;
  /** Cancelled: what counts against the limit. */
  readonly cancelled: number;
}

/**
 * The unused days of [startMs, endMs) at `atMs`, as UTC calendar days with the day of `atMs` used
 * (TIME-5, as NCE-5), and the days of the whole span.
 */
function unusedDays(startMs: number, endMs: number, atMs: number): [unused: number, days: number] {
  const days = daysBetween(startMs, endMs);
  return [Math.max(0, days - daysBetween(startMs, atMs) - 1), days];
}

/**
 * A refund's amounts (RES-1, RES-3), each with one rounding, half up. Upfront: the unused days'
 * share of the lower price, and of the price for the cancelled commitment. Monthly (months
 * anchored on the purchase, TIME-4; the month holding `at` paid): the current month's unused days'
 * share of one month's payment at the lower price, r(lower × unused / (months × days of the
 * month)); the cancelled commitment is the payments not yet due, r(price × months to come /
 * months) — in its 12th month a 3-year reservation at 100 USD a month cancels 2 400 USD.
 *
 * @param reservation - The reservation, read, with `at` inside its term.
 * @returns The refund and the cancelled commitment.
 */
export function refundAmounts(reservation: ReadReservation): RefundAmounts {
  const { months, purchasedMs, endMs, price, lower, atMs } = reservation;
  if (!reservation.monthly) {
    const [unused, days] = unusedDays(purchasedMs, endMs, atMs);
    return { refund: shareOf(lower, unused, days), cancelled: shareOf(price.amount, unused, days) };
  }
  // a month is 28 to 31 days: start from the average and step to the month holding `at`
  let month = Math.min(months - 1, Math.floor((atMs - purchasedMs) / AVERAGE_MONTH_MS));
  while (month > 0 && addMonthsClamped(purchasedMs, month) > atMs) month--;
  while (month + 1 < months && addMonthsClamped(purchasedMs, month + 1) <= atMs) month++;
  const [unused, days] = unusedDays(
    addMonthsClamped(purchasedMs, month),
    addMonthsClamped(purchasedMs, month + 1),
    atMs,
  );
  return {
    refund: shareOf(lower, unused, months * days),
    cancelled: shareOf(price.amount, months - month - 1, months),
  };
}

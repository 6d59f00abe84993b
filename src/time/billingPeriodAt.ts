import { addMonthsClamped } from './addMonthsClamped.ts';
import { startOfUtcDay } from './startOfUtcDay.ts';

/**
 * One billing period of a New Commerce term, [start, end) in epoch milliseconds (NCE-3).
 */
export interface BillingPeriod {
  /** The period's first instant: the term's start for the first period, else a UTC midnight. */
  readonly startMs: number;
  /** The next period's start (exclusive): a UTC midnight. */
  readonly endMs: number;
  /** 0 for the term's first period, 1 for the next, … */
  readonly index: number;
}

/** An average Gregorian month in ms, for a first guess of the period's index. */
const MONTH_MS = 2_629_746_000;

/**
 * The billing period of a term that contains `atMs` (NCE-3): periods of `periodMonths` calendar
 * months (monthly 1, annual 12, triennial 36); the first starts at the term's start S, every later
 * one at 00:00:00Z of date(S) + k periods, clamped to the month's last day and anchored on date(S),
 * so a term started on the 31st bills from the 31st whenever the month has one. Integer arithmetic
 * on epoch milliseconds; no `Date`.
 *
 * @param termStartMs - Epoch milliseconds of the term's start S.
 * @param periodMonths - Calendar months in one billing period (≥ 1).
 * @param atMs - The instant, epoch ms, at or after S (an earlier one gets the first period).
 * @returns The period containing `atMs`.
 */
export function billingPeriodAt(
  termStartMs: number,
  periodMonths: number,
  atMs: number,
): BillingPeriod {
  const day0 = startOfUtcDay(termStartMs);
  let index = Math.max(0, Math.floor((atMs - day0) / (periodMonths * MONTH_MS)));
  let start = index === 0 ? termStartMs : addMonthsClamped(day0, index * periodMonths);
  while (index > 0 && start > atMs) {
    index--;
    start = index === 0 ? termStartMs : addMonthsClamped(day0, index * periodMonths);
  }
  let end = addMonthsClamped(day0, (index + 1) * periodMonths);
  while (end <= atMs) {
    index++;
    start = end;
    end = addMonthsClamped(day0, (index + 1) * periodMonths);
  }
  return { startMs: start, endMs: end, index };
}

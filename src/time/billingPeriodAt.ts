import { addMonthsClamped } from './addMonthsClamped.ts';
import { startOfUtcDay } from './startOfUtcDay.ts';

/**
 * A New Commerce term as its billing periods see it (NCE-3, NCE-11), in epoch milliseconds.
 */
export interface BilledTerm {
  /** The term's start S: the first period starts here. */
  readonly startMs: number;
  /** The term's end (exclusive): the last period ends here, whatever the calendar says. */
  readonly endMs: number;
  /**
   * The term's length in calendar months, when the periods are counted from its start: the period
   * that reaches it is the last and ends at `endMs`, also where `endMs` is a day past date(S) + the
   * months (a term from 28 February to a 29 February, renewed after a purchase on the 29th).
   */
  readonly months?: number;
}

/**
 * One billing period of a New Commerce term, [start, end) in epoch milliseconds (NCE-3).
 */
export interface BillingPeriod {
  /** The period's first instant: the term's start for the first period, else a UTC midnight. */
  readonly startMs: number;
  /** The next period's start (exclusive): a UTC midnight, or the term's end for the last one. */
  readonly endMs: number;
  /** 0 for the term's first period, 1 for the next, … */
  readonly index: number;
}

/** An average Gregorian month in ms, for a first guess of the period's index. */
const MONTH_MS = 2_629_746_000;

/**
 * The billing period of a term that contains `atMs` (NCE-3, NCE-11): periods of `periodMonths`
 * calendar months (monthly 1, annual 12, triennial 36). The first starts at the term's start S; the
 * k-th boundary is 00:00:00Z of date(S) + k periods, clamped to the month's last day; the last
 * period (the one reaching the term's `months`) ends at the term's end. S is the **current** term's start, not the first term's: a
 * subscription bought on 29 February renews on 28 February and that term bills on the 28th
 * (decided: a resource carries only its current term's start). So the periods tile the term
 * exactly, also when its dates were clamped. Integer arithmetic on epoch milliseconds; no `Date`.
 *
 * @param term - The term: its start and end.
 * @param periodMonths - Calendar months in one billing period (≥ 1).
 * @param atMs - The instant, epoch ms, in [start, end) (an earlier one gets the first period, a
 *   later one the last).
 * @returns The period containing `atMs`.
 */
export function billingPeriodAt(
  term: BilledTerm,
  periodMonths: number,
  atMs: number,
): BillingPeriod {
  const { startMs, endMs } = term;
  const boundary = (k: number): number => billingBoundary(term, periodMonths, k);
  let index = Math.max(0, Math.floor((atMs - startMs) / (periodMonths * MONTH_MS)));
  while (index > 0 && boundary(index) > atMs) index--;
  let end = boundary(index + 1);
  while (end <= atMs && end < endMs) {
    index++;
    end = boundary(index + 1);
  }
  return { startMs: boundary(index), endMs: end, index };
}

/**
 * The start of a term's `k`-th billing period (NCE-3): the term's start S for `k` = 0, else
 * 00:00:00Z of date(S) + k periods, clamped to the month's last day and to the term; the term's end
 * once `k` is past its last period.
 *
 * @param term - The term.
 * @param periodMonths - Calendar months in one billing period.
 * @param k - The period's index, ≥ 0.
 * @returns Epoch milliseconds.
 */
export function billingBoundary(term: BilledTerm, periodMonths: number, k: number): number {
  const { startMs, endMs, months } = term;
  if (months !== undefined && k * periodMonths >= months) return endMs;
  return k === 0
    ? startMs
    : Math.min(
        endMs,
        Math.max(startMs, addMonthsClamped(startOfUtcDay(startMs), k * periodMonths)),
      );
}

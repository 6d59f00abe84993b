import { addMonthsClamped } from './addMonthsClamped.ts';
import { startOfUtcDay } from './startOfUtcDay.ts';

/**
 * End of the n-th New Commerce term anchored on the first term's start S (NCE-3): 00:00:00Z of
 * date(S) + n·months, clamped to the month's last day (TIME-4's anchoring, so a term that starts on
 * the 31st comes back to the 31st). Partner Center shows the day before as the inclusive
 * `commitmentEndDate`, and the next term starts at this instant: `2021-09-14T16:44:03Z` + P3Y ends at
 * `2024-09-14T00:00:00.000Z` (commitment end date 2024-09-13).
 *
 * @param anchorMs - Epoch milliseconds of the first term's start S.
 * @param months - Calendar months in one term (1, 12, 24 or 36).
 * @param n - How many terms after the anchor (1 = the end of the first term).
 * @returns Epoch milliseconds of the n-th term end.
 */
export function newCommerceTermEndAt(anchorMs: number, months: number, n: number): number {
  return addMonthsClamped(startOfUtcDay(anchorMs), months * n);
}

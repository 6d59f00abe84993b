import { MS_PER_DAY } from '../kernel/units.ts';

/**
 * The end of a window of N calendar days (NCE-3): 00:00:00Z of the UTC date (date(X) + N + 1), so
 * the whole N-th day after the opening day is inside. A window of 30 calendar days opened at
 * `2021-09-14T16:44:03Z` closes at `2021-10-15T00:00:00.000Z` (Partner Center reports the last
 * minute inside, `2021-10-14T23:59:00Z`). Half-open like every window (TIME-3).
 *
 * @param openMs - Epoch milliseconds of the opening instant X.
 * @param days - Whole calendar days N.
 * @returns Epoch milliseconds of the window's end (exclusive).
 */
export function calendarDaysEndAt(openMs: number, days: number): number {
  return (Math.floor(openMs / MS_PER_DAY) + days + 1) * MS_PER_DAY;
}

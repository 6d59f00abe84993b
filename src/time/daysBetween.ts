import { MS_PER_DAY } from '../kernel/units.ts';

/**
 * Whole days between two instants, as the difference of their UTC calendar dates (TIME-5):
 * `2026-01-01T23:00Z` → `2026-01-02T01:00Z` is 1 day. Negative when `to` is on an earlier day.
 *
 * @param fromMs - Epoch milliseconds of the first instant.
 * @param toMs - Epoch milliseconds of the second instant.
 * @returns The number of UTC midnights crossed going from `fromMs` to `toMs`.
 */
export function daysBetween(fromMs: number, toMs: number): number {
  return Math.floor(toMs / MS_PER_DAY) - Math.floor(fromMs / MS_PER_DAY);
}

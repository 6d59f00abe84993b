import { MS_PER_DAY } from '../kernel/units.ts';

/**
 * "N days after X" (TIME-2): X + N·86 400 000 ms. UTC days, so a daylight-saving change in the
 * process time zone never makes a day 23 or 25 hours long.
 *
 * @param ms - Epoch milliseconds of X.
 * @param days - Whole days to add (may be negative).
 * @returns Epoch milliseconds of the result.
 */
export function addDays(ms: number, days: number): number {
  return ms + days * MS_PER_DAY;
}

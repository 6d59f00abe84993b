import { MS_PER_DAY } from '../kernel/units.ts';

/**
 * 00:00:00Z of the UTC date of an instant (TIME-5, NCE-3): the midnight the New Commerce terms,
 * billing periods and the first-day full credit count from.
 *
 * @param ms - Epoch milliseconds.
 * @returns Epoch milliseconds of the start of that UTC day.
 */
export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
}

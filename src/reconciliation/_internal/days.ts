import { MS_PER_DAY } from '../../kernel/units.ts';
import { formatInstant } from '../../time/formatInstant.ts';

/**
 * A UTC day number (days since 1970-01-01) as the file writes a day: `YYYY-MM-DD`.
 *
 * @param day - The day number.
 * @returns The date.
 */
export function dayText(day: number): string {
  return formatInstant(day * MS_PER_DAY, 'day').slice(0, 10);
}

/**
 * The UTC day of an instant (TIME-5).
 *
 * @param ms - Epoch milliseconds.
 * @returns Its day number.
 */
export function dayOf(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}

import { MS_PER_HOUR } from '../kernel/units.ts';

/**
 * "N hours after X" (TIME-2): X + N·3 600 000 ms, on epoch milliseconds.
 *
 * @param ms - Epoch milliseconds of X.
 * @param hours - Whole hours to add (may be negative).
 * @returns Epoch milliseconds of the result.
 */
export function addHours(ms: number, hours: number): number {
  return ms + hours * MS_PER_HOUR;
}

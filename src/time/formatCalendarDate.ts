import { formatInstant } from './formatInstant.ts';

/**
 * Writes the UTC calendar date of an instant as Partner Center writes an inclusive end date
 * (MID-3): `YYYY-MM-DD`.
 *
 * @param ms - Epoch milliseconds.
 * @param path - The dot path to name in an error (the field being computed).
 * @returns The date, e.g. `2027-10-31`.
 * @throws {@link RuleError} `OUT_OF_RANGE` outside the years 0000–9999.
 */
export function formatCalendarDate(ms: number, path: string): string {
  return formatInstant(ms, path).slice(0, 10);
}

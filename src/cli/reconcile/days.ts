/** A UTC day in milliseconds: the file's dates are day numbers, days since 1970-01-01. */
export const DAY = 86_400_000;

/**
 * A day number as the file writes it, `YYYY-MM-DD`.
 *
 * @param day - Days since 1970-01-01 (UTC).
 * @returns The date.
 */
export function dayText(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

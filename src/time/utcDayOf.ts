import { daysFromCivil } from './_internal/daysFromCivil.ts';
import { daysInMonth } from './_internal/daysInMonth.ts';

/**
 * The UTC calendar day of a civil date, as days since 1970-01-01 (TIME-5), by the same integer
 * arithmetic the instant reader uses, no `Date`: `undefined` for a date that does not exist
 * (`2026-02-30`, month 13) — never rolled over as `Date.UTC` rolls it.
 *
 * @param year - The year (1000–9999).
 * @param month - The month, 1–12.
 * @param day - The day of the month.
 * @returns The day number, or `undefined`.
 */
export function utcDayOf(year: number, month: number, day: number): number | undefined {
  if (!(year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1)) return undefined;
  return day <= daysInMonth(year, month) ? daysFromCivil(year, month, day) : undefined;
}

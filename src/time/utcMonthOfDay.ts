import { civilFromDays } from './_internal/civilFromDays.ts';

const civil: [number, number, number] = [0, 0, 0];

/**
 * The calendar month a day number (days since 1970-01-01, UTC) falls in, as `year × 12 + (month −
 * 1)`, by integer arithmetic alone: a file's reader calls it for every line, so it allocates nothing.
 *
 * @param day - The day number.
 * @returns The month number.
 */
export function utcMonthOfDay(day: number): number {
  const [year, month] = civilFromDays(day, civil);
  return year * 12 + month - 1;
}

import { MS_PER_DAY } from '../kernel/units.ts';
import { civilFromDays } from './_internal/civilFromDays.ts';
import { daysFromCivil } from './_internal/daysFromCivil.ts';
import { daysInMonth } from './_internal/daysInMonth.ts';

const scratch: [number, number, number] = [0, 0, 0];

/**
 * Adds calendar months in UTC, keeping the time of day and clamping the day to the target month's
 * last day (TIME-4): 2024-01-31 + 1 month = 2024-02-29. Integer arithmetic on epoch
 * milliseconds; no `Date` is created.
 *
 * @param ms - Epoch milliseconds of the start.
 * @param months - Whole months to add (may be negative).
 * @returns Epoch milliseconds of the result.
 */
export function addMonthsClamped(ms: number, months: number): number {
  const days = Math.floor(ms / MS_PER_DAY);
  const timeOfDay = ms - days * MS_PER_DAY;
  const [year, month, day] = civilFromDays(days, scratch);
  const total = year * 12 + month - 1 + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return daysFromCivil(targetYear, targetMonth, targetDay) * MS_PER_DAY + timeOfDay;
}

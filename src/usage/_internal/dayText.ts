import { formatCalendarDate } from '../../time/formatCalendarDate.ts';

/** A UTC day number (days since 1970-01-01) as `YYYY-MM-DD`. */
export function dayText(day: number): string {
  return formatCalendarDate(day * 86_400_000, 'day');
}

import { addDays } from '../time/addDays.ts';
import { addHours } from '../time/addHours.ts';
import { calendarDaysEndAt } from '../time/calendarDaysEndAt.ts';
import type { PolicyDuration } from './types.ts';

/**
 * The end (exclusive) of a policy window that opens at `openMs` (TIME-2, TIME-3, NCE-3): hours and
 * days are exact (X + N·3 600 000 ms, X + N·86 400 000 ms); calendar days close at 00:00:00Z of
 * date(X) + N + 1.
 *
 * @param openMs - Epoch milliseconds of the opening.
 * @param window - The window's length, already checked.
 * @returns Epoch milliseconds of the window's end.
 */
export function windowEndAt(openMs: number, window: PolicyDuration): number {
  if ('hours' in window) return addHours(openMs, window.hours);
  if ('days' in window) return addDays(openMs, window.days);
  return calendarDaysEndAt(openMs, window.calendarDays);
}

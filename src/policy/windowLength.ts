import type { PolicyDuration } from './types.ts';

/**
 * A policy window's length in words for a message (REF-9, NCE-4): its count and its unit,
 * `[24, 'hour']`, `[30, 'day']`, `[7, 'calendar day']`.
 *
 * @param window - The window's length, already checked.
 * @returns The count and the singular unit.
 */
export function windowLength(window: PolicyDuration): [number, string] {
  if ('hours' in window) return [window.hours, 'hour'];
  if ('days' in window) return [window.days, 'day'];
  return [window.calendarDays, 'calendar day'];
}

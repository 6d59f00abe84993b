import { MS_PER_DAY } from '../../kernel/units.ts';
import { formatInstant } from '../../time/formatInstant.ts';

/** Days written lately: a file's groups share a few hundred days, and a day is always the same text. */
const written = new Map<number, string>();
const WRITTEN_LIMIT = 4096;

/**
 * A UTC day number (days since 1970-01-01) as the file writes a day: `YYYY-MM-DD`.
 *
 * @param day - The day number.
 * @returns The date.
 */
export function dayText(day: number): string {
  let text = written.get(day);
  if (text === undefined) {
    text = formatInstant(day * MS_PER_DAY, 'day').slice(0, 10);
    if (written.size >= WRITTEN_LIMIT) written.clear();
    written.set(day, text);
  }
  return text;
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

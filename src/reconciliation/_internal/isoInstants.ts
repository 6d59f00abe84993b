import { END_OF_INSTANTS, MIN_INSTANT, MS_PER_DAY } from '../../kernel/units.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import { parseInstant } from '../../time/parseInstant.ts';

/**
 * Instants written lately, and days read lately: a file's replays pass through a few hundred
 * instants (the days' starts, the window's end, the periods' bounds), and turning one into text
 * (`Date#toISOString`) or back costs more than the rest of a charge's arithmetic.
 */
const written = new Map<number, string>();
const days = new Map<string, number>();
const LIMIT = 4096;

/**
 * An instant as `Date#toISOString` writes it (`2026-12-01T00:00:00.000Z`), remembered.
 *
 * @param ms - Epoch milliseconds.
 * @returns Its text.
 * @throws RangeError for an instant `Date` cannot hold, as `toISOString` does.
 */
export function isoText(ms: number): string {
  let text = written.get(ms);
  if (text === undefined) {
    // the years 0000–9999 written by hand, as toISOString writes them; the rest by toISOString
    text =
      ms >= MIN_INSTANT && ms < END_OF_INSTANTS
        ? formatInstant(ms, 'instant')
        : new Date(ms).toISOString();
    if (written.size >= LIMIT) written.clear();
    written.set(ms, text);
  }
  return text;
}

/**
 * The UTC day (TIME-5) of an instant's text, read by the library's strict reader (TIME-1) and
 * remembered: the periods of a file's subscriptions start and end on the same few days.
 *
 * @param text - The instant.
 * @param path - The dot path of the object it is a field of.
 * @param field - The field, named in the error after `path`.
 * @returns Its day number.
 * @throws {@link RuleError} `INVALID_INSTANT` at `<path>.<field>` for text that is no instant.
 */
export function dayOfText(text: unknown, path: string, field: string): number {
  if (typeof text === 'string') {
    const day = days.get(text);
    if (day !== undefined) return day;
  }
  const day = Math.floor(parseInstant(text, `${path}.${field}`) / MS_PER_DAY);
  if (typeof text === 'string') {
    if (days.size >= LIMIT) days.clear();
    days.set(text, day);
  }
  return day;
}

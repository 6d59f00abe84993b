/**
 * Instants written lately, and texts read lately: a file's replays pass through a few hundred
 * instants (the days' starts, the window's end, the subscriptions' own starts), and turning one
 * into text (`Date#toISOString`) costs more than the rest of a charge's arithmetic.
 */
const written = new Map<number, string>();
const read = new Map<string, number>();
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
    text = new Date(ms).toISOString();
    if (written.size >= LIMIT) written.clear();
    written.set(ms, text);
  }
  return text;
}

/**
 * An instant's text read as `Date.parse` reads it, remembered.
 *
 * @param text - The text (an instant the library wrote).
 * @returns Epoch milliseconds, `NaN` for text that is none.
 */
export function isoMs(text: string): number {
  let ms = read.get(text);
  if (ms === undefined) {
    ms = Date.parse(text);
    if (read.size >= LIMIT) read.clear();
    read.set(text, ms);
  }
  return ms;
}

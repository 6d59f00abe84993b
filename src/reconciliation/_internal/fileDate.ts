import { utcDayOf } from '../../time/utcDayOf.ts';

/** The value of `count` digits at `at`, or -1 when one of them is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Whether `text[from, end)` is the time of a Graph export's instant after its date: `Thh:mm`,
 * `:ss` and a fraction optional, then `Z` or a zero offset (`+00:00`, `-0000`).
 */
function isUtcTime(text: string, from: number, end: number): boolean {
  if (text.charCodeAt(from) !== 84 || text.charCodeAt(from + 3) !== 58) return false;
  const hours = digitsAt(text, from + 1, 2);
  const minutes = digitsAt(text, from + 4, 2);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return false;
  let i = from + 6;
  if (text.charCodeAt(i) === 58) {
    const seconds = digitsAt(text, i + 1, 2);
    if (seconds < 0 || seconds > 59) return false;
    i += 3;
    if (text.charCodeAt(i) === 46) {
      const first = ++i;
      while (i < end && digitsAt(text, i, 1) >= 0) i++;
      if (i === first) return false;
    }
  }
  const zone = text.slice(i, end);
  return (
    zone === 'Z' || zone === '+00:00' || zone === '-00:00' || zone === '+0000' || zone === '-0000'
  );
}

/**
 * Reads a date cell of Partner Center's reconciliation file (REC-2, R1, R10) as a UTC calendar day
 * (days since 1970-01-01), by one scan of its characters: `YYYY-MM-DD`, `YYYY-MM-DDThh:mm:ssZ` (a
 * Graph export; midnight, or the 23:59 an inclusive end is written with) and `M/D/YYYY` (Excel's
 * US re-save), with Excel's apostrophe and white space around it. A day that does not exist
 * (`2026-02-30`, `13/1/2026`) is `null`; an empty cell is `undefined`.
 *
 * @param cell - The cell as a CSV parser gives it (text; anything else is no date).
 * @returns The day number, `undefined` for an empty cell, `null` for one that is not a date.
 */
export function readFileDate(cell: unknown): number | undefined | null {
  if (cell === undefined || cell === null) return undefined;
  if (typeof cell !== 'string') return null;
  let i = 0;
  let end = cell.length;
  while (i < end && cell.charCodeAt(i) <= 32) i++;
  while (end > i && cell.charCodeAt(end - 1) <= 32) end--;
  if (i < end && cell.charCodeAt(i) === 39) {
    i++;
    while (i < end && cell.charCodeAt(i) <= 32) i++;
  }
  if (i === end) return undefined;
  if (cell.charCodeAt(i + 4) === 45) {
    // YYYY-MM-DD, then perhaps a time
    if (end - i < 10 || cell.charCodeAt(i + 7) !== 45) return null;
    if (end - i > 10 && !isUtcTime(cell, i + 10, end)) return null;
    return day(digitsAt(cell, i, 4), digitsAt(cell, i + 5, 2), digitsAt(cell, i + 8, 2));
  }
  // M/D/YYYY
  const slash = cell.charCodeAt(i + 1) === 47 ? i + 1 : cell.charCodeAt(i + 2) === 47 ? i + 2 : -1;
  if (slash < 0) return null;
  const next =
    cell.charCodeAt(slash + 2) === 47
      ? slash + 2
      : cell.charCodeAt(slash + 3) === 47
        ? slash + 3
        : -1;
  if (next < 0 || end - next !== 5) return null;
  return day(
    digitsAt(cell, next + 1, 4),
    digitsAt(cell, i, slash - i),
    digitsAt(cell, slash + 1, next - slash - 1),
  );
}

function day(year: number, month: number, dayOfMonth: number): number | null {
  if (year < 0 || month < 0 || dayOfMonth < 0) return null;
  return utcDayOf(year, month, dayOfMonth) ?? null;
}

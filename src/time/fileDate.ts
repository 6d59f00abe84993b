import { utcDayOf } from './utcDayOf.ts';

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

/** What {@link readFileDateBytes} answers for a cell it leaves to {@link readFileDate}. */
export const DATE_AS_TEXT = -1e9;

/**
 * The value of `count` digits of `bytes` at `at`, or -1 when one of them is not a digit or lies
 * at or past `end` (where a string has no character).
 */
function digitBytesAt(bytes: Uint8Array, at: number, count: number, end: number): number {
  if (at + count > end) return -1;
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = (bytes[i] as number) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * {@link readFileDate} of a cell's UTF-8 bytes, without making a string of them (REC-2): the same
 * day, `undefined` or `null` for every cell of ASCII; a cell with a byte past ASCII is left to the
 * text reader ({@link DATE_AS_TEXT}).
 *
 * @param bytes - The bytes holding the cell.
 * @param from - Where the cell starts.
 * @param to - Where it ends (exclusive).
 * @returns The day number, `undefined`, `null`, or `DATE_AS_TEXT` to read it as text.
 */
export function readFileDateBytes(
  bytes: Uint8Array,
  from: number,
  to: number,
): number | undefined | null {
  let i = from;
  let end = to;
  for (let k = from; k < to; k++) if ((bytes[k] as number) >= 0x80) return DATE_AS_TEXT;
  while (i < end && (bytes[i] as number) <= 32) i++;
  while (end > i && (bytes[end - 1] as number) <= 32) end--;
  if (i < end && bytes[i] === 39) {
    i++;
    while (i < end && (bytes[i] as number) <= 32) i++;
  }
  if (i === end) return undefined;
  if (bytes[i + 4] === 45 && i + 4 < end) {
    if (end - i < 10 || bytes[i + 7] !== 45) return null;
    if (end - i > 10 && !isUtcTimeBytes(bytes, i + 10, end)) return null;
    return day(
      digitBytesAt(bytes, i, 4, end),
      digitBytesAt(bytes, i + 5, 2, end),
      digitBytesAt(bytes, i + 8, 2, end),
    );
  }
  const slash = at(bytes, i + 1, end) === 47 ? i + 1 : at(bytes, i + 2, end) === 47 ? i + 2 : -1;
  if (slash < 0) return null;
  const next =
    at(bytes, slash + 2, end) === 47
      ? slash + 2
      : at(bytes, slash + 3, end) === 47
        ? slash + 3
        : -1;
  if (next < 0 || end - next !== 5) return null;
  return day(
    digitBytesAt(bytes, next + 1, 4, end),
    digitBytesAt(bytes, i, slash - i, end),
    digitBytesAt(bytes, slash + 1, next - slash - 1, end),
  );
}

/** The byte at `i` when it is before `end`, else none (as a string's `charCodeAt` past its end). */
function at(bytes: Uint8Array, i: number, end: number): number {
  return i < end ? (bytes[i] as number) : -1;
}

/** {@link isUtcTime} of bytes. */
function isUtcTimeBytes(bytes: Uint8Array, from: number, end: number): boolean {
  if (at(bytes, from, end) !== 84 || at(bytes, from + 3, end) !== 58) return false;
  const hours = digitBytesAt(bytes, from + 1, 2, end);
  const minutes = digitBytesAt(bytes, from + 4, 2, end);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return false;
  let i = from + 6;
  if (at(bytes, i, end) === 58) {
    const seconds = digitBytesAt(bytes, i + 1, 2, end);
    if (seconds < 0 || seconds > 59) return false;
    i += 3;
    if (at(bytes, i, end) === 46) {
      const first = ++i;
      while (i < end && digitBytesAt(bytes, i, 1, end) >= 0) i++;
      if (i === first) return false;
    }
  }
  // Z, or a zero offset: +00:00, -00:00, +0000, -0000
  const length = end - i;
  if (length === 1) return bytes[i] === 90;
  const sign = bytes[i];
  if ((length !== 6 && length !== 5) || (sign !== 43 && sign !== 45)) return false;
  const colon = length === 6;
  return (
    bytes[i + 1] === 48 &&
    bytes[i + 2] === 48 &&
    (!colon || bytes[i + 3] === 58) &&
    bytes[i + (colon ? 4 : 3)] === 48 &&
    bytes[i + (colon ? 5 : 4)] === 48
  );
}

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

/** What {@link dayShift} answers for a time that is none. */
const NO_TIME = 2;

/**
 * The days an instant's UTC day lies from its written date (TIME-1: an offset is converted), from
 * its time and offset in minutes: -1, 0 or 1.
 */
function shiftOf(hours: number, minutes: number, offset: number): number {
  const utc = hours * 60 + minutes - offset;
  return utc < 0 ? -1 : utc >= 1440 ? 1 : 0;
}

/**
 * The days from the date to the UTC day of the instant whose time is `text[from, end)` (`Thh:mm`,
 * `:ss` and a fraction optional, then `Z` or an offset `±hh:mm`, `±hhmm` or `±hh`), or
 * {@link NO_TIME} when it is no such time.
 */
function dayShift(text: string, from: number, end: number): number {
  if (text.charCodeAt(from) !== 84 || text.charCodeAt(from + 3) !== 58) return NO_TIME;
  const hours = digitsAt(text, from + 1, 2);
  const minutes = digitsAt(text, from + 4, 2);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return NO_TIME;
  let i = from + 6;
  if (text.charCodeAt(i) === 58) {
    const seconds = digitsAt(text, i + 1, 2);
    if (seconds < 0 || seconds > 59) return NO_TIME;
    i += 3;
    if (text.charCodeAt(i) === 46) {
      const first = ++i;
      while (i < end && digitsAt(text, i, 1) >= 0) i++;
      if (i === first) return NO_TIME;
    }
  }
  const length = end - i;
  if (length === 1) return text.charCodeAt(i) === 90 ? 0 : NO_TIME;
  const sign = text.charCodeAt(i);
  if ((sign !== 43 && sign !== 45) || (length !== 3 && length !== 5 && length !== 6))
    return NO_TIME;
  if (length === 6 && text.charCodeAt(i + 3) !== 58) return NO_TIME;
  const offsetHours = digitsAt(text, i + 1, 2);
  const offsetMinutes = length === 3 ? 0 : digitsAt(text, i + (length === 6 ? 4 : 3), 2);
  if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59)
    return NO_TIME;
  const offset = (offsetHours * 60 + offsetMinutes) * (sign === 45 ? -1 : 1);
  return shiftOf(hours, minutes, offset);
}

/**
 * Reads a date cell of Partner Center's reconciliation file (REC-2, R1, R10) as a UTC calendar day
 * (days since 1970-01-01), by one scan of its characters: `YYYY-MM-DD`, `YYYY-MM-DDThh:mm:ssZ` (a
 * Graph export; midnight, or the 23:59 an inclusive end is written with) or an instant with an
 * offset (`±hh:mm`, `±hhmm`, `±hh`), converted to UTC first (TIME-1: `2026-11-30T23:30:00-05:00`
 * is 1 December), and `M/D/YYYY` (Excel's
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
    const shift = end - i > 10 ? dayShift(cell, i + 10, end) : 0;
    if (shift === NO_TIME) return null;
    const date = day(digitsAt(cell, i, 4), digitsAt(cell, i + 5, 2), digitsAt(cell, i + 8, 2));
    return date === null ? null : date + shift;
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
    const shift = end - i > 10 ? dayShiftBytes(bytes, i + 10, end) : 0;
    if (shift === NO_TIME) return null;
    const date = day(
      digitBytesAt(bytes, i, 4, end),
      digitBytesAt(bytes, i + 5, 2, end),
      digitBytesAt(bytes, i + 8, 2, end),
    );
    return date === null ? null : date + shift;
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

/** {@link dayShift} of bytes. */
function dayShiftBytes(bytes: Uint8Array, from: number, end: number): number {
  if (at(bytes, from, end) !== 84 || at(bytes, from + 3, end) !== 58) return NO_TIME;
  const hours = digitBytesAt(bytes, from + 1, 2, end);
  const minutes = digitBytesAt(bytes, from + 4, 2, end);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return NO_TIME;
  let i = from + 6;
  if (at(bytes, i, end) === 58) {
    const seconds = digitBytesAt(bytes, i + 1, 2, end);
    if (seconds < 0 || seconds > 59) return NO_TIME;
    i += 3;
    if (at(bytes, i, end) === 46) {
      const first = ++i;
      while (i < end && digitBytesAt(bytes, i, 1, end) >= 0) i++;
      if (i === first) return NO_TIME;
    }
  }
  // Z, or an offset: ±hh:mm, ±hhmm, ±hh
  const length = end - i;
  if (length === 1) return bytes[i] === 90 ? 0 : NO_TIME;
  const sign = bytes[i];
  if ((sign !== 43 && sign !== 45) || (length !== 3 && length !== 5 && length !== 6))
    return NO_TIME;
  if (length === 6 && bytes[i + 3] !== 58) return NO_TIME;
  const offsetHours = digitBytesAt(bytes, i + 1, 2, end);
  const offsetMinutes = length === 3 ? 0 : digitBytesAt(bytes, i + (length === 6 ? 4 : 3), 2, end);
  if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59)
    return NO_TIME;
  const offset = (offsetHours * 60 + offsetMinutes) * (sign === 45 ? -1 : 1);
  return shiftOf(hours, minutes, offset);
}

import { dayOfText } from './isoInstants.ts';

/** A digit's value at `i`, or -1 for anything else. */
function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Two digits at `i`, or -1. */
function two(text: string, i: number): number {
  const a = digit(text, i);
  const b = digit(text, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/** The days of a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/**
 * The UTC day (TIME-5) of an instant as the library writes it, `YYYY-MM-DDTHH:mm:ss.sssZ`, read
 * from its digits: the replay's effects carry a few such texts each, and a day is only the date's
 * part of it. Any other text — another form, an offset, a field out of range — goes to the strict
 * reader (`dayOfText`), which reads it or names the field at fault, so the answer is the strict
 * reader's for every text.
 *
 * @param text - The instant.
 * @param path - The dot path of the object it is a field of.
 * @param field - The field, named in the error after `path`.
 * @returns Its day number (days since 1970-01-01).
 * @throws {@link RuleError} `INVALID_INSTANT` at `<path>.<field>` for text that is no instant.
 */
export function libraryDay(text: unknown, path: string, field: string): number {
  if (
    typeof text !== 'string' ||
    text.length !== 24 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58 ||
    text.charCodeAt(19) !== 46 ||
    text.charCodeAt(23) !== 90
  )
    return dayOfText(text, path, field);
  const high = two(text, 0);
  const low = two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const year = high * 100 + low;
  if (
    high < 0 ||
    low < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    !(two(text, 11) >= 0 && two(text, 11) <= 23) ||
    !(two(text, 14) >= 0 && two(text, 14) <= 59) ||
    !(two(text, 17) >= 0 && two(text, 17) <= 59) ||
    digit(text, 20) < 0 ||
    digit(text, 21) < 0 ||
    digit(text, 22) < 0
  )
    return dayOfText(text, path, field);
  // days from 1970-01-01 of a proleptic Gregorian date (eras of 400 years from 0000-03-01)
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

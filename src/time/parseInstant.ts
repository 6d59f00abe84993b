import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { timeOfDate } from '../kernel/timeOfDate.ts';
import { MS_PER_DAY } from '../kernel/units.ts';
import { daysFromCivil } from './_internal/daysFromCivil.ts';
import { daysInMonth } from './_internal/daysInMonth.ts';

/** An instant as the library accepts it: a valid `Date`, or an ISO 8601 string with `Z` or an offset. */
export type Instant = Date | string;

const EXPECTED = 'expected a valid Date or an ISO 8601 instant with Z or ±HH:mm';

/**
 * Reads an instant into epoch milliseconds (TIME-1). Strings must be
 * `YYYY-MM-DDTHH:mm[:ss[.f]]` then `Z` or `±HH:mm`, with 1 to 9 fractional digits cut (not rounded)
 * to milliseconds, and must name a real calendar day and time: `2026-02-30T00:00:00Z` is rejected
 * where `Date.parse` would roll it to 2 March. Parsed by hand, once, with no `Date` and no regular
 * expression, so it costs about as much as one `Date.parse`.
 *
 * @param value - The instant.
 * @param path - The dot path to name in an error.
 * @returns Milliseconds since 1970-01-01T00:00:00Z.
 * @throws {@link RuleError} `MISSING_FIELD` when `value` is `undefined`; `INVALID_INSTANT` otherwise.
 */
export function parseInstant(value: unknown, path: string): number {
  if (typeof value === 'string') {
    const ms = parseIsoInstant(value);
    if (!Number.isNaN(ms)) return ms;
  } else if (value instanceof Date) {
    const ms = timeOfDate(value);
    if (!Number.isNaN(ms)) return ms;
  } else if (value === undefined) {
    fail(RuleErrorCode.MISSING_FIELD, path, 'expected an instant', value);
  }
  return fail(RuleErrorCode.INVALID_INSTANT, path, EXPECTED, value);
}

/** Two decimal digits at `i`, or NaN. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

/** Epoch milliseconds of a strict ISO 8601 instant, or NaN when the text is not one. */
function parseIsoInstant(s: string): number {
  const length = s.length;
  if (length < 17 || length > 35) return Number.NaN;
  const year = two(s, 0) * 100 + two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  if (
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 ||
    s.charCodeAt(13) !== 58 ||
    !(month >= 1 && month <= 12 && hour <= 23 && minute <= 59) ||
    !(day >= 1 && day <= daysInMonth(year, month))
  ) {
    return Number.NaN;
  }
  let i = 16;
  let second = 0;
  let millis = 0;
  if (s.charCodeAt(i) === 58) {
    second = two(s, i + 1);
    if (!(second <= 59)) return Number.NaN;
    i += 3;
    if (s.charCodeAt(i) === 46) {
      const start = ++i;
      let scale = 100;
      for (let c = s.charCodeAt(i) - 48; c >= 0 && c <= 9; c = s.charCodeAt(++i) - 48) {
        millis += c * scale;
        scale = scale >= 10 ? scale / 10 : 0;
      }
      if (i === start || i - start > 9) return Number.NaN;
    }
  }
  let offsetMinutes = 0;
  const sign = s.charCodeAt(i);
  if (sign === 90) {
    if (i + 1 !== length) return Number.NaN;
  } else if ((sign === 43 || sign === 45) && i + 6 === length && s.charCodeAt(i + 3) === 58) {
    const offsetHour = two(s, i + 1);
    const offsetMinute = two(s, i + 4);
    if (!(offsetHour <= 23 && offsetMinute <= 59)) return Number.NaN;
    offsetMinutes = (sign === 43 ? 1 : -1) * (offsetHour * 60 + offsetMinute);
  } else {
    return Number.NaN;
  }
  return (
    daysFromCivil(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 +
    millis
  );
}

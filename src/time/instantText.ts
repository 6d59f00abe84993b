import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { END_OF_INSTANTS, MIN_INSTANT } from '../kernel/units.ts';
import { formatInstant } from './formatInstant.ts';

/**
 * The ISO 8601 UTC text of an instant the caller gave and the library has already parsed: the
 * caller's own string when it is already in `toISOString()` form (24 characters, milliseconds,
 * `Z`), so the common case costs no `Date`; otherwise the formatted milliseconds.
 *
 * @param value - The instant as given (already validated by `parseInstant`).
 * @param ms - Its epoch milliseconds.
 * @param path - The caller's field it came in, named if it is out of range.
 * @returns The canonical text.
 * @throws {@link RuleError} `OUT_OF_RANGE` at `path` for an instant outside the years 0000–9999
 *   (a `Date` of the year 275760, a text whose offset moves it past 9999), showing the caller's
 *   own value.
 */
export function instantText(value: unknown, ms: number, path: string): string {
  if (!(ms >= MIN_INSTANT && ms < END_OF_INSTANTS))
    fail(RuleErrorCode.OUT_OF_RANGE, path, 'expected an instant in the years 0000–9999', value);
  return typeof value === 'string' &&
    value.length === 24 &&
    value.charCodeAt(23) === 90 &&
    value.charCodeAt(19) === 46
    ? value
    : formatInstant(ms, path);
}

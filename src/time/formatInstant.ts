import { fail } from '../_internal/fail.ts';
import { END_OF_INSTANTS, MIN_INSTANT } from '../_internal/units.ts';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';

/**
 * Writes epoch milliseconds as the library returns every instant: `Date.prototype.toISOString()`
 * form in UTC, e.g. `2026-11-20T10:00:00.000Z` (SPEC TIME-1).
 *
 * Decided: an instant outside the years 0000–9999 is `OUT_OF_RANGE`, although a `Date` can hold a
 * little more, because `toISOString` writes those years with six digits and a sign, a form that
 * TIME-1 does not accept back; returned state must always be accepted again (PURE-1).
 *
 * @param ms - Epoch milliseconds.
 * @param path - The dot path to name in an error (the field being computed).
 * @returns The ISO 8601 UTC string.
 * @throws {@link RuleError} `OUT_OF_RANGE` for an instant outside 0000-01-01 … 9999-12-31.
 */
export function formatInstant(ms: number, path: string): string {
  if (!(ms >= MIN_INSTANT && ms < END_OF_INSTANTS)) {
    fail(RuleErrorCode.OUT_OF_RANGE, path, 'expected an instant in the years 0000–9999', ms);
  }
  return new Date(ms).toISOString();
}

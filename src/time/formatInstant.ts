import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { END_OF_INSTANTS, MIN_INSTANT } from '../kernel/units.ts';
import { isoText } from './_internal/isoText.ts';

/**
 * Writes epoch milliseconds as the library returns every instant: `Date.prototype.toISOString()`
 * form in UTC, e.g. `2026-11-20T10:00:00.000Z` (TIME-1). Written by integer arithmetic rather
 * than through a `Date`, because `toISOString` costs about three times as much and every decision
 * formats its instants; a property test holds the two equal over the whole range.
 *
 * Decided: an instant outside the years 0000–9999 is `OUT_OF_RANGE`, although a `Date` can hold a
 * little more, because `toISOString` writes those years with six digits and a sign, a form that
 * TIME-1 does not accept back; returned state must always be accepted again (PURE-1). The error
 * shows the instant in that six-digit form (`+010000-01-01T00:00:00.000Z`), never as epoch
 * milliseconds.
 *
 * @param ms - Epoch milliseconds (a fraction is cut toward zero, as a `Date` does).
 * @param path - The dot path to name in an error: the caller's field the instant is (a computed
 *   one goes through `formatDerivedInstant`, which names the field it was computed from).
 * @returns The ISO 8601 UTC string.
 * @throws {@link RuleError} `OUT_OF_RANGE` for an instant outside 0000-01-01 … 9999-12-31.
 */
export function formatInstant(ms: number, path: string): string {
  if (!(ms >= MIN_INSTANT && ms < END_OF_INSTANTS)) {
    fail(
      RuleErrorCode.OUT_OF_RANGE,
      path,
      'expected an instant in the years 0000–9999',
      isoText(ms),
    );
  }
  return isoText(ms);
}

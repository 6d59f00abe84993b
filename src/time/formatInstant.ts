import { civilFromDays } from '../_internal/civilFromDays.ts';
import { fail } from '../_internal/fail.ts';
import { END_OF_INSTANTS, MIN_INSTANT, MS_PER_DAY } from '../_internal/units.ts';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';

const date: [number, number, number] = [0, 0, 0];

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/**
 * Writes epoch milliseconds as the library returns every instant: `Date.prototype.toISOString()`
 * form in UTC, e.g. `2026-11-20T10:00:00.000Z` (SPEC TIME-1). Built by integer arithmetic, with no
 * `Date` allocated, because every state and decision writes instants and this is on the hot path.
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
  if (!(ms >= MIN_INSTANT && ms < END_OF_INSTANTS) || !Number.isInteger(ms)) {
    fail(RuleErrorCode.OUT_OF_RANGE, path, 'expected an instant in the years 0000–9999', ms);
  }
  const days = Math.floor(ms / MS_PER_DAY);
  let rest = ms - days * MS_PER_DAY;
  civilFromDays(days, date);
  const millis = rest % 1000;
  rest = (rest - millis) / 1000;
  const seconds = rest % 60;
  rest = (rest - seconds) / 60;
  const minutes = rest % 60;
  const hours = (rest - minutes) / 60;
  const year = date[0];
  const yyyy = year >= 1000 ? `${year}` : `${year + 10000}`.slice(1);
  const mmm = millis >= 100 ? `${millis}` : millis >= 10 ? `0${millis}` : `00${millis}`;
  return `${yyyy}-${pad2(date[1])}-${pad2(date[2])}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${mmm}Z`;
}

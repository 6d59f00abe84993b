import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { END_OF_INSTANTS, MIN_INSTANT, MS_PER_DAY } from '../kernel/units.ts';
import { civilFromDays } from './_internal/civilFromDays.ts';
import { isoText } from './_internal/isoText.ts';

const scratch: [number, number, number] = [0, 0, 0];

/** Two digits, zero-padded. */
function two(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/**
 * Writes epoch milliseconds as the library returns every instant: `Date.prototype.toISOString()`
 * form in UTC, e.g. `2026-11-20T10:00:00.000Z` (TIME-1). Written by integer arithmetic rather
 * than through a `Date`, because `toISOString` costs about three times as much and every decision
 * formats its instants; a property test holds the two equal over the whole range.
 *
 * Decided: an instant outside the years 0000–9999 is `OUT_OF_RANGE`, although a `Date` can hold a
 * little more, because `toISOString` writes those years with six digits and a sign, a form that
 * TIME-1 does not accept back; returned state must always be accepted again (PURE-1). The error
 * shows the instant in that form (`+010000-01-01T00:00:00.000Z`), never as epoch milliseconds.
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
  const whole = Math.trunc(ms);
  const days = Math.floor(whole / MS_PER_DAY);
  let rest = whole - days * MS_PER_DAY;
  const [year, month, day] = civilFromDays(days, scratch);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  const yyyy = year < 1000 ? `000${year}`.slice(-4) : `${year}`;
  const fff = milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : `${milli}`;
  return `${yyyy}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}.${fff}Z`;
}

import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { MS_PER_DAY } from '../kernel/units.ts';
import { utcDayOf } from './utcDayOf.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a calendar date as Partner Center writes an inclusive end date (`commitmentEndDate`,
 * `customTermEndDate`, MID-3): `YYYY-MM-DD`, a day that exists, read as 00:00:00Z of that UTC
 * day (TIME-5) by integer arithmetic — never rolled over as `Date.parse` rolls `2026-02-30`.
 *
 * @param value - The text.
 * @param path - The dot path to name in an error.
 * @returns Epoch milliseconds of the date's 00:00:00Z.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for anything else.
 */
export function parseCalendarDate(value: unknown, path: string): number {
  const parts = typeof value === 'string' ? DATE.exec(value) : null;
  const day =
    parts === null ? undefined : utcDayOf(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  if (day === undefined)
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a date YYYY-MM-DD that exists', value);
  return day * MS_PER_DAY;
}

import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { MS_PER_DAY } from '../../../kernel/units.ts';
import { formatCalendarDate } from '../../../time/formatCalendarDate.ts';
import { newCommerceTermEndAt } from '../../../time/newCommerceTermEndAt.ts';
import { parseCalendarDate } from '../../../time/parseCalendarDate.ts';
import { startOfUtcDay } from '../../../time/startOfUtcDay.ts';

/**
 * The end (exclusive) of a term aligned to `date` (MID-3): 00:00:00Z after the inclusive end date
 * `YYYY-MM-DD`, which must fall after the term's first date and not after its nominal inclusive
 * end (the date before `date(startMs)` + `months`, NCE-3). The nominal end itself is accepted:
 * the term is then nominal.
 *
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `path` for anything else.
 */
export function alignedEnd(date: unknown, startMs: number, months: number, path: string): number {
  const dayMs = parseCalendarDate(date, path);
  const nominalMs = newCommerceTermEndAt(startMs, months, 1);
  if (dayMs <= startOfUtcDay(startMs) || dayMs + MS_PER_DAY > nominalMs)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected a date after {first} and not after the nominal end {last}',
      date,
      formatCalendarDate(startMs, path),
      formatCalendarDate(nominalMs - MS_PER_DAY, path),
    );
  return dayMs + MS_PER_DAY;
}

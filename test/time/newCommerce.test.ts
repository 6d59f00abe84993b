import { UTCDate } from '@date-fns/utc';
import { addMonths, differenceInCalendarDays, addDays as fnsAddDays, startOfDay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochMs } from '../_arbitraries.ts';
import {
  billingPeriodAt,
  calendarDaysEndAt,
  formatInstant,
  newCommerceTermEndAt,
  parseInstant,
  startOfUtcDay,
} from '../_private.ts';

const at = (text: string): number => parseInstant(text, 'at');
const iso = (ms: number): string => formatInstant(ms, 'at');
const DAY = 86_400_000;

describe('calendarDaysEndAt', () => {
  it('NCE-3: 30 calendar days from 2021-09-14T16:44:03.4609789Z close at 2021-10-15T00:00:00.000Z (sample 2)', () => {
    const open = at('2021-09-14T16:44:03.4609789Z');
    const end = calendarDaysEndAt(open, 30);
    expect(iso(end)).toBe('2021-10-15T00:00:00.000Z');
    // Partner Center's own last minute inside, cancellationAllowedUntilDate 2021-10-14T23:59:00Z.
    expect(at('2021-10-14T23:59:00Z') < end).toBe(true);
  });

  it('NCE-3: 7 calendar days from 2026-11-20T10:00Z close at 2026-11-28T00:00:00.000Z, the whole 7th day inside', () => {
    const end = calendarDaysEndAt(at('2026-11-20T10:00:00Z'), 7);
    expect(iso(end)).toBe('2026-11-28T00:00:00.000Z');
    expect(iso(end - 1)).toBe('2026-11-27T23:59:59.999Z');
  });

  it('NCE-3: a window opened at 00:00:00.000Z or at 23:59:59.999Z of one day closes at the same midnight', () => {
    expect(calendarDaysEndAt(at('2026-01-01T00:00:00Z'), 7)).toBe(at('2026-01-09T00:00:00Z'));
    expect(calendarDaysEndAt(at('2026-01-01T23:59:59.999Z'), 7)).toBe(at('2026-01-09T00:00:00Z'));
  });

  describe('properties', () => {
    it('NCE-3: the end is the UTC midnight N + 1 days after the opening date (date-fns on UTCDate agrees)', () => {
      fc.assert(
        fc.property(epochMs, fc.integer({ min: 1, max: 400 }), (ms, n) => {
          const oracle = fnsAddDays(startOfDay(new UTCDate(ms)), n + 1).getTime();
          return calendarDaysEndAt(ms, n) === oracle;
        }),
      );
    });

    it('NCE-3: the window always holds more than N and at most N + 1 whole days', () => {
      fc.assert(
        fc.property(epochMs, fc.integer({ min: 1, max: 400 }), (ms, n) => {
          const length = calendarDaysEndAt(ms, n) - ms;
          return length > n * DAY && length <= (n + 1) * DAY;
        }),
      );
    });
  });
});

describe('newCommerceTermEndAt', () => {
  it('NCE-3: 2021-09-14T16:44:03.4609789Z + P3Y ends at 2024-09-14T00:00:00.000Z (sample 2, commitment end date 2024-09-13)', () => {
    expect(iso(newCommerceTermEndAt(at('2021-09-14T16:44:03.4609789Z'), 36, 1))).toBe(
      '2024-09-14T00:00:00.000Z',
    );
  });

  it('NCE-3: a term from 2024-01-31T15:00Z clamps to Feb 29 and comes back to the 31st (anchored, n-th term)', () => {
    const start = at('2024-01-31T15:00:00Z');
    expect([1, 2, 3, 4].map((n) => iso(newCommerceTermEndAt(start, 1, n)))).toEqual([
      '2024-02-29T00:00:00.000Z',
      '2024-03-31T00:00:00.000Z',
      '2024-04-30T00:00:00.000Z',
      '2024-05-31T00:00:00.000Z',
    ]);
  });

  describe('properties', () => {
    it('NCE-3: the n-th term end is 00:00Z of date(S) + n·months (date-fns addMonths on UTCDate agrees)', () => {
      fc.assert(
        fc.property(
          epochMs,
          fc.constantFrom(1, 12, 24, 36),
          fc.integer({ min: 1, max: 10 }),
          (ms, months, n) => {
            const oracle = addMonths(startOfDay(new UTCDate(ms)), months * n).getTime();
            return newCommerceTermEndAt(ms, months, n) === oracle;
          },
        ),
      );
    });

    it('NCE-3: every term end is a UTC midnight', () => {
      fc.assert(
        fc.property(epochMs, fc.constantFrom(1, 12, 24, 36), (ms, months) => {
          const end = newCommerceTermEndAt(ms, months, 1);
          return end === startOfUtcDay(end) && end > ms;
        }),
      );
    });
  });
});

/** The n-th term of a run anchored on `anchor` (NCE-3), as its billing periods see it. */
function nthTerm(anchor: number, termMonths: number, n: number) {
  return {
    startMs: n === 1 ? anchor : newCommerceTermEndAt(anchor, termMonths, n - 1),
    endMs: newCommerceTermEndAt(anchor, termMonths, n),
    months: termMonths,
  };
}

describe('billingPeriodAt', () => {
  it('NCE-3: the first monthly period of a term bought 2026-11-20T10:00Z runs to 2026-12-20T00:00:00.000Z (30 days)', () => {
    const start = at('2026-11-20T10:00:00Z');
    const period = billingPeriodAt(nthTerm(start, 12, 1), 1, at('2026-11-23T09:00:00Z'));
    expect([iso(period.startMs), iso(period.endMs), period.index]).toEqual([
      '2026-11-20T10:00:00.000Z',
      '2026-12-20T00:00:00.000Z',
      0,
    ]);
  });

  it('NCE-3: ±1 ms around a period boundary picks the earlier and the later period', () => {
    const term = nthTerm(at('2026-11-20T10:00:00Z'), 12, 1);
    const boundary = at('2026-12-20T00:00:00Z');
    expect(billingPeriodAt(term, 1, boundary - 1).index).toBe(0);
    const next = billingPeriodAt(term, 1, boundary);
    expect([next.index, iso(next.startMs), iso(next.endMs)]).toEqual([
      1,
      '2026-12-20T00:00:00.000Z',
      '2027-01-20T00:00:00.000Z',
    ]);
    expect(billingPeriodAt(term, 1, term.startMs).index).toBe(0);
  });

  it('NCE-3: annual periods of a P3Y term and the single triennial period', () => {
    const term = nthTerm(at('2024-02-29T12:00:00Z'), 36, 1);
    const second = billingPeriodAt(term, 12, at('2025-06-01T00:00:00Z'));
    expect([second.index, iso(second.startMs), iso(second.endMs)]).toEqual([
      1,
      '2025-02-28T00:00:00.000Z',
      '2026-02-28T00:00:00.000Z',
    ]);
    const whole = billingPeriodAt(term, 36, at('2026-12-31T23:59:59.999Z'));
    expect([whole.index, iso(whole.startMs), iso(whole.endMs)]).toEqual([
      0,
      '2024-02-29T12:00:00.000Z',
      '2027-02-28T00:00:00.000Z',
    ]);
  });

  it('NCE-11: the only period of the second P1M term anchored on 2026-03-31 is the term itself, 2026-04-30 to 2026-05-31 (31 days), ±1 ms at its end', () => {
    const term = nthTerm(at('2026-03-31T09:00:00Z'), 1, 3 - 1);
    expect([iso(term.startMs), iso(term.endMs)]).toEqual([
      '2026-04-30T00:00:00.000Z',
      '2026-05-31T00:00:00.000Z',
    ]);
    const last = billingPeriodAt(term, 1, at('2026-05-31T00:00:00Z') - 1);
    expect([last.index, iso(last.startMs), iso(last.endMs)]).toEqual([
      0,
      '2026-04-30T00:00:00.000Z',
      '2026-05-31T00:00:00.000Z',
    ]);
  });

  it('NCE-11: a renewed P1Y term anchored on the 31st bills monthly from the 31st whenever the month has one, and its last period ends at the term end', () => {
    const term = nthTerm(at('2025-01-31T00:00:00Z'), 12, 2);
    expect(iso(term.startMs)).toBe('2026-01-31T00:00:00.000Z');
    const feb = billingPeriodAt(term, 1, at('2026-03-30T12:00:00Z'));
    expect([feb.index, iso(feb.startMs), iso(feb.endMs)]).toEqual([
      1,
      '2026-02-28T00:00:00.000Z',
      '2026-03-31T00:00:00.000Z',
    ]);
    const last = billingPeriodAt(term, 1, term.endMs - 1);
    expect([last.index, iso(last.startMs), iso(last.endMs)]).toEqual([
      11,
      '2026-12-31T00:00:00.000Z',
      '2027-01-31T00:00:00.000Z',
    ]);
  });

  describe('properties', () => {
    it('NCE-3: the period contains the instant, starts at S or at 00:00Z of date(anchor) + offset + k periods, and ends at k + 1 (date-fns agrees)', () => {
      fc.assert(
        fc.property(
          epochMs,
          fc.constantFrom(1, 12, 36),
          fc.integer({ min: 0, max: 3 * 365 * DAY }),
          (start, months, offset) => {
            const term = nthTerm(start, 36, 1);
            const atMs = Math.min(start + offset, term.endMs - 1);
            const { startMs, endMs, index } = billingPeriodAt(term, months, atMs);
            const day0 = startOfDay(new UTCDate(start));
            const boundary = (k: number) =>
              k === 0 ? start : addMonths(day0, k * months).getTime();
            return (
              startMs <= atMs &&
              atMs < endMs &&
              startMs === boundary(index) &&
              endMs === boundary(index + 1) &&
              differenceInCalendarDays(new UTCDate(endMs), new UTCDate(startMs)) >= 28
            );
          },
        ),
      );
    });

    it('NCE-11: billing periods tile every term exactly: the first starts at the term start, each starts where the one before ended, the last ends at the term end, one per period of the term', () => {
      fc.assert(
        fc.property(
          epochMs,
          fc.constantFrom(
            [1, 1],
            [12, 1],
            [12, 12],
            [36, 1],
            [36, 12],
            [36, 36],
            [24, 1],
            [24, 12],
          ),
          fc.integer({ min: 1, max: 40 }),
          (anchor, [termMonths, periodMonths], n) => {
            const term = nthTerm(anchor, termMonths as number, n);
            let cursor = term.startMs;
            let count = 0;
            while (cursor < term.endMs) {
              const p = billingPeriodAt(term, periodMonths as number, cursor);
              if (p.startMs !== cursor || p.index !== count || p.endMs <= cursor) return false;
              cursor = p.endMs;
              count++;
            }
            return (
              cursor === term.endMs && count === (termMonths as number) / (periodMonths as number)
            );
          },
        ),
      );
    });
  });
});

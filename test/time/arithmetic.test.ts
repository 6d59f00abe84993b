import { UTCDate } from '@date-fns/utc';
import { addMonths } from 'date-fns';
import fc from 'fast-check';
import { RuleError } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { epochMs } from '../_arbitraries.ts';
import {
  addDays,
  addHours,
  addMonthsClamped,
  assertNotBefore,
  daysBetween,
  formatInstant,
  parseInstant,
  termEndAt,
  windowContains,
} from '../_private.ts';

const at = (text: string): number => parseInstant(text, 'at');
const iso = (ms: number): string => formatInstant(ms, 'at');

describe('addHours and addDays', () => {
  it('TIME-2: 24 hours after an order is exactly 86 400 000 ms later', () => {
    expect(iso(addHours(at('2026-11-20T10:00:00Z'), 24))).toBe('2026-11-21T10:00:00.000Z');
  });

  it('TIME-2: a day across a Sydney daylight-saving change is still 24 hours', () => {
    // Sydney leaves daylight saving at 2026-04-05T03:00+11:00 (2026-04-04T16:00Z).
    expect(iso(addDays(at('2026-04-04T12:00:00Z'), 1))).toBe('2026-04-05T12:00:00.000Z');
    expect(iso(addDays(at('2026-10-03T12:00:00Z'), 30))).toBe('2026-11-02T12:00:00.000Z');
  });

  describe('properties', () => {
    it('TIME-2: adding N UTC days equals adding N·86 400 000 ms under every TZ', () => {
      fc.assert(
        fc.property(
          epochMs,
          fc.integer({ min: -400, max: 400 }),
          fc.constantFrom('UTC', 'Australia/Sydney', 'America/Los_Angeles'),
          (ms, n, zone) => {
            const saved = process.env.TZ;
            process.env.TZ = zone;
            try {
              return addDays(ms, n) === ms + n * 86_400_000;
            } finally {
              process.env.TZ = saved;
            }
          },
        ),
      );
    });
  });
});

describe('termEndAt and addMonthsClamped', () => {
  it('TIME-4: 2024-01-31 + P1M = 2024-02-29 at the same time of day', () => {
    expect(iso(termEndAt(at('2024-01-31T15:30:00Z'), 'P1M', 1))).toBe('2024-02-29T15:30:00.000Z');
  });

  it('TIME-4: monthly terms anchored on Jan 31 end on Feb 29, Mar 31, Apr 30, May 31', () => {
    const anchor = at('2024-01-31T00:00:00Z');
    expect([1, 2, 3, 4, 13].map((n) => iso(termEndAt(anchor, 'P1M', n)))).toEqual([
      '2024-02-29T00:00:00.000Z',
      '2024-03-31T00:00:00.000Z',
      '2024-04-30T00:00:00.000Z',
      '2024-05-31T00:00:00.000Z',
      '2025-02-28T00:00:00.000Z',
    ]);
  });

  it('TIME-4: yearly and three-year terms from Feb 29 clamp to Feb 28 and return to Feb 29 in leap years', () => {
    const anchor = at('2024-02-29T08:00:00Z');
    expect(iso(termEndAt(anchor, 'P1Y', 1))).toBe('2025-02-28T08:00:00.000Z');
    expect(iso(termEndAt(anchor, 'P1Y', 4))).toBe('2028-02-29T08:00:00.000Z');
    expect(iso(termEndAt(anchor, 'P3Y', 1))).toBe('2027-02-28T08:00:00.000Z');
  });

  describe('properties', () => {
    it('TIME-4: an anchored monthly term starting on the 31st returns to the 31st in every month that has one', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1990, max: 2060 }),
          fc.constantFrom(0, 2, 4, 6, 7, 9, 11),
          fc.integer({ min: 1, max: 120 }),
          (year, month, n) => {
            const end = new Date(termEndAt(Date.UTC(year, month, 31, 9), 'P1M', n));
            const monthHas31 =
              new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 31)).getUTCDate() === 31;
            const lastDay = new Date(
              Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0),
            ).getUTCDate();
            return end.getUTCDate() === (monthHas31 ? 31 : lastDay) && end.getUTCHours() === 9;
          },
        ),
      );
    });

    it('TIME-4: adding months equals date-fns addMonths on a UTCDate (an independent oracle)', () => {
      fc.assert(
        fc.property(epochMs, fc.integer({ min: -50, max: 50 }), (ms, months) => {
          return addMonthsClamped(ms, months) === addMonths(new UTCDate(ms), months).getTime();
        }),
      );
    });
  });
});

describe('daysBetween', () => {
  it('TIME-5: 2026-01-01T23:00Z → 2026-01-02T01:00Z is 1 day', () => {
    expect(daysBetween(at('2026-01-01T23:00:00Z'), at('2026-01-02T01:00:00Z'))).toBe(1);
    expect(daysBetween(at('2026-01-01T00:00:00Z'), at('2026-01-01T23:59:59.999Z'))).toBe(0);
    expect(daysBetween(at('2026-01-02T00:00:00+10:00'), at('2026-01-02T00:00:00Z'))).toBe(1);
  });

  describe('properties', () => {
    it('TIME-5: days-between is additive (a→b + b→c = a→c for a ≤ b ≤ c)', () => {
      fc.assert(
        fc.property(epochMs, epochMs, epochMs, (x, y, z) => {
          const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
          return daysBetween(a, b) + daysBetween(b, c) === daysBetween(a, c);
        }),
      );
    });
  });
});

describe('windowContains and assertNotBefore', () => {
  it('TIME-3: a request before the window opens is OUT_OF_ORDER, never "inside"', () => {
    const orderedAt = at('2026-11-20T10:00:00Z');
    let error: unknown;
    try {
      assertNotBefore(orderedAt - 1, 'at', orderedAt, 'purchase.orderedAt');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).code).toBe('OUT_OF_ORDER');
    expect((error as RuleError).message).toBe(
      'at: expected an instant at or after purchase.orderedAt (2026-11-20T10:00:00.000Z), got "2026-11-20T09:59:59.999Z"',
    );
    expect(() => assertNotBefore(orderedAt, 'at', orderedAt, 'purchase.orderedAt')).not.toThrow();
  });

  describe('properties', () => {
    it('TIME-3: a half-open window contains its start and not its end', () => {
      fc.assert(
        fc.property(epochMs, fc.integer({ min: 1, max: 400 * 86_400_000 }), (start, length) => {
          return (
            windowContains(start, start + length, start) &&
            !windowContains(start, start + length, start + length) &&
            windowContains(start, start + length, start + length - 1)
          );
        }),
      );
    });
  });
});

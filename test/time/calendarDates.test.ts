import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleErrorOf } from '../_errors.ts';
import { formatCalendarDate, parseCalendarDate } from '../_private.ts';

const DAY = 86_400_000;

describe('calendar dates (MID-3)', () => {
  it('MID-3: an inclusive end date YYYY-MM-DD is read as 00:00:00Z of that UTC day, and written back', () => {
    expect(parseCalendarDate('2027-10-31', 'date')).toBe(Date.UTC(2027, 9, 31));
    expect(parseCalendarDate('2024-02-29', 'date')).toBe(Date.UTC(2024, 1, 29));
    expect(formatCalendarDate(Date.UTC(2027, 9, 31, 23, 59, 59, 999), 'date')).toBe('2027-10-31');
    expect(formatCalendarDate(Date.UTC(2027, 10, 1), 'date')).toBe('2027-11-01');
  });

  it('MID-3: a day that does not exist, another form, or not text is INVALID_ARGUMENT at the path (never rolled over)', () => {
    for (const bad of [
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-1-01',
      '2026-01-01T00:00:00Z',
      20261101,
      null,
    ])
      expect(ruleErrorOf(() => parseCalendarDate(bad, 'input.customTermEndDate'))).toMatchObject({
        code: 'INVALID_ARGUMENT',
        path: 'input.customTermEndDate',
      });
  });
});

describe('properties', () => {
  it('MID-3: writing a day and reading it back gives its 00:00:00Z, whatever the time of day', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }), (ms) => {
        expect(parseCalendarDate(formatCalendarDate(ms, 'date'), 'date')).toBe(
          Math.floor(ms / DAY) * DAY,
        );
      }),
    );
  });
});

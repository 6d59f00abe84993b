import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcMonthOfDay } from '../_private.ts';

describe('utcMonthOfDay', () => {
  it('TIME-1: the month of a day number is the UTC calendar’s, by integer arithmetic (against Date)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (day) => {
        const date = new Date(day * 86_400_000);
        expect(utcMonthOfDay(day)).toBe(date.getUTCFullYear() * 12 + date.getUTCMonth());
      }),
    );
    expect(utcMonthOfDay(20_787)).toBe(2026 * 12 + 10); // 2026-11-30
    expect(utcMonthOfDay(20_788)).toBe(2026 * 12 + 11); // 2026-12-01
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { upliftPercent } from '../_private.ts';

describe('upliftPercent', () => {
  it('EST-3: the uplift reads as 3 and 23 whether written as a percent (3, 23) or a fraction (0.03, 0.23)', () => {
    expect([upliftPercent(3), upliftPercent(0.03), upliftPercent(23), upliftPercent(0.23)]).toEqual(
      ['3', '3', '23', '23'],
    );
  });

  describe('properties', () => {
    it('EST-3: a fraction and its percent read the same, for every uplift of whole hundredths of a percent from 1 % to 99.99 %', () => {
      fc.assert(
        fc.property(fc.integer({ min: 100, max: 9999 }), (hundredths) => {
          const percent = hundredths / 100;
          expect(upliftPercent(hundredths / 10_000)).toBe(upliftPercent(percent));
          expect(upliftPercent(percent)).toBe(String(percent));
        }),
      );
    });
  });
});

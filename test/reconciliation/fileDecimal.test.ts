import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalText } from '../_private.ts';

describe('decimalText', () => {
  it('REC-2: 3120 at 2 decimals is 31.20, −5 at 2 is -0.05, 31200 at 3 for 2 decimals is 31.20, 0 at 4 for 2 is 0.00', () => {
    expect(decimalText({ units: 3120, scale: 2 }, 2)).toBe('31.20');
    expect(decimalText({ units: -5, scale: 2 }, 2)).toBe('-0.05');
    expect(decimalText({ units: 31_200, scale: 3 }, 2)).toBe('31.20');
    expect(decimalText({ units: 0, scale: 4 }, 2)).toBe('0.00');
    expect(decimalText({ units: -0, scale: 0 })).toBe('0');
    expect(decimalText({ units: Number.MAX_SAFE_INTEGER, scale: 2 }, 2)).toBe('90071992547409.91');
  });

  describe('properties', () => {
    it('REC-2: a safe integer’s text is its bigint’s, digit for digit, at every scale and number of decimals', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
          fc.integer({ min: 0, max: 22 }),
          fc.integer({ min: 0, max: 4 }),
          (units, scale, decimals) => {
            expect(decimalText({ units, scale }, decimals)).toBe(
              decimalText({ units: BigInt(units), scale }, decimals),
            );
          },
        ),
      );
    });
  });
});

import fc from 'fast-check';
import type { RoundingMode } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { multiplyDivide, roundingRules } from '../_private.ts';

const modes = Object.keys(roundingRules) as RoundingMode[];

/** An independent reference: exact rational rounding on bigint, written from the definitions. */
function reference(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const floor = n >= 0n ? n / d : -((-n + d - 1n) / d);
  const ceil = floor * d === n ? floor : floor + 1n;
  if (floor === ceil) return floor;
  const twice = 2n * (n - floor * d);
  const towardZero = n >= 0n ? floor : ceil;
  const awayFromZero = n >= 0n ? ceil : floor;
  switch (mode) {
    case 'floor':
      return floor;
    case 'ceiling':
      return ceil;
    case 'down':
      return towardZero;
    case 'up':
      return awayFromZero;
    default: {
      if (twice < d) return floor;
      if (twice > d) return ceil;
      if (mode === 'half-up') return awayFromZero;
      if (mode === 'half-down') return towardZero;
      return floor % 2n === 0n ? floor : ceil;
    }
  }
}

describe('multiplyDivide', () => {
  it('PRICE-5: rounds 2.5 and −2.5 as each mode says', () => {
    const at = (n: number, mode: RoundingMode) => multiplyDivide(n, 1, 2, roundingRules[mode]);
    expect(modes.map((mode) => [mode, at(5, mode), at(-5, mode)])).toEqual([
      ['half-up', 3, -3],
      ['half-even', 2, -2],
      ['half-down', 2, -2],
      ['up', 3, -3],
      ['down', 2, -2],
      ['ceiling', 3, -2],
      ['floor', 2, -3],
    ]);
    expect(multiplyDivide(7, 1, 2, roundingRules['half-even'])).toBe(4);
    expect(Object.is(multiplyDivide(-1, 1, 3, roundingRules.down), 0)).toBe(true);
  });

  describe('properties', () => {
    it('PRICE-5: equals an independent bigint reference for every mode, in and beyond the safe range', () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.maxSafeInteger()),
          fc.integer({ min: 0, max: 10_000_000 }),
          fc.integer({ min: 1, max: 11_000_000 }),
          fc.constantFrom(...modes),
          (a, b, d, mode) => {
            const expected = reference(BigInt(a) * BigInt(b), BigInt(d), mode);
            return multiplyDivide(a, b, d, roundingRules[mode]) === Number(expected);
          },
        ),
      );
    });

    it('PRICE-5: floor ≤ exact ≤ ceiling, and every mode lands on one of the two', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -1e9, max: 1e9 }),
          fc.integer({ min: 1, max: 1e6 }),
          (n, d) => {
            const floor = multiplyDivide(n, 1, d, roundingRules.floor);
            const ceiling = multiplyDivide(n, 1, d, roundingRules.ceiling);
            expect(floor * d <= n && n <= ceiling * d).toBe(true);
            for (const mode of modes)
              expect([floor, ceiling]).toContain(multiplyDivide(n, 1, d, roundingRules[mode]));
          },
        ),
      );
    });

    it('PRICE-5: down is toward zero, and the symmetric modes satisfy round(−x) = −round(x)', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -1e9, max: 1e9 }),
          fc.integer({ min: 1, max: 1e6 }),
          (n, d) => {
            expect(Math.abs(multiplyDivide(n, 1, d, roundingRules.down))).toBe(
              Math.floor(Math.abs(n) / d),
            );
            for (const mode of ['half-up', 'half-even', 'half-down', 'up', 'down'] as const) {
              expect(multiplyDivide(-n, 1, d, roundingRules[mode]) + 0).toBe(
                -multiplyDivide(n, 1, d, roundingRules[mode]) + 0,
              );
            }
          },
        ),
      );
    });

    it('PRICE-5: the half modes differ only on exact halves', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -1e9, max: 1e9 }),
          fc.integer({ min: 1, max: 1e6 }),
          (n, d) => {
            const results = new Set(
              (['half-up', 'half-even', 'half-down'] as const).map((mode) =>
                multiplyDivide(n, 1, d, roundingRules[mode]),
              ),
            );
            const exactHalf = (2 * Math.abs(n)) % (2 * d) === d;
            return exactHalf || results.size === 1;
          },
        ),
      );
    });
  });
});

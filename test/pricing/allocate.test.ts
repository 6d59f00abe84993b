import fc from 'fast-check';
import type { Money } from 'subscription-rules';
import { allocate } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';

const usd = (amount: number): Money => ({ amount, currency: 'USD' });

/** Largest remainder on bigint, written from PRICE-7's words, independently of the library. */
function referenceAllocate(total: number, weights: readonly number[]): number[] {
  const whole = BigInt(Math.abs(total));
  const sum = weights.reduce((a, b) => a + BigInt(b), 0n);
  const shares = weights.map((weight, index) => {
    const exact = whole * BigInt(weight);
    return { index, part: exact / sum, remainder: exact % sum };
  });
  let left = whole - shares.reduce((a, share) => a + share.part, 0n);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    if (left === 0n) break;
    share.part += 1n;
    left -= 1n;
  }
  return shares.map((share) => (total < 0 ? -Number(share.part) + 0 : Number(share.part)));
}
const split = (total: number, weights: number[]) =>
  allocate(usd(total), weights).map((part) => part.amount);

describe('allocate', () => {
  it('PRICE-7: 1.00 in three equal parts is 0.34, 0.33, 0.33 (the spare cent to the earliest)', () => {
    expect(allocate(usd(100), [1, 1, 1])).toEqual([usd(34), usd(33), usd(33)]);
    expect(split(1, [1, 1, 1])).toEqual([1, 0, 0]);
    expect(split(2, [1, 1, 1])).toEqual([1, 1, 0]);
  });

  it('PRICE-7: the spare units go to the largest remainders first, ties to the earlier index', () => {
    // 10 × 1/3 = 3.33…, 10 × 2/3 = 6.66…: the larger remainder wins though it comes later.
    expect(split(10, [1, 2])).toEqual([3, 7]);
    // 5 × 3/10 = 1.5 and 5 × 7/10 = 3.5: equal remainders, so the earlier part gets the unit.
    expect(split(5, [3, 7])).toEqual([2, 3]);
    expect(split(7, [1, 1, 1, 1, 1, 1])).toEqual([2, 1, 1, 1, 1, 1]);
  });

  it('PRICE-7: a negative total is split as its absolute value, then negated', () => {
    expect(split(-5, [3, 7])).toEqual([-2, -3]);
    expect(split(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(split(0, [1, 2]).every((part) => Object.is(part, 0))).toBe(true);
    expect(Object.is(split(-1, [0, 1])[0], 0)).toBe(true);
  });

  it('PRICE-7: a zero weight gets nothing; the currency is kept', () => {
    expect(split(100, [0, 1, 0, 1])).toEqual([0, 50, 0, 50]);
    expect(allocate({ amount: 1000, currency: 'JPY' }, [1, 3])).toEqual([
      { amount: 250, currency: 'JPY' },
      { amount: 750, currency: 'JPY' },
    ]);
  });

  it('PRICE-7: exact when total × weight leaves the safe integers', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(split(max, [1, 2 ** 40, 3])).toEqual(referenceAllocate(max, [1, 2 ** 40, 3]));
    // Exact shares …431.5000000000000018 and …559.4999999999999982: the first remainder is the larger.
    expect(split(-max, [2 ** 45, 2 ** 45 + 1])).toEqual([
      -4_503_599_627_370_432, -4_503_599_627_370_559,
    ]);
  });

  it('PRICE-7: no weights, all weights zero, a negative or non-integer weight is INVALID_ARGUMENT', () => {
    const cases: [unknown, string][] = [
      [[], 'weights'],
      [[0, 0], 'weights'],
      [[-1, 2], 'weights.0'],
      [[1, 1.5], 'weights.1'],
      [[1, Number.NaN], 'weights.1'],
      [[1, Number.POSITIVE_INFINITY], 'weights.1'],
      [[1, '2'], 'weights.1'],
      [[1, null], 'weights.1'],
      [[Number.MAX_SAFE_INTEGER, 1], 'weights'],
      ['1,1', 'weights'],
      [undefined, 'weights'],
    ];
    for (const [weights, path] of cases) {
      expect(errorOf(() => allocate(usd(100), weights as number[]))).toEqual({
        code: 'INVALID_ARGUMENT',
        path,
      });
    }
    expect(errorOf(() => allocate({ amount: 0.5, currency: 'USD' }, [1]))).toEqual({
      code: 'INVALID_AMOUNT',
      path: 'total.amount',
    });
  });

  describe('properties', () => {
    const cases = fc.tuple(
      fc.oneof(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
      ),
      fc
        .array(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 2 ** 45 })), {
          minLength: 1,
          maxLength: 12,
        })
        .filter((weights) => weights.some((weight) => weight > 0)),
    );

    it('PRICE-7: equals an independent bigint largest-remainder reference', () => {
      fc.assert(
        fc.property(cases, ([total, weights]) => {
          expect(split(total, weights)).toEqual(referenceAllocate(total, weights));
        }),
      );
    });

    it('PRICE-7: the parts sum to the total exactly', () => {
      fc.assert(
        fc.property(cases, ([total, weights]) => {
          const parts = split(total, weights);
          expect(parts).toHaveLength(weights.length);
          expect(parts.reduce((sum, part) => sum + BigInt(part), 0n)).toBe(BigInt(total));
        }),
      );
    });

    it('PRICE-7: each part is within one unit of its exact share, and on its side of zero', () => {
      fc.assert(
        fc.property(cases, ([total, weights]) => {
          const sum = weights.reduce((a, b) => a + BigInt(b), 0n);
          split(total, weights).forEach((part, i) => {
            // |part − total × w / sum| < 1  ⟺  |part × sum − total × w| < sum
            const gap = BigInt(part) * sum - BigInt(total) * BigInt(weights[i] as number);
            expect(gap < sum && -gap < sum).toBe(true);
            expect(part === 0 || Math.sign(part) === Math.sign(total)).toBe(true);
          });
        }),
      );
    });

    it('PRICE-7: negating the total negates every part', () => {
      fc.assert(
        fc.property(cases, ([total, weights]) => {
          expect(split(-total, weights)).toEqual(split(total, weights).map((part) => -part + 0));
        }),
      );
    });

    it('PRICE-7: a part never gets less than a part with a smaller weight', () => {
      fc.assert(
        fc.property(cases, ([total, weights]) => {
          const parts = split(Math.abs(total), weights);
          weights.forEach((w, i) => {
            weights.forEach((v, j) => {
              if (w > v) expect(parts[i] as number).toBeGreaterThanOrEqual(parts[j] as number);
            });
          });
        }),
      );
    });

    itKeepsTheContract(
      'allocate',
      allocate,
      cases.map(([total, weights]): [Money, number[]] => [usd(total), weights]),
    );
  });
});

import fc from 'fast-check';
import { money } from 'subscription-rules/arbitraries';
import { parseMoney } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { accepted, sameSamplesForOneSeed } from './_check.ts';

describe('money()', () => {
  it('PRICE-1: every sample is money parseMoney accepts unchanged: a safe integer of minor units', () => {
    fc.assert(
      fc.property(money(), (value) => {
        expect(accepted(parseMoney, value)).toEqual(value);
        expect(Number.isSafeInteger(value.amount)).toBe(true);
        expect(value.amount).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('PRICE-1: samples keep to the currencies and the range asked for', () => {
    fc.assert(
      fc.property(money({ currencies: ['JPY', 'KWD'], min: -500, max: 500 }), (value) => {
        expect(['JPY', 'KWD']).toContain(value.currency);
        expect(value.amount).toBeGreaterThanOrEqual(-500);
        expect(value.amount).toBeLessThanOrEqual(500);
      }),
    );
    const currencies = new Set(
      fc.sample(money(), { seed: 5, numRuns: 500 }).map((m) => m.currency),
    );
    expect(currencies.size).toBeGreaterThan(50);
  });

  it('determinism: one seed, one sequence of samples', () => {
    sameSamplesForOneSeed(() => money());
  });

  it('ERR-1: bad constraints are a RuleError naming the field', () => {
    expect(errorOf(() => money({ currencies: ['usd' as never] }))).toEqual({
      code: 'UNKNOWN_CURRENCY',
      path: 'constraints.currencies.0',
    });
    expect(errorOf(() => money({ currencies: [] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.currencies',
    });
    expect(errorOf(() => money({ min: 10, max: 9 }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.max',
    });
    expect(errorOf(() => money({ min: 0.5 }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.min',
    });
    expect(errorOf(() => money({ max: 2 ** 53 }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.max',
    });
  });
});

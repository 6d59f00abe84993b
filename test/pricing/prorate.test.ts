import fc from 'fast-check';
import type { Money } from 'subscription-rules';
import { prorate, RuleError } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { epochMs } from '../_arbitraries.ts';
import { itKeepsTheContract } from '../_contracts.ts';
import { codeOf } from '../_errors.ts';

const usd = (amount: number): Money => ({ amount, currency: 'USD' });
const year = { termStart: '2026-01-01T00:00:00Z', termEnd: '2027-01-01T00:00:00Z' };

describe('prorate', () => {
  it('PRICE-6: the day of the request counts as used: 365.00 for a year, cancelled on day 10, credits 355.00', () => {
    expect(prorate(usd(36_500), { ...year, at: '2026-01-10T23:59:59.999Z' })).toEqual(usd(35_500));
    expect(prorate(usd(36_500), { ...year, at: '2026-01-01T00:00:00Z' })).toEqual(usd(36_400));
    expect(prorate(usd(36_500), { ...year, at: '2026-12-31T12:00:00Z' })).toEqual(usd(0));
  });

  it('PRICE-6: rounds half-up unless told otherwise', () => {
    // 1000 × 1/2 of a 2-day term: 500; 1001 × 1/2 = 500.5.
    const twoDays = {
      termStart: '2026-01-01T00:00:00Z',
      termEnd: '2026-01-03T00:00:00Z',
      at: '2026-01-01T05:00:00Z',
    };
    expect(prorate(usd(1001), twoDays)).toEqual(usd(501));
    expect(prorate(usd(1001), twoDays, { rounding: 'half-even' })).toEqual(usd(500));
    expect(prorate(usd(-1001), twoDays)).toEqual(usd(-501));
  });

  it('PRICE-6: a term under one day is INVALID_ARGUMENT; an instant outside [termStart, termEnd) is OUT_OF_ORDER', () => {
    expect(
      codeOf(() =>
        prorate(usd(100), {
          termStart: '2026-01-01T00:00:00Z',
          termEnd: '2026-01-01T23:00:00Z',
          at: '2026-01-01T01:00:00Z',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => prorate(usd(100), { ...year, at: '2027-01-01T00:00:00Z' }))).toBe(
      'OUT_OF_ORDER',
    );
    expect(codeOf(() => prorate(usd(100), { ...year, at: '2025-12-31T23:59:59.999Z' }))).toBe(
      'OUT_OF_ORDER',
    );
  });

  it('ERR-1: a bad price, currency or rounding mode names its field', () => {
    expect(() =>
      prorate({ amount: 1.5, currency: 'USD' }, { ...year, at: year.termStart }),
    ).toThrow('price.amount');
    expect(
      codeOf(() =>
        prorate({ amount: 1, currency: 'usd' as 'USD' }, { ...year, at: year.termStart }),
      ),
    ).toBe('UNKNOWN_CURRENCY');
    expect(
      codeOf(() =>
        prorate(usd(1), { ...year, at: year.termStart }, { rounding: 'nearest' as 'up' }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() =>
        prorate(usd(1), { ...year, at: year.termStart }, { rounding: 'toString' as 'up' }),
      ),
    ).toBe('INVALID_ARGUMENT');
  });

  describe('properties', () => {
    const cases = fc
      .tuple(
        epochMs,
        fc.integer({ min: 1, max: 1200 }),
        fc.integer({ min: 0, max: 1e12 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      )
      .map(([start, days, amount, f1, f2]) => {
        const end = start + days * 86_400_000;
        const [p, q] = f1 <= f2 ? [f1, f2] : [f2, f1];
        const iso = (ms: number) => new Date(ms).toISOString();
        return {
          price: usd(amount),
          termStart: iso(start),
          termEnd: iso(end),
          early: iso(start + Math.floor(p * (end - start))),
          late: iso(start + Math.floor(q * (end - start))),
        };
      });

    it('PRICE-6: the credit never exceeds the price and never grows as `at` moves later', () => {
      fc.assert(
        fc.property(cases, ({ price, termStart, termEnd, early, late }) => {
          const first = prorate(price, { termStart, termEnd, at: early }).amount;
          const second = prorate(price, { termStart, termEnd, at: late }).amount;
          return 0 <= second && second <= first && first <= price.amount;
        }),
      );
    });

    itKeepsTheContract(
      'prorate',
      prorate,
      cases.map(
        ({ price, termStart, termEnd, early }) =>
          [price, { termStart, termEnd, at: early }] as [
            Money,
            { termStart: string; termEnd: string; at: string },
          ],
      ),
    );
  });

  it('ERR-1: a rounding mode that cannot become a key (a null-prototype object) is INVALID_ARGUMENT, not a TypeError (found by the fuzz suite)', () => {
    const period = {
      termStart: '2020-01-01T00:00:00.000Z',
      termEnd: '2020-01-02T00:00:00.000Z',
      at: '2020-01-01T00:00:00.000Z',
    };
    const price: Money = { amount: 100, currency: 'USD' };
    for (const rounding of [Object.create(null), Symbol('half-up'), ['half-up'], 'toString']) {
      const error = (() => {
        try {
          prorate(price, period, { rounding } as never);
        } catch (thrown) {
          return thrown;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(RuleError);
      expect((error as RuleError).path).toBe('constraints.rounding');
    }
    expect(() => prorate(price, period, 'half-up' as never)).toThrow(RuleError);
  });
});

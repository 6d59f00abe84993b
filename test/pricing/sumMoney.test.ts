import fc from 'fast-check';
import type { Money } from 'subscription-rules';
import { sumMoney } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';

const aud = (amount: number): Money => ({ amount, currency: 'AUD' });
const max = Number.MAX_SAFE_INTEGER;

describe('sumMoney', () => {
  it('PRICE-8: adds amounts of one currency', () => {
    expect(sumMoney([aud(999), aud(100)])).toEqual(aud(1099));
    expect(sumMoney([aud(-5)])).toEqual(aud(-5));
    expect(sumMoney([aud(5), aud(-5)])).toEqual(aud(0));
  });

  it('PRICE-8: two currencies are CURRENCY_MISMATCH, naming the first amount that differs', () => {
    expect(errorOf(() => sumMoney([aud(1), aud(2), { amount: 3, currency: 'USD' }]))).toEqual({
      code: 'CURRENCY_MISMATCH',
      path: 'amounts.2.currency',
    });
    expect(() => sumMoney([aud(1), { amount: 3, currency: 'NZD' }])).toThrow(
      'amounts.1.currency: expected AUD, the currency of amounts.0, got "NZD"',
    );
  });

  it('PRICE-8: no amounts, a non-list or a bad amount is refused with its path', () => {
    expect(errorOf(() => sumMoney([]))).toEqual({ code: 'INVALID_ARGUMENT', path: 'amounts' });
    expect(errorOf(() => sumMoney(aud(1) as unknown as Money[]))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'amounts',
    });
    expect(errorOf(() => sumMoney([aud(1), aud(1.5)]))).toEqual({
      code: 'INVALID_AMOUNT',
      path: 'amounts.1.amount',
    });
    expect(errorOf(() => sumMoney([aud(1), null as unknown as Money]))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'amounts.1',
    });
  });

  it('PRICE-8: only the total must be safe: an excursion past the safe range on the way is exact', () => {
    expect(sumMoney([aud(max), aud(1), aud(-1)])).toEqual(aud(max));
    expect(sumMoney([aud(max), aud(max), aud(-max)])).toEqual(aud(max));
    expect(errorOf(() => sumMoney([aud(max), aud(1)]))).toEqual({
      code: 'INVALID_AMOUNT',
      path: 'amounts',
    });
    expect(errorOf(() => sumMoney([aud(-max), aud(-1)]))).toEqual({
      code: 'INVALID_AMOUNT',
      path: 'amounts',
    });
  });

  describe('properties', () => {
    const lists = fc.array(
      fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -max, max })),
      { minLength: 1, maxLength: 20 },
    );

    it('PRICE-8: the total equals the exact bigint sum whenever that is safe, and is refused otherwise', () => {
      fc.assert(
        fc.property(lists, (list) => {
          const exact = list.reduce((sum, amount) => sum + BigInt(amount), 0n);
          if (exact > BigInt(max) || exact < -BigInt(max)) {
            expect(errorOf(() => sumMoney(list.map(aud)))).toEqual({
              code: 'INVALID_AMOUNT',
              path: 'amounts',
            });
          } else {
            expect(sumMoney(list.map(aud))).toEqual(aud(Number(exact)));
          }
        }),
      );
    });

    it('PRICE-8: the order of the amounts does not change the total', () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: -1e12, max: 1e12 }), { minLength: 1 }), (list) => {
          expect(sumMoney([...list].reverse().map(aud))).toEqual(sumMoney(list.map(aud)));
        }),
      );
    });

    itKeepsTheContract(
      'sumMoney',
      sumMoney,
      fc
        .array(fc.integer({ min: -1e12, max: 1e12 }), { minLength: 1, maxLength: 10 })
        .map((list): [Money[]] => [list.map(aud)]),
    );
  });
});

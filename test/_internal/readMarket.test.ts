import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMarket } from '../../src/_internal/readMarket.ts';
import { marketNames } from '../../src/markets/data/marketNames.ts';
import type { MarketCode } from '../../src/markets/MarketCode.ts';
import { errorOf } from '../_errors.ts';

const codes = Object.keys(marketNames) as MarketCode[];

describe('readMarket', () => {
  it('MKT-2: reads a market code in any case', () => {
    expect(readMarket('AU', 'market')).toBe('AU');
    expect(readMarket('au', 'market')).toBe('AU');
    expect(readMarket('bR', 'market')).toBe('BR');
    expect(readMarket('xk', 'market')).toBe('XK');
  });

  it('MKT-2: an unknown code is UNKNOWN_MARKET; a missing or non-string market names its field', () => {
    for (const value of ['ZZ', 'QQ', '', 'A', 'A1', '__', 'toString', '__proto__']) {
      expect(errorOf(() => readMarket(value, 'input.market'))).toEqual({
        code: 'UNKNOWN_MARKET',
        path: 'input.market',
      });
    }
    expect(errorOf(() => readMarket(undefined, 'input.market'))).toEqual({
      code: 'MISSING_FIELD',
      path: 'input.market',
    });
    for (const value of [null, 61, {}, ['AU']]) {
      expect(errorOf(() => readMarket(value, 'market'))).toEqual({
        code: 'INVALID_ARGUMENT',
        path: 'market',
      });
    }
  });

  describe('properties', () => {
    it('MKT-1: every Partner Center code reads back as itself, in upper or lower case', () => {
      fc.assert(
        fc.property(fc.constantFrom(...codes), fc.boolean(), (code, lower) => {
          expect(readMarket(lower ? code.toLowerCase() : code, 'market')).toBe(code);
        }),
      );
    });

    it('MKT-1: a two-letter text that is no market code is refused', () => {
      const letter = fc.integer({ min: 65, max: 90 }).map((c) => String.fromCharCode(c));
      fc.assert(
        fc.property(letter, letter, (a, b) => {
          const text = a + b;
          if (Object.hasOwn(marketNames, text)) return;
          expect(errorOf(() => readMarket(text, 'market'))).toEqual({
            code: 'UNKNOWN_MARKET',
            path: 'market',
          });
        }),
      );
    });
  });
});

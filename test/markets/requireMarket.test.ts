import fc from 'fast-check';
import type { MarketCode } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { marketNames, requireMarket } from '../_private.ts';

const codes = Object.keys(marketNames) as MarketCode[];

describe('requireMarket', () => {
  it('MKT-2: reads a market code in any case', () => {
    expect(requireMarket('AU', 'market')).toBe('AU');
    expect(requireMarket('au', 'market')).toBe('AU');
    expect(requireMarket('bR', 'market')).toBe('BR');
    expect(requireMarket('xk', 'market')).toBe('XK');
  });

  it('MKT-2: reads English names and aliases too, so quote and priceIncludesTax take them', () => {
    expect(requireMarket('Australia', 'market')).toBe('AU');
    expect(requireMarket('Swaziland', 'market')).toBe('SZ');
    expect(requireMarket('UK', 'market')).toBe('GB');
  });

  it('MKT-2: an unknown code is UNKNOWN_MARKET; a missing or non-string market names its field', () => {
    for (const value of ['ZZ', 'QQ', '', 'A', 'A1', '__', 'toString', '__proto__']) {
      expect(errorOf(() => requireMarket(value, 'input.market'))).toEqual({
        code: 'UNKNOWN_MARKET',
        path: 'input.market',
      });
    }
    expect(errorOf(() => requireMarket(undefined, 'input.market'))).toEqual({
      code: 'MISSING_FIELD',
      path: 'input.market',
    });
    for (const value of [null, 61, {}, ['AU']]) {
      expect(errorOf(() => requireMarket(value, 'market'))).toEqual({
        code: 'INVALID_ARGUMENT',
        path: 'market',
      });
    }
  });

  describe('properties', () => {
    it('MKT-1: every Partner Center code reads back as itself, in upper or lower case', () => {
      fc.assert(
        fc.property(fc.constantFrom(...codes), fc.boolean(), (code, lower) => {
          expect(requireMarket(lower ? code.toLowerCase() : code, 'market')).toBe(code);
        }),
      );
    });

    it('MKT-2: a two-letter text that is no market code is refused unless it is an alias (UK)', () => {
      const letter = fc.integer({ min: 65, max: 90 }).map((c) => String.fromCharCode(c));
      fc.assert(
        fc.property(letter, letter, (a, b) => {
          const text = a + b;
          if (Object.hasOwn(marketNames, text) || text === 'UK' || text === 'US') return;
          expect(errorOf(() => requireMarket(text, 'market'))).toEqual({
            code: 'UNKNOWN_MARKET',
            path: 'market',
          });
        }),
      );
    });
  });
});

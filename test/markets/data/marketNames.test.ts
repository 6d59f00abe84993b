import fc from 'fast-check';
import type { MarketCode } from 'subscription-rules';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { marketCode } from '../../_arbitraries.ts';
import { marketNames, normaliseMarketText } from '../../_private.ts';

/** Codes Intl knows that are not ISO 3166-1 assignments (reserved, withdrawn or groupings). */
const NOT_ISO = new Set(
  'AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(
    ' ',
  ),
);

describe('marketNames', () => {
  it('MKT-1: 253 codes in alphabetical order, with XK, XS, XE and XJ, typed as MarketCode', () => {
    const codes = Object.keys(marketNames);
    expect(codes).toHaveLength(253);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toEqual(expect.arrayContaining(['XK', 'XS', 'XE', 'XJ']));
    expectTypeOf<keyof typeof marketNames>().toEqualTypeOf<MarketCode>();
  });

  it('MKT-1: every ISO 3166-1 region the runtime knows is a market', () => {
    const display = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    const missing: string[] = [];
    for (let a = 65; a <= 90; a += 1) {
      for (let b = 65; b <= 90; b += 1) {
        const code = String.fromCharCode(a, b);
        if (
          display.of(code) !== undefined &&
          !NOT_ISO.has(code) &&
          !Object.hasOwn(marketNames, code)
        ) {
          missing.push(code);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('MKT-2: no two markets share a name, even after normalising', () => {
    const keys = Object.values(marketNames).map(normaliseMarketText);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('');
  });

  describe('properties', () => {
    it('MKT-1: every code is two upper-case ASCII letters', () => {
      fc.assert(fc.property(marketCode, (code) => /^[A-Z]{2}$/.test(code)));
    });
  });
});

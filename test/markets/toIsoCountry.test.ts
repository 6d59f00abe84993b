import fc from 'fast-check';
import type { IsoCountryCode } from 'subscription-rules';
import { toIsoCountry } from 'subscription-rules';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { anyCase, marketCode } from '../_arbitraries.ts';
import { itKeepsTheContract } from '../_contracts.ts';
import { ruleErrorOf } from '../_errors.ts';

describe('toIsoCountry', () => {
  it('MKT-1: Saba (XS) and Sint Eustatius (XE) map to BQ, Jan Mayen (XJ) to SJ, Kosovo stays XK', () => {
    expect(toIsoCountry('XS')).toBe('BQ');
    expect(toIsoCountry('XE')).toBe('BQ');
    expect(toIsoCountry('XJ')).toBe('SJ');
    expect(toIsoCountry('XK')).toBe('XK');
    expect(toIsoCountry('BQ')).toBe('BQ');
    expect(toIsoCountry('SJ')).toBe('SJ');
    expect(toIsoCountry('SZ')).toBe('SZ');
  });

  it('MKT-1: a code in lower case is read as its upper-case code', () => {
    expect(toIsoCountry('xs' as never)).toBe('BQ');
  });

  it('MKT-1: a name or an unknown code throws UNKNOWN_MARKET at path "code"; a non-string INVALID_ARGUMENT', () => {
    for (const value of ['Saba', 'ZZ', '', 'XSS']) {
      const error = ruleErrorOf(() => toIsoCountry(value as never));
      expect([error.code, error.path]).toEqual(['UNKNOWN_MARKET', 'code']);
    }
    expect(ruleErrorOf(() => toIsoCountry(7 as never)).code).toBe('INVALID_ARGUMENT');
  });

  it('MKT-1: the result type leaves out XS, XE and XJ', () => {
    expectTypeOf(toIsoCountry).returns.toEqualTypeOf<IsoCountryCode>();
    // @ts-expect-error XS is not an ISO 3166-1 code
    const saba: IsoCountryCode = 'XS';
    void saba;
  });

  describe('properties', () => {
    it('MKT-1: only XS, XE and XJ change; every other code maps to itself', () => {
      fc.assert(
        fc.property(marketCode, (code) =>
          ['XS', 'XE', 'XJ'].includes(code)
            ? toIsoCountry(code) !== code
            : toIsoCountry(code) === code,
        ),
      );
    });

    it('MKT-1: mapping twice is mapping once', () => {
      fc.assert(
        fc.property(marketCode, (code) => toIsoCountry(toIsoCountry(code)) === toIsoCountry(code)),
      );
    });

    it('MKT-1: the letter case of the code never changes the answer', () => {
      fc.assert(
        fc.property(
          marketCode.chain((code) => fc.tuple(fc.constant(code), anyCase(code))),
          ([code, written]) => toIsoCountry(written as never) === toIsoCountry(code),
        ),
      );
    });

    itKeepsTheContract('toIsoCountry', toIsoCountry, fc.tuple(marketCode));
  });
});

import fc from 'fast-check';
import { resolveMarket, tryResolveMarket } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { marketCode } from '../_arbitraries.ts';
import { itKeepsTheContract } from '../_contracts.ts';
import { marketNames } from '../_private.ts';

describe('tryResolveMarket', () => {
  it('MKT-2: resolves codes and names as resolveMarket does', () => {
    expect(tryResolveMarket('Swaziland')).toBe('SZ');
    expect(tryResolveMarket('Åland Islands')).toBe('AX');
    expect(tryResolveMarket('xs')).toBe('XS');
  });

  it('MKT-2: an unknown text, or a value that is not a string, is undefined, never an error', () => {
    for (const value of ['Atlantis', '', 'ZZ', 42, null, undefined, {}, ['DE'], Symbol('DE')]) {
      expect(tryResolveMarket(value)).toBeUndefined();
    }
  });

  describe('properties', () => {
    it('MKT-2: agrees with resolveMarket on every string: the same code, or undefined where it throws', () => {
      const text = fc.oneof(
        fc.string({ maxLength: 30 }),
        marketCode,
        marketCode.map((code) => marketNames[code]),
      );
      fc.assert(
        fc.property(text, (value) => {
          let expected: string | undefined;
          try {
            expected = resolveMarket(value);
          } catch {
            expected = undefined;
          }
          return tryResolveMarket(value) === expected;
        }),
      );
    });

    it('MKT-2: never throws, whatever it is given', () => {
      fc.assert(
        fc.property(fc.anything(), (value) => {
          tryResolveMarket(value);
        }),
      );
    });

    // `undefined` has no JSON form, so the contract runs on texts that resolve; the property
    // above covers the rest (the same answer as resolveMarket, which keeps the contract).
    itKeepsTheContract(
      'tryResolveMarket',
      tryResolveMarket,
      fc.tuple(
        fc.oneof(
          marketCode,
          marketCode.map((code) => marketNames[code]),
        ),
      ),
    );
  });
});

import fc from 'fast-check';
import { marketName } from 'subscription-rules';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { marketCode } from '../_arbitraries.ts';
import { itKeepsTheContract } from '../_contracts.ts';
import { ruleErrorOf } from '../_errors.ts';
import { marketNames } from '../_private.ts';

describe('marketName', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('MKT-4: the English name by default, through Intl.DisplayNames', () => {
    expect(marketName('SZ')).toBe('Eswatini');
    expect(marketName('DE')).toBe('Germany');
    expect(marketName('DE', 'en')).toBe(new Intl.DisplayNames('en', { type: 'region' }).of('DE'));
  });

  it('MKT-4: another locale gives the name in that language', () => {
    expect(marketName('DE', 'fr')).toBe('Allemagne');
    expect(marketName('DE', 'de')).toBe('Deutschland');
  });

  it('MKT-1, MKT-4: Partner Center’s own codes take the English table’s names in every locale', () => {
    for (const locale of ['en', 'fr', 'ja']) {
      expect(['XK', 'XS', 'XE', 'XJ'].map((code) => marketName(code as 'XK', locale))).toEqual([
        'Kosovo',
        'Saba',
        'Sint Eustatius',
        'Jan Mayen',
      ]);
    }
  });

  it('MKT-4: without Intl.DisplayNames every name comes from the English table', () => {
    vi.stubGlobal('Intl', { ...Intl, DisplayNames: undefined });
    expect(marketName('CD', 'fr')).toBe(marketNames.CD);
    expect(marketName('BQ')).toBe('Bonaire');
  });

  // A locale no other test asks for, so the cached display names of the stub are never reused.
  it('MKT-4: a code the runtime does not know falls back to the English table', () => {
    class NoRegions {
      of(): undefined {
        return undefined;
      }
    }
    vi.stubGlobal('Intl', { ...Intl, DisplayNames: NoRegions });
    expect(marketName('SZ', 'fr-CA')).toBe('Eswatini');
  });

  it('MKT-4: an unknown code throws UNKNOWN_MARKET at "code"; a bad locale INVALID_ARGUMENT at "locale"', () => {
    for (const code of ['ZZ', 'Saba', '']) {
      const error = ruleErrorOf(() => marketName(code as never));
      expect([error.code, error.path]).toEqual(['UNKNOWN_MARKET', 'code']);
    }
    for (const locale of ['??', '', 42]) {
      const error = ruleErrorOf(() => marketName('DE', locale as never));
      expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', 'locale']);
    }
  });

  describe('properties', () => {
    it('MKT-4: every market has a non-empty name in English and in French', () => {
      fc.assert(
        fc.property(
          marketCode,
          (code) => marketName(code).length > 0 && marketName(code, 'fr').length > 0,
        ),
      );
    });

    it('MKT-4: asking in another locale in between never changes the English answer', () => {
      fc.assert(
        fc.property(marketCode, fc.constantFrom('fr', 'de', 'ja'), (code, locale) => {
          const before = marketName(code);
          marketName(code, locale);
          return marketName(code) === before;
        }),
      );
    });

    itKeepsTheContract(
      'marketName',
      marketName,
      fc.tuple(marketCode, fc.constantFrom('en', 'fr', 'de', 'pt-BR')),
    );
  });
});

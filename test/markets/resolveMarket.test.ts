import fc from 'fast-check';
import type { MarketCode } from 'subscription-rules';
import { marketName, resolveMarket } from 'subscription-rules';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { anyCase, marketCode } from '../_arbitraries.ts';
import { itKeepsTheContract } from '../_contracts.ts';
import { ruleErrorOf } from '../_errors.ts';
import { marketNames } from '../_private.ts';
import sourceNames from './sourceNames.json' with { type: 'json' };

describe('resolveMarket', () => {
  it('MKT-2: every name of the unavailable-markets tables of 002 and 003 resolves to its own code', () => {
    for (const [document, table] of Object.entries(sourceNames)) {
      for (const [name, code] of Object.entries(table)) {
        expect([document, name, resolveMarket(name)]).toEqual([document, name, code]);
      }
    }
  });

  it('MKT-2, MKT-3: the tables of 002 and 003 name the same 109 distinct markets', () => {
    const codes = (table: Record<string, string>) => [...new Set(Object.values(table))].sort();
    expect(codes(sourceNames['002'])).toHaveLength(109);
    expect(codes(sourceNames['003'])).toEqual(codes(sourceNames['002']));
  });

  it.each([
    ['Saba', 'XS'],
    ['Sint Eustatius', 'XE'],
    ['Jan Mayen', 'XJ'],
    ['Bonaire', 'BQ'],
    ['Svalbard', 'SJ'],
    ['Kosovo', 'XK'],
    ['Swaziland', 'SZ'],
    ['Eswatini', 'SZ'],
    ['Aland Islands', 'AX'],
    ['Åland Islands', 'AX'],
  ])('MKT-1, MKT-2: %s resolves to %s', (name, code) => {
    expect(resolveMarket(name)).toBe(code);
  });

  it.each([
    [['Congo (DRC)', 'Democratic Republic of the Congo', 'DR Congo'], 'CD'],
    [['Vatican City', 'Holy See'], 'VA'],
    [['Laos', 'Lao PDR'], 'LA'],
    [['Reunion', 'Réunion'], 'RE'],
    [['U.S. Outlying Islands', 'United States Minor Outlying Islands'], 'UM'],
    [['St Helena, Ascension, Tristan da Cunha', 'St Helena Ascension Tristan da Cunha'], 'SH'],
    [['Czechia', 'Czech Republic'], 'CZ'],
    [['Türkiye', 'Turkey'], 'TR'],
    [['Burma', 'Myanmar'], 'MM'],
    [['Cabo Verde', 'Cape Verde'], 'CV'],
    [["Côte d'Ivoire", 'Côte d’Ivoire', 'Ivory Coast'], 'CI'],
    [['Macedonia', 'North Macedonia'], 'MK'],
    [['Korea', 'South Korea', 'Republic of Korea'], 'KR'],
    [['UK', 'Great Britain', 'United Kingdom'], 'GB'],
    [['USA', 'US', 'United States of America', 'United States'], 'US'],
    [['Russia', 'Russian Federation'], 'RU'],
  ] as const)('MKT-2: the alternative names %j resolve to %s', (names, code) => {
    for (const name of names) expect([name, resolveMarket(name)]).toEqual([name, code]);
  });

  it('MKT-2: ignores case, diacritics, punctuation, "&" for "and", surrounding space and a leading "the"', () => {
    expect(resolveMarket('THE GAMBIA')).toBe('GM');
    expect(resolveMarket('the Bahamas')).toBe('BS');
    expect(resolveMarket('cote divoire')).toBe('CI');
    expect(resolveMarket('Sao Tome & Principe')).toBe('ST');
    expect(resolveMarket('  Germany\t')).toBe('DE');
    expect(resolveMarket(' de ')).toBe('DE');
    expect(resolveMarket('Guinea-Bissau')).toBe('GW');
    expect(resolveMarket('Guinea Bissau')).toBe('GW');
  });

  it('MKT-1, MKT-2: two letters are read as a code first, in any case, then as a name', () => {
    expect(resolveMarket('in')).toBe('IN');
    expect(resolveMarket('xK')).toBe('XK');
    expect(resolveMarket('UK')).toBe('GB');
  });

  it.each(['Atlantis', '', '   ', 'ZZ', 'UN', 'Virgin Islands', 'the', 'ıt', 'Germany'.repeat(20)])(
    'MKT-2: an unknown text (%j) throws UNKNOWN_MARKET at path "text"',
    (text) => {
      const error = ruleErrorOf(() => resolveMarket(text));
      expect([error.code, error.path]).toEqual(['UNKNOWN_MARKET', 'text']);
    },
  );

  it('ERR-1: a value that is not a string is INVALID_ARGUMENT, an absent one MISSING_FIELD', () => {
    for (const value of [42, null, ['DE'], { code: 'DE' }]) {
      const error = ruleErrorOf(() => resolveMarket(value as never));
      expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', 'text']);
    }
    expect(ruleErrorOf(() => resolveMarket(undefined as never)).code).toBe('MISSING_FIELD');
  });

  it('MKT-1: returns a MarketCode literal type', () => {
    expectTypeOf(resolveMarket).returns.toEqualTypeOf<MarketCode>();
  });

  describe('properties', () => {
    it('MKT-2, MKT-4: every market’s English display name resolves back to its code', () => {
      fc.assert(fc.property(marketCode, (code) => resolveMarket(marketName(code, 'en')) === code));
    });

    it('MKT-2: every market’s table name resolves back to its code', () => {
      fc.assert(fc.property(marketCode, (code) => resolveMarket(marketNames[code]) === code));
    });

    it('MKT-1: a code in any letter case resolves to itself', () => {
      fc.assert(
        fc.property(
          marketCode.chain((code) => fc.tuple(fc.constant(code), anyCase(code))),
          ([code, written]) => resolveMarket(written) === code,
        ),
      );
    });

    it('MKT-2: changing a name’s letter case or adding punctuation and space never changes its market', () => {
      const noisy = marketCode.chain((code) =>
        fc.tuple(
          fc.constant(code),
          anyCase(marketNames[code]),
          fc.constantFrom('', ' ', '.', ' - ', '!', '  (', '’'),
        ),
      );
      fc.assert(
        fc.property(
          noisy,
          ([code, name, noise]) => resolveMarket(`${noise}${name}${noise}`) === code,
        ),
      );
    });

    it('MKT-2: an answer is always a code of the table, else UNKNOWN_MARKET', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 40 }), (text) => {
          try {
            return Object.hasOwn(marketNames, resolveMarket(text));
          } catch (error) {
            return (error as { code?: string }).code === 'UNKNOWN_MARKET';
          }
        }),
      );
    });

    itKeepsTheContract(
      'resolveMarket',
      resolveMarket,
      fc.tuple(
        fc.oneof(
          marketCode,
          marketCode.map((code) => marketNames[code]),
        ),
      ),
    );
  });
});

import fc from 'fast-check';
import type { MarketCode } from 'subscription-rules';
import { resolveMarket } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { marketAliases, marketNames, normaliseMarketText } from '../../_private.ts';

const aliases = Object.entries(marketAliases) as [string, MarketCode][];

describe('marketAliases', () => {
  it('MKT-2: every alias names a market and says something its name does not', () => {
    for (const [alias, code] of aliases) {
      expect([alias, Object.hasOwn(marketNames, code)]).toEqual([alias, true]);
      expect(normaliseMarketText(alias)).not.toBe(normaliseMarketText(marketNames[code]));
      expect(normaliseMarketText(alias)).not.toBe('');
    }
  });

  it('MKT-2: no name or alias shares its normalised key with one of another market', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const entries: [string, string][] = [
      ...Object.entries(marketNames),
      ...aliases.map(([alias, code]) => [code, alias] as [string, string]),
    ];
    for (const [code, text] of entries) {
      const key = normaliseMarketText(text);
      const seen = owner.get(key);
      if (seen !== undefined && seen !== code) clashes.push(`${text} (${code}) vs ${seen}`);
      owner.set(key, code);
    }
    expect(clashes).toEqual([]);
  });

  it('MKT-1, MKT-2: no two-letter alias reads as the code of another market', () => {
    for (const [alias, code] of aliases) {
      const key = normaliseMarketText(alias).toUpperCase();
      if (key.length === 2 && Object.hasOwn(marketNames, key))
        expect([alias, key]).toEqual([alias, code]);
    }
  });

  describe('properties', () => {
    it('MKT-2: every alias resolves to the market it lists', () => {
      fc.assert(
        fc.property(fc.constantFrom(...aliases), ([alias, code]) => resolveMarket(alias) === code),
      );
    });
  });
});

import fc from 'fast-check';
import type { MarketCode, Policy } from 'subscription-rules';
import { partnerCenterPolicies, priceIncludesTax, quote } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';
import { marketNames } from '../_private.ts';

const markets = Object.keys(marketNames) as MarketCode[];

describe('priceIncludesTax', () => {
  it('PRICE-2: list prices include tax in Australia and Brazil only', () => {
    expect(markets.filter((market) => priceIncludesTax(market))).toEqual(['AU', 'BR']);
    expect(priceIncludesTax('au')).toBe(true);
    expect(priceIncludesTax('US')).toBe(false);
  });

  it('PRICE-2, POL-2: both catalog policies agree; a policy of your own decides for itself', () => {
    for (const policy of partnerCenterPolicies) {
      expect(priceIncludesTax('BR', { policy })).toBe(true);
      expect(priceIncludesTax('NZ', { policy })).toBe(false);
    }
    const mine: Policy = {
      ...structuredClone(partnerCenterPolicies[1]),
      taxInclusiveMarkets: ['NZ'],
    };
    expect(priceIncludesTax('NZ', { policy: mine })).toBe(true);
    expect(priceIncludesTax('AU', { policy: JSON.parse(JSON.stringify(mine)) })).toBe(false);
  });

  it('MKT-2: an unknown market is UNKNOWN_MARKET; a missing one MISSING_FIELD', () => {
    expect(errorOf(() => priceIncludesTax('ZZ'))).toEqual({
      code: 'UNKNOWN_MARKET',
      path: 'market',
    });
    expect(errorOf(() => priceIncludesTax(undefined as unknown as string))).toEqual({
      code: 'MISSING_FIELD',
      path: 'market',
    });
    expect(errorOf(() => priceIncludesTax('AU', null as unknown as undefined))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options',
    });
  });

  describe('properties', () => {
    const cases = fc.tuple(fc.constantFrom(...markets), fc.constantFrom(...partnerCenterPolicies));

    it('PRICE-2: agrees with the quote of every market under every catalog policy', () => {
      fc.assert(
        fc.property(cases, ([market, policy]) => {
          const { listPriceIncludesTax } = quote(
            { listPrice: { amount: 1099, currency: 'AUD' }, market, taxRate: '0.1' },
            { policy },
          );
          expect(priceIncludesTax(market.toLowerCase(), { policy })).toBe(listPriceIncludesTax);
        }),
      );
    });

    itKeepsTheContract(
      'priceIncludesTax',
      priceIncludesTax,
      cases.map(([market, policy]): [string, { policy: Policy }] => [market, { policy }]),
    );
  });
});

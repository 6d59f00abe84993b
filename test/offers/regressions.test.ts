import { isAvailableInMarket, unavailableMarkets } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';

describe('families the library knows (found by review)', () => {
  it('MKT-3: every product family but Azure reservations is available in every market, Eswatini included', () => {
    for (const family of [
      'license-based',
      'software-subscription',
      'marketplace-saas',
      'marketplace-usage',
      'software-perpetual',
      'software-plan',
      'windows-7-esu',
      'azure-plan',
    ] as const) {
      expect(isAvailableInMarket(family, 'Swaziland')).toBe(true);
      expect(unavailableMarkets(family)).toEqual([]);
    }
    expect(isAvailableInMarket('azure-reservations', 'Swaziland')).toBe(false);
  });

  it('MKT-3: a misspelt family is still an error, never "available"', () => {
    expect(errorOf(() => isAvailableInMarket('licence-based' as never, 'DE'))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'family',
    });
  });
});

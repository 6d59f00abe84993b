import fc from 'fast-check';
import { isAvailableInMarket, toIsoCountry } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { marketCode } from '../../_arbitraries.ts';
import { marketNames } from '../../_private.ts';
import { run } from '../_run.ts';

describe('subscription-rules market', () => {
  it('MKT-2, MKT-3: Swaziland is SZ (ISO SZ), Eswatini, where Azure reservations are unavailable', () => {
    const { code, out } = run('market', 'Swaziland');
    expect(code).toBe(0);
    expect(out).toContain('Swaziland  → SZ  ISO SZ  Eswatini  azure-reservations unavailable');
    expect(out).toContain('partner-center-2021-03');
  });

  it('MKT-1: --json reports the Partner Center code and the ISO code apart; a name may come unquoted', () => {
    const { code, out } = run('market', 'Sint', 'Eustatius', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      input: 'Sint Eustatius',
      code: 'XE',
      isoCode: 'BQ',
      name: 'Sint Eustatius',
      productFamily: 'azure-reservations',
      available: false,
      policyId: 'partner-center-2021-03',
    });
  });

  it('MKT-3: --product-family names the family asked about; one no policy knows exits 2 naming the field', () => {
    const { out } = run('market', 'sz', '--product-family', 'azure-reservations', '--json');
    expect(JSON.parse(out)).toMatchObject({ code: 'SZ', productFamily: 'azure-reservations' });
    const typo = run('market', 'sz', '--product-family', 'azure-reservation');
    expect(typo.code).toBe(2);
    expect(typo.err).toMatch(
      /^error: --product-family: expected a product family the policy knows \(.*\), got "azure-reservation" \(did you mean azure-reservations\?\)\n$/,
    );
  });

  it('MKT-2, ERR-1: an unknown market, no market or an empty family exits 2 with one line naming the field', () => {
    const unknown = run('market', 'Atlantis');
    expect([unknown.code, unknown.out]).toEqual([2, '']);
    expect(unknown.err).toBe(
      'error: market: expected a Partner Center market code or name, got "Atlantis"\n',
    );
    for (const argv of [
      ['market'],
      ['market', 'DE', '--product-family', ''],
      ['market', '--colour'],
    ]) {
      const { code, err } = run(...argv);
      expect(code).toBe(2);
      expect(err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('lists itself in the help', () => {
    expect(run('--help').out).toContain('market');
    expect(run('market', '--help').out).toContain(
      'Usage: subscription-rules market <name-or-code>',
    );
  });

  describe('properties', () => {
    it('MKT-1..3: for every market, by code or by name, it reports what the library computes', () => {
      fc.assert(
        fc.property(marketCode, fc.boolean(), (market, byName) => {
          const { code, out } = run('market', byName ? marketNames[market] : market, '--json');
          expect(code).toBe(0);
          expect(JSON.parse(out)).toMatchObject({
            code: market,
            isoCode: toIsoCountry(market),
            available: isAvailableInMarket('azure-reservations', market),
          });
        }),
      );
    });
  });
});

import fc from 'fast-check';
import { partnerCenterPolicies, policyAt, RuleError } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { anyInstant, epochMs } from '../_arbitraries.ts';
import { itKeepsTheContract } from '../_contracts.ts';
import { legacyEditions } from '../_private.ts';

describe('policyAt', () => {
  it('POL-2: the 2020 rules end at 2021-03-07T23:59:59.999Z and the 2021 rules start at 2021-03-08T00:00:00Z', () => {
    expect(policyAt('2021-03-07T23:59:59.999Z').id).toBe('partner-center-2020-01');
    expect(policyAt('2021-03-08T00:00:00Z').id).toBe('partner-center-2021-03');
    expect(policyAt('2021-03-08T10:00:00+11:00').id).toBe('partner-center-2020-01');
    expect(policyAt(new Date(Date.UTC(2021, 2, 8))).id).toBe('partner-center-2021-03');
  });

  it('POL-2: the earliest documented rules also apply before their documents (decided)', () => {
    expect(policyAt('2015-01-01T00:00:00Z').id).toBe('partner-center-2020-01');
    expect(policyAt('0000-01-01T00:00:00Z').id).toBe('partner-center-2020-01');
  });

  it.each(['2021-03-08T00:00:00', 'yesterday', new Date(Number.NaN)])(
    'TIME-1: policyAt(%s) throws INVALID_INSTANT at path "instant"',
    (value) => {
      let error: unknown;
      try {
        policyAt(value);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(RuleError);
      expect((error as RuleError).code).toBe('INVALID_INSTANT');
      expect((error as RuleError).path).toBe('instant');
    },
  );

  it('POL-1: the catalog lists both legacy policies oldest first (then the New Commerce ones, NCE-1), and they differ only where §2 says', () => {
    const [older, newer] = partnerCenterPolicies;
    expect(partnerCenterPolicies.map((policy) => policy.id)).toEqual([
      'partner-center-2020-01',
      'partner-center-2021-03',
      'partner-center-nce-2021-10',
      'partner-center-nce-2022-03',
      'partner-center-nce-2022-07',
      'partner-center-nce-2023-01',
      'partner-center-nce-2025-04',
    ]);
    expect(older.products['software-perpetual'].cancellation).toMatchObject({
      window: { days: 60 },
    });
    expect(newer.products['software-perpetual'].cancellation).toMatchObject({
      window: { days: 30 },
    });
    expect(older.products['windows-7-esu'].cancellation).toMatchObject({
      outcome: 'support-request',
    });
    expect(newer.products['windows-7-esu'].cancellation).toEqual(
      newer.products['software-subscription'].cancellation,
    );
    expect(older.downloadLinks).toEqual({ validDays: 14, maxDownloads: 50 });
    expect(newer.downloadLinks).toBeNull();
    const same = (policy: typeof older) => {
      const { id, title, inForceFrom, sources, downloadLinks, products, ...rest } = policy;
      const {
        'software-perpetual': _p,
        'software-subscription': _s,
        'windows-7-esu': _w,
        ...otherProducts
      } = products;
      return { rest, otherProducts };
    };
    expect(same(newer)).toEqual(same(older));
  });

  it('POL-1: every number of SPEC §3–§9 is in the policy: 30-day trials, 90 + up to 30 days, AU and BR tax-inclusive, 109 markets, 50 000 USD of reservation refunds in 365 days', () => {
    for (const policy of partnerCenterPolicies) {
      expect(policy.trialDays).toBe(30);
      expect(policy.suspension).toEqual({
        baseDays: 90,
        maxExtraDays: 30,
        reasons: ['customer-request', 'nonpayment', 'fraud'],
      });
      expect(policy.taxInclusiveMarkets).toEqual(['AU', 'BR']);
      expect(new Set(policy.unavailableMarkets['azure-reservations']).size).toBe(109);
      expect(policy.roles['buy-software']).toEqual(['admin-agent', 'global-admin']);
      expect(policy.reservationRefunds).toEqual({
        limit: { amount: 5_000_000, currency: 'USD' },
        window: { days: 365 },
      });
    }
  });

  it('POL-2, RES-1: the table a reservation refund names its policy by lists the legacy catalog exactly', () => {
    expect(legacyEditions).toEqual(
      partnerCenterPolicies.slice(0, 2).map(({ id, inForceFrom }) => ({ id, inForceFrom })),
    );
  });

  describe('properties', () => {
    it('POL-2: the policy in force never goes back to an older one as the instant moves later', () => {
      fc.assert(
        fc.property(epochMs, epochMs, (a, b) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          const index = (ms: number) => partnerCenterPolicies.indexOf(policyAt(new Date(ms)));
          return index(early) <= index(late);
        }),
      );
    });

    it('POL-2: a Date and its ISO string pick the same policy', () => {
      fc.assert(
        fc.property(
          epochMs,
          (ms) => policyAt(new Date(ms)) === policyAt(new Date(ms).toISOString()),
        ),
      );
    });

    itKeepsTheContract('policyAt', policyAt, fc.tuple(anyInstant));
  });
});

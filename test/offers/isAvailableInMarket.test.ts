import fc from 'fast-check';
import type { Policy, ProductFamily } from 'subscription-rules';
import { isAvailableInMarket, partnerCenterPolicies } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { marketCode } from '../_arbitraries.ts';
import { itKeepsTheContract } from '../_contracts.ts';
import { ruleErrorOf } from '../_errors.ts';
import { marketNames } from '../_private.ts';
import sourceNames from '../markets/sourceNames.json' with { type: 'json' };

const policies = fc.constantFrom(...partnerCenterPolicies.map((policy) => ({ policy })));
const policyOption = fc.option(policies, { nil: undefined });

describe('isAvailableInMarket', () => {
  it('MKT-3: Azure reservations are unavailable in every market named in the tables of 002 and 003', () => {
    for (const table of Object.values(sourceNames)) {
      for (const name of Object.keys(table)) {
        expect([name, isAvailableInMarket('azure-reservations', name)]).toEqual([name, false]);
      }
    }
  });

  it('MKT-3: Swaziland and Eswatini are one market, unavailable; Germany and Bonaire’s neighbour Curaçao are available', () => {
    expect(isAvailableInMarket('azure-reservations', 'Swaziland')).toBe(false);
    expect(isAvailableInMarket('azure-reservations', 'sz')).toBe(false);
    expect(isAvailableInMarket('azure-reservations', 'DE')).toBe(true);
    expect(isAvailableInMarket('azure-reservations', 'Curaçao')).toBe(true);
  });

  it('MKT-3: markets compare as Partner Center codes: a policy listing only BQ leaves Saba (XS) available', () => {
    const policy: Policy = {
      ...partnerCenterPolicies[1],
      unavailableMarkets: { 'azure-reservations': ['BQ'] },
    };
    expect(isAvailableInMarket('azure-reservations', 'Bonaire', { policy })).toBe(false);
    expect(isAvailableInMarket('azure-reservations', 'Saba', { policy })).toBe(true);
  });

  it('MKT-3: a family neither the built-in policies nor the given policy know is INVALID_ARGUMENT: a typo never fails open', () => {
    for (const family of ['azure-reservation', 'office-365', 'constructor', '__proto__']) {
      const error = ruleErrorOf(() => isAvailableInMarket(family as ProductFamily, 'SZ'));
      expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', 'family']);
      expect(error.message).toContain('azure-reservations');
    }
    // @ts-expect-error a misspelt family does not compile without a policy of one’s own
    expect(() => isAvailableInMarket('azure-reservation', 'SZ')).toThrow();
  });

  it('MKT-3: a policy of one’s own may list a family of its own', () => {
    const policy: Policy = {
      ...partnerCenterPolicies[1],
      unavailableMarkets: { 'office-365': ['SZ'] },
    };
    expect(isAvailableInMarket('office-365', 'Eswatini', { policy })).toBe(false);
    expect(isAvailableInMarket('azure-reservations', 'Eswatini', { policy })).toBe(true);
  });

  it('MKT-2, MKT-3: an unknown market throws UNKNOWN_MARKET at path "market", never "available"', () => {
    for (const market of ['Atlantis', 'ZZ', '']) {
      const error = ruleErrorOf(() => isAvailableInMarket('azure-reservations', market));
      expect([error.code, error.path]).toEqual(['UNKNOWN_MARKET', 'market']);
    }
  });

  it('ERR-1: a family that is not a non-empty string, or a malformed policy, is INVALID_ARGUMENT', () => {
    for (const family of ['', 42, null]) {
      const error = ruleErrorOf(() => isAvailableInMarket(family as never, 'DE'));
      expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', 'family']);
    }
    const noTable = { ...partnerCenterPolicies[1], unavailableMarkets: null } as unknown as Policy;
    expect(ruleErrorOf(() => isAvailableInMarket('x', 'DE', { policy: noTable })).path).toBe(
      'options.policy.unavailableMarkets',
    );
    const noList = {
      ...partnerCenterPolicies[1],
      unavailableMarkets: { x: 'SZ' },
    } as unknown as Policy;
    expect(ruleErrorOf(() => isAvailableInMarket('x', 'DE', { policy: noList })).path).toBe(
      'options.policy.unavailableMarkets.x',
    );
    expect(ruleErrorOf(() => isAvailableInMarket('x', 'DE', 'p' as never)).code).toBe(
      'INVALID_ARGUMENT',
    );
  });

  describe('properties', () => {
    it('MKT-3: Azure reservations are unavailable exactly in the policy’s 109 markets, under both policies', () => {
      fc.assert(
        fc.property(marketCode, policyOption, (code, options) => {
          const listed = (options?.policy ?? partnerCenterPolicies[1]).unavailableMarkets[
            'azure-reservations'
          ]?.includes(code);
          const answer =
            options === undefined
              ? isAvailableInMarket('azure-reservations', code)
              : isAvailableInMarket('azure-reservations', code, options);
          return answer === !listed;
        }),
      );
    });

    it('MKT-2, MKT-3: a market’s name and its code always get the same answer', () => {
      fc.assert(
        fc.property(
          marketCode,
          (code) =>
            isAvailableInMarket('azure-reservations', code) ===
            isAvailableInMarket('azure-reservations', marketNames[code]),
        ),
      );
    });

    // Without options, or with a policy: a JSON copy of `[…, undefined]` would be `[…, null]`.
    // A policy of one's own may list a family of its own; without one, only the known families.
    const family = fc.constantFrom('azure-reservations', 'office-365');
    const ownPolicies = fc.constantFrom(
      ...partnerCenterPolicies.map((policy) => ({
        policy: {
          ...policy,
          unavailableMarkets: { ...policy.unavailableMarkets, 'office-365': ['SZ'] },
        },
      })),
    );
    itKeepsTheContract(
      'isAvailableInMarket',
      isAvailableInMarket as (...args: unknown[]) => boolean,
      fc.oneof(
        fc.tuple(fc.constant('azure-reservations'), marketCode),
        fc.tuple(
          family,
          fc.oneof(
            marketCode,
            marketCode.map((code) => marketNames[code]),
          ),
          ownPolicies,
        ),
      ),
    );
  });
});

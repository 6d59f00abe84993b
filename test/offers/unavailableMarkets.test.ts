import fc from 'fast-check';
import type { Policy, ProductFamily } from 'subscription-rules';
import { partnerCenterPolicies, resolveMarket, unavailableMarkets } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf, ruleErrorOf } from '../_errors.ts';
import sourceNames from '../markets/sourceNames.json' with { type: 'json' };

describe('unavailableMarkets', () => {
  it('MKT-3: Azure reservations: the 109 codes the tables of 002 and 003 name, under both policies', () => {
    const fromTables = [...new Set(Object.keys(sourceNames['002']).map(resolveMarket))].sort();
    expect(fromTables).toHaveLength(109);
    expect([...unavailableMarkets('azure-reservations')].sort()).toEqual(fromTables);
    for (const policy of partnerCenterPolicies) {
      expect([...unavailableMarkets('azure-reservations', { policy })].sort()).toEqual(fromTables);
    }
  });

  it('MKT-1, MKT-3: the list keeps Partner Center’s own codes apart from ISO’s', () => {
    expect(unavailableMarkets('azure-reservations')).toEqual(
      expect.arrayContaining(['XS', 'XE', 'XJ', 'XK', 'BQ', 'SJ', 'SZ', 'AX']),
    );
  });

  it('MKT-3: a family no policy knows is INVALID_ARGUMENT; one a policy of one’s own lists has its markets', () => {
    for (const family of ['office-365', '__proto__', 'azure-reservation']) {
      expect(errorOf(() => unavailableMarkets(family as ProductFamily))).toEqual({
        code: 'INVALID_ARGUMENT',
        path: 'family',
      });
    }
    const policy: Policy = {
      ...partnerCenterPolicies[1],
      unavailableMarkets: { 'office-365': [] },
    };
    expect(unavailableMarkets('office-365', { policy })).toEqual([]);
  });

  it('PURE-1: the answer is a new array; writing to it leaves the policy alone', () => {
    const first = unavailableMarkets('azure-reservations');
    first.length = 0;
    expect(unavailableMarkets('azure-reservations')).toHaveLength(109);
    expect(partnerCenterPolicies[1].unavailableMarkets['azure-reservations']).toHaveLength(109);
  });

  it('ERR-1: a policy of one’s own whose list holds something other than a market code is INVALID_ARGUMENT at that entry, never returned', () => {
    const base = partnerCenterPolicies[1];
    for (const [bad, index] of [
      [Number.NaN, 0],
      ['xs', 1],
      ['', 0],
      [null, 2],
      ['XSS', 1],
    ] as const) {
      const list: unknown[] = ['AG', 'AI', 'AQ'];
      list[index] = bad;
      const policy = {
        ...base,
        unavailableMarkets: { 'azure-reservations': list },
      } as unknown as Policy;
      const error = ruleErrorOf(() => unavailableMarkets('azure-reservations', { policy }));
      expect([error.code, error.path]).toEqual([
        'INVALID_ARGUMENT',
        `options.policy.unavailableMarkets.azure-reservations.${index}`,
      ]);
    }
  });

  it('ERR-1: a family that is not a non-empty string is INVALID_ARGUMENT at path "family"', () => {
    const error = ruleErrorOf(() => unavailableMarkets(7 as never));
    expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', 'family']);
  });

  describe('properties', () => {
    it('MKT-3: the list has no duplicates and only codes the policy lists', () => {
      fc.assert(
        fc.property(fc.constantFrom(...partnerCenterPolicies), (policy) => {
          const list = unavailableMarkets('azure-reservations', { policy });
          return (
            new Set(list).size === list.length &&
            list.every((code) => policy.unavailableMarkets['azure-reservations']?.includes(code))
          );
        }),
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
      'unavailableMarkets',
      unavailableMarkets as (...args: unknown[]) => string[],
      fc.oneof(fc.tuple(fc.constant('azure-reservations')), fc.tuple(family, ownPolicies)),
    );
  });
});

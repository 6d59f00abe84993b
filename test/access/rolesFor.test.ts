import fc from 'fast-check';
import type { Action } from 'subscription-rules';
import { partnerCenterPolicies, rolesFor } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';
import { actions, specTable } from './_roles.ts';

describe('rolesFor', () => {
  it('ROLE-1: lists the SPEC table roles for every action, under both policies', () => {
    for (const policy of partnerCenterPolicies) {
      for (const action of actions) {
        expect([action, [...rolesFor(action, { policy })].sort()]).toEqual([
          action,
          [...specTable[action]].sort(),
        ]);
      }
    }
  });

  it('ROLE-1: an unknown action is INVALID_ARGUMENT at path "action"', () => {
    expect(errorOf(() => rolesFor('hasOwnProperty' as Action))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'action',
    });
  });

  describe('properties', () => {
    it('PURE-1: changing the returned list changes no policy', () => {
      fc.assert(
        fc.property(fc.constantFrom(...actions), (action) => {
          const before = JSON.stringify(partnerCenterPolicies);
          (rolesFor(action) as string[]).push('sales-agent');
          (rolesFor(action) as string[]).length = 0;
          return JSON.stringify(partnerCenterPolicies) === before;
        }),
      );
    });

    itKeepsTheContract('rolesFor', rolesFor, fc.tuple(fc.constantFrom(...actions)));
  });
});

import fc from 'fast-check';
import type { Action, Role } from 'subscription-rules';
import { can, partnerCenterPolicies, rolesFor } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';
import { actions, roles, specTable } from './_roles.ts';

describe('can', () => {
  it('ROLE-1: every role and action answers as the SPEC table says, under both policies', () => {
    for (const policy of partnerCenterPolicies) {
      for (const action of actions) {
        for (const role of roles) {
          expect([action, role, can(role, action, { policy })]).toEqual([
            action,
            role,
            specTable[action].includes(role),
          ]);
        }
      }
    }
  });

  it('ROLE-1: only an admin agent gets software keys or cancels a software purchase', () => {
    expect(can('admin-agent', 'cancel-software-purchase')).toBe(true);
    expect(can('global-admin', 'cancel-software-purchase')).toBe(false);
    expect(can('global-admin', 'buy-software')).toBe(true);
    expect(can('account-admin', 'view-software-activity-log')).toBe(true);
    expect(can('account-admin', 'create-subscription')).toBe(false);
  });

  it('ROLE-1: an unknown or missing role or action is a RuleError naming it', () => {
    expect(errorOf(() => can('owner' as Role, 'buy-software'))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'role',
    });
    expect(errorOf(() => can('toString' as Role, 'buy-software'))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'role',
    });
    expect(errorOf(() => can(undefined as unknown as Role, 'buy-software'))).toEqual({
      code: 'MISSING_FIELD',
      path: 'role',
    });
    expect(errorOf(() => can('admin-agent', 'delete-tenant' as Action))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'action',
    });
    expect(errorOf(() => can('admin-agent', '__proto__' as Action))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'action',
    });
  });

  it('ROLE-1: a policy of your own decides, and a role it allows nothing is simply refused', () => {
    const mine = JSON.parse(JSON.stringify(partnerCenterPolicies[1]));
    mine.roles['buy-software'] = ['sales-agent'];
    expect(can('sales-agent', 'buy-software', { policy: mine })).toBe(true);
    expect(can('admin-agent', 'buy-software', { policy: mine })).toBe(false);
  });

  describe('properties', () => {
    it('ROLE-1: can(role, action) holds exactly when rolesFor(action) lists the role', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...roles),
          fc.constantFrom(...actions),
          (role, action) => can(role, action) === rolesFor(action).includes(role),
        ),
      );
    });

    itKeepsTheContract(
      'can',
      can,
      fc.tuple(fc.constantFrom(...roles), fc.constantFrom(...actions)),
    );
  });
});

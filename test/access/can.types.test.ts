import type { Role } from 'subscription-rules';
import { can, rolesFor } from 'subscription-rules';
import { describe, expectTypeOf, it } from 'vitest';

describe('types', () => {
  it('ROLE-1: roles and actions are literal types; a misspelt one does not compile', () => {
    expectTypeOf(can).returns.toEqualTypeOf<boolean>();
    expectTypeOf(rolesFor).returns.toEqualTypeOf<readonly Role[]>();
    const neverCalled = () => {
      // @ts-expect-error a misspelt role does not compile
      can('admin_agent', 'buy-software');
      // @ts-expect-error a misspelt action does not compile
      can('admin-agent', 'buy-sofware');
      // @ts-expect-error the list is read-only
      rolesFor('buy-software').push('sales-agent');
    };
    void neverCalled;
  });
});

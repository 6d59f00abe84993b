import fc from 'fast-check';
import { access, advance, createSubscription } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { apply, licence, newCommerceState } from './_states.ts';

describe('access (New Commerce)', () => {
  it('NCE-9: trial and active: users and admins; suspended: admins only', () => {
    expect(access(createSubscription({ ...licence, trial: {} }))).toEqual({
      users: true,
      admins: true,
    });
    const bought = createSubscription(licence);
    expect(access(bought)).toEqual({ users: true, admins: true });
    expect(
      access(apply(bought, { type: 'suspend', at: '2026-12-01T00:00:00Z', reason: 'fraud' })),
    ).toEqual({ users: false, admins: true });
  });

  it('NCE-9: expired: users and admins (not billed); disabled: admins only; cancelled, deleted: none', () => {
    // a software subscription: no Extended Service Term (EST-1), so it expires at its term's end
    const software = { ...licence, product: 'software-subscription' } as const;
    const off = apply(createSubscription(software), {
      type: 'set-auto-renew',
      at: '2026-12-01T00:00:00Z',
      enabled: false,
    });
    expect(access(advance(off, '2027-11-20T00:00:00Z').subscription)).toEqual({
      users: true,
      admins: true,
    });
    expect(access(advance(off, '2027-12-20T00:00:00Z').subscription)).toEqual({
      users: false,
      admins: true,
    });
    expect(access(advance(off, '2028-03-19T00:00:00Z').subscription)).toEqual({
      users: false,
      admins: false,
    });
    expect(
      access(apply(createSubscription(licence), { type: 'cancel', at: '2026-11-21T00:00:00Z' })),
    ).toEqual({ users: false, admins: false });
  });
});

describe('properties', () => {
  it('whoever users can reach, admins can reach too', () => {
    fc.assert(
      fc.property(newCommerceState, (state) => {
        const who = access(state);
        if (who.users) expect(who.admins).toBe(true);
      }),
    );
  });
});

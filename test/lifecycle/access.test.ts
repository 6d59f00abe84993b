import { access, createSubscription } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { accept } from './_helpers.ts';

describe('access', () => {
  it('LC-13, SUS-4: everyone in trial and active; admins only while suspended; nobody once ended', () => {
    const trial = createSubscription({
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      quantity: 1,
      orderedAt: '2026-01-01T00:00:00Z',
      freeTrial: true,
      accountOpenedAt: '2026-01-01T00:00:00Z',
      firstBillingPeriodStart: '2026-01-01T00:00:00Z',
    });
    expect(access(trial)).toEqual({ users: true, admins: true });
    const suspended = accept(trial, {
      type: 'suspend',
      at: '2026-01-02T00:00:00Z',
      reason: 'nonpayment',
    }).subscription;
    expect(access(suspended)).toEqual({ users: false, admins: true });
    const cancelled = accept(trial, { type: 'cancel', at: '2026-01-02T00:00:00Z' }).subscription;
    expect(access(cancelled)).toEqual({ users: false, admins: false });
  });
});

describe('suspension and sign-in', () => {
  it('SUS-4: while suspended, users cannot sign in or use the service; administrators can still sign in and reach the data', () => {
    const sub = createSubscription({
      product: 'software-subscription',
      quantity: 1,
      orderedAt: '2026-01-01T00:00:00Z',
      accountOpenedAt: '2026-01-01T00:00:00Z',
      firstBillingPeriodStart: '2026-01-01T00:00:00Z',
    });
    const suspended = accept(sub, {
      type: 'suspend',
      at: '2026-01-05T00:00:00Z',
      reason: 'customer-request',
    }).subscription;
    expect(access(suspended)).toEqual({ users: false, admins: true });
    expect(
      access(accept(suspended, { type: 'reactivate', at: '2026-01-06T00:00:00Z' }).subscription),
    ).toEqual({ users: true, admins: true });
  });
});

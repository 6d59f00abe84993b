import type { SubscriptionInput } from 'subscription-rules';
import { advance, createSubscription } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { codeOf } from './_helpers.ts';

const base: SubscriptionInput = {
  product: 'marketplace-saas',
  billingCycle: 'monthly',
  quantity: 1,
  orderedAt: '2026-11-20T10:00:00Z',
};

describe('createSubscription', () => {
  it('LC-1: starts active with its first term at orderedAt, auto-renew on, under the policy in force at the order', () => {
    expect(createSubscription(base)).toEqual({
      status: 'active',
      asOf: '2026-11-20T10:00:00.000Z',
      policyId: 'partner-center-2021-03',
      program: 'legacy',
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      term: 'P1M',
      quantity: 1,
      autoRenew: true,
      cancelAtRenewal: false,
      orderedAt: '2026-11-20T10:00:00.000Z',
      price: null,
      accountOpenedAt: null,
      firstBillingPeriodStart: null,
      trialEndsAt: null,
      termAnchor: '2026-11-20T10:00:00.000Z',
      termNumber: 1,
      termStart: '2026-11-20T10:00:00.000Z',
      termEnd: '2026-12-20T10:00:00.000Z',
      suspension: null,
    });
    expect(createSubscription({ ...base, orderedAt: '2021-03-07T12:00:00Z' }).policyId).toBe(
      'partner-center-2020-01',
    );
  });

  it('LC-1: the term defaults to the billing cycle for SaaS and to P1Y for software; usage has none', () => {
    expect(createSubscription({ ...base, billingCycle: 'annual' }).term).toBe('P1Y');
    expect(createSubscription({ ...base, term: 'P3Y' }).term).toBe('P3Y');
    expect(
      createSubscription({
        product: 'software-subscription',
        quantity: 2,
        orderedAt: base.orderedAt,
      }).term,
    ).toBe('P1Y');
    expect(
      createSubscription({
        product: 'windows-7-esu',
        quantity: 2,
        orderedAt: base.orderedAt,
        term: 'P3Y',
      }).termEnd,
    ).toBe('2029-11-20T10:00:00.000Z');
    const usage = createSubscription({
      product: 'marketplace-usage',
      quantity: 1,
      orderedAt: base.orderedAt,
    });
    expect(usage).toMatchObject({ term: null, termStart: null, termEnd: null, termAnchor: null });
    expect(advance(usage, '2099-01-01T00:00:00Z').events).toEqual([]);
  });

  it('LC-1: rejects products that are not subscriptions, bad terms, quantities and trials', () => {
    expect(
      codeOf(() =>
        createSubscription({ ...base, product: 'software-perpetual' as 'marketplace-saas' }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() => createSubscription({ ...base, product: 'office' as 'marketplace-saas' })),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() =>
        createSubscription({
          product: 'software-subscription',
          quantity: 1,
          orderedAt: base.orderedAt,
          term: 'P1M',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() =>
        createSubscription({
          product: 'marketplace-usage',
          quantity: 1,
          orderedAt: base.orderedAt,
          term: 'P1Y',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createSubscription({ ...base, billingCycle: undefined }))).toBe(
      'MISSING_FIELD',
    );
    expect(codeOf(() => createSubscription({ ...base, billingCycle: 'weekly' as 'monthly' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => createSubscription({ ...base, quantity: 0 }))).toBe('INVALID_QUANTITY');
    expect(codeOf(() => createSubscription({ ...base, quantity: 2.5 }))).toBe('INVALID_QUANTITY');
    expect(
      codeOf(() =>
        createSubscription({
          product: 'software-subscription',
          quantity: 1,
          orderedAt: base.orderedAt,
          freeTrial: true,
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createSubscription({ ...base, orderedAt: '2026-11-20' }))).toBe(
      'INVALID_INSTANT',
    );
    expect(
      codeOf(() =>
        createSubscription({
          ...base,
          accountOpenedAt: '2026-02-01T00:00:00Z',
          firstBillingPeriodStart: '2026-01-01T00:00:00Z',
        }),
      ),
    ).toBe('OUT_OF_ORDER');
    expect(
      codeOf(() => createSubscription({ ...base, price: { amount: 1.5, currency: 'USD' } })),
    ).toBe('INVALID_AMOUNT');
  });

  it('LC-2: a free trial starts in trial for 30 days, then converts and starts the first term at conversion', () => {
    const trial = createSubscription({ ...base, freeTrial: true });
    expect(trial).toMatchObject({
      status: 'trial',
      trialEndsAt: '2026-12-20T10:00:00.000Z',
      termStart: null,
      termEnd: null,
    });
    const converted = advance(trial, '2026-12-20T10:00:00Z');
    expect(converted.events).toEqual([{ type: 'trial-converted', at: '2026-12-20T10:00:00.000Z' }]);
    expect(converted.subscription).toMatchObject({
      status: 'active',
      trialEndsAt: null,
      termStart: '2026-12-20T10:00:00.000Z',
      termEnd: '2027-01-20T10:00:00.000Z',
    });
  });

  it("PURE-1: the state keeps a copy of the price, so changing the caller's object later changes nothing", () => {
    const price = { amount: 1000, currency: 'USD' } as const;
    const state = createSubscription({ ...base, price });
    expect(state.price).toEqual({ amount: 1000, currency: 'USD' });
    expect(state.price).not.toBe(price);
    const extra = { amount: 1000, currency: 'USD', note: 'kept by the caller' };
    expect(createSubscription({ ...base, price: extra as never }).price).toEqual({
      amount: 1000,
      currency: 'USD',
    });
  });

  it('LC-1: a negative unit price is INVALID_AMOUNT at input.price.amount, where it enters', () => {
    expect(
      errorOf(() => createSubscription({ ...base, price: { amount: -5, currency: 'USD' } })),
    ).toEqual({ code: 'INVALID_AMOUNT', path: 'input.price.amount' });
  });
});

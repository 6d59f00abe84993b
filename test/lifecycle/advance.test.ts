import { advance, createSubscription, nextDeadline, transition } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { codeOf } from './_helpers.ts';

describe('advance and nextDeadline', () => {
  it('LC-10: monthly terms anchored on Jan 31 renew on Feb 28/29, Mar 31, Apr 30 (TIME-4)', () => {
    const sub = createSubscription({
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      quantity: 1,
      orderedAt: '2024-01-31T00:00:00Z',
    });
    const { events, subscription } = advance(sub, '2024-06-01T00:00:00Z');
    expect(events.map((event) => event.at)).toEqual([
      '2024-02-29T00:00:00.000Z',
      '2024-03-31T00:00:00.000Z',
      '2024-04-30T00:00:00.000Z',
      '2024-05-31T00:00:00.000Z',
    ]);
    expect(events.every((event) => event.type === 'renewed')).toBe(true);
    expect(subscription).toMatchObject({
      asOf: '2024-06-01T00:00:00.000Z',
      termStart: '2024-05-31T00:00:00.000Z',
      termEnd: '2024-06-30T00:00:00.000Z',
      termNumber: 5,
    });
  });

  it('LC-10: an event exactly at `to` is applied (the window of the old term is half-open)', () => {
    const sub = createSubscription({
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      quantity: 1,
      orderedAt: '2026-01-15T00:00:00Z',
    });
    expect(advance(sub, '2026-02-14T23:59:59.999Z').events).toEqual([]);
    expect(advance(sub, '2026-02-15T00:00:00Z').events).toEqual([
      { type: 'renewed', at: '2026-02-15T00:00:00.000Z' },
    ]);
  });

  it('LC-10: advancing into the past is OUT_OF_ORDER; more than 10 000 events is INVALID_ARGUMENT', () => {
    const sub = createSubscription({
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      quantity: 1,
      orderedAt: '2026-01-15T00:00:00Z',
    });
    expect(codeOf(() => advance(sub, '2026-01-14T00:00:00Z'))).toBe('OUT_OF_ORDER');
    expect(advance(sub, '2859-01-01T00:00:00Z').events.length).toBe(9995);
    expect(codeOf(() => advance(sub, '2900-01-01T00:00:00Z'))).toBe('INVALID_ARGUMENT');
  });

  it('LC-10: nextDeadline is null for terminal states and for usage-based subscriptions', () => {
    const usage = createSubscription({
      product: 'marketplace-usage',
      quantity: 1,
      orderedAt: '2026-01-15T00:00:00Z',
    });
    expect(nextDeadline(usage)).toBeNull();
    const sub = createSubscription({
      product: 'marketplace-saas',
      billingCycle: 'annual',
      quantity: 1,
      orderedAt: '2026-01-15T00:00:00Z',
      freeTrial: true,
    });
    expect(nextDeadline(sub)).toEqual({ type: 'trial-converted', at: '2026-02-14T00:00:00.000Z' });
  });
});

describe('term end and data deletion', () => {
  const base = {
    product: 'marketplace-saas',
    billingCycle: 'annual',
    quantity: 1,
    orderedAt: '2026-01-01T00:00:00Z',
  } as const;

  it('LC-4: at the term end a scheduled cancellation cancels, auto-renew renews, and otherwise the subscription expires', () => {
    const sub = createSubscription(base);
    const renewed = advance(sub, '2027-01-01T00:00:00Z');
    expect(renewed.events).toEqual([{ type: 'renewed', at: '2027-01-01T00:00:00.000Z' }]);
    expect(renewed.subscription).toMatchObject({
      status: 'active',
      termStart: '2027-01-01T00:00:00.000Z',
      termEnd: '2028-01-01T00:00:00.000Z',
    });
    const off = transition(sub, {
      type: 'set-auto-renew',
      at: '2026-06-01T00:00:00Z',
      enabled: false,
    });
    if (!off.ok) throw new Error(off.message);
    expect(advance(off.subscription, '2027-01-01T00:00:00Z').subscription.status).toBe('expired');
    const scheduled = transition(sub, { type: 'cancel', at: '2026-06-01T00:00:00Z' });
    if (!scheduled.ok) throw new Error(scheduled.message);
    expect(advance(scheduled.subscription, '2027-01-01T00:00:00Z').events).toEqual([
      { type: 'cancelled', at: '2027-01-01T00:00:00.000Z' },
    ]);
  });

  it('LC-8: a subscription still suspended at expiresAt becomes deleted then and keeps its suspension as the record', () => {
    const sub = createSubscription({
      ...base,
      accountOpenedAt: '2025-01-01T00:00:00Z',
      firstBillingPeriodStart: '2025-02-15T00:00:00Z',
    });
    const suspended = transition(sub, {
      type: 'suspend',
      at: '2026-02-01T00:00:00Z',
      reason: 'fraud',
    });
    if (!suspended.ok) throw new Error(suspended.message);
    expect(suspended.subscription.suspension?.expiresAt).toBe('2026-06-01T00:00:00.000Z');
    expect(advance(suspended.subscription, '2026-05-31T23:59:59.999Z').subscription.status).toBe(
      'suspended',
    );
    const deleted = advance(suspended.subscription, '2026-06-01T00:00:00Z');
    expect(deleted.events).toEqual([{ type: 'data-deleted', at: '2026-06-01T00:00:00.000Z' }]);
    expect(deleted.subscription).toMatchObject({
      status: 'deleted',
      suspension: suspended.subscription.suspension,
    });
  });
});

import { allowedActions, createSubscription } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { accept } from './_helpers.ts';

const sub = createSubscription({
  product: 'marketplace-saas',
  billingCycle: 'monthly',
  quantity: 1,
  orderedAt: '2026-11-20T10:00:00Z',
});

describe('allowedActions', () => {
  it('LC-12: lists what a UI shows, with what each would do', () => {
    expect(allowedActions(sub, '2026-11-20T12:00:00Z')).toEqual([
      {
        type: 'cancel',
        outcome: 'full-credit',
        until: '2026-11-21T10:00:00.000Z',
        description: 'full-credit until 2026-11-21T10:00:00.000Z',
        messageId: 'action.cancel.full-credit',
        params: { until: '2026-11-21T10:00:00.000Z' },
      },
      {
        type: 'suspend',
        reasons: ['customer-request', 'nonpayment', 'fraud'],
        needs: ['accountOpenedAt', 'firstBillingPeriodStart'],
        description: 'suspend (needs accountOpenedAt and firstBillingPeriodStart)',
        messageId: 'action.suspend.needs-both',
        params: {},
      },
      {
        type: 'set-auto-renew',
        enabled: true,
        description: 'turn auto-renew on',
        messageId: 'action.auto-renew.on',
        params: {},
      },
      {
        type: 'set-auto-renew',
        enabled: false,
        description: 'turn auto-renew off',
        messageId: 'action.auto-renew.off',
        params: {},
      },
      {
        type: 'change-quantity',
        description: 'change the number of licenses',
        messageId: 'action.change-quantity',
        params: {},
      },
    ]);
    expect(allowedActions(sub, '2026-11-22T00:00:00Z')[0]).toEqual({
      type: 'cancel',
      outcome: 'cancel-at-renewal',
      until: null,
      description: 'cancel-at-renewal on 2026-12-20T10:00:00.000Z',
      messageId: 'action.cancel.cancel-at-renewal',
      params: { termEnd: '2026-12-20T10:00:00.000Z' },
    });
  });

  it('LC-12: with only the first billing period start given, suspend is listed with what it needs, never a throw (a RuleError about an event the caller never sent)', () => {
    const state = createSubscription({
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      quantity: 1,
      orderedAt: '2026-01-10T00:00:00Z',
      firstBillingPeriodStart: '2026-01-01T00:00:00Z',
    });
    expect(allowedActions(state, '2026-01-11T00:00:00Z')).toContainEqual({
      type: 'suspend',
      reasons: ['customer-request', 'nonpayment', 'fraud'],
      needs: ['accountOpenedAt'],
      description: 'suspend (needs accountOpenedAt)',
      messageId: 'action.suspend.needs',
      params: { field: 'accountOpenedAt' },
    });
    const later = createSubscription({
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      quantity: 1,
      orderedAt: '2026-01-10T00:00:00Z',
      accountOpenedAt: '2026-01-05T00:00:00Z',
    });
    expect(allowedActions(later, '2026-01-11T00:00:00Z').map((action) => action.type)).toContain(
      'suspend',
    );
  });

  it('LC-12: a suspended subscription offers only reactivate, until the data is deleted; an ended one nothing', () => {
    const suspended = accept(sub, {
      type: 'suspend',
      at: '2026-11-21T00:00:00Z',
      reason: 'nonpayment',
      accountOpenedAt: '2026-01-01T00:00:00Z',
      firstBillingPeriodStart: '2026-01-01T00:00:00Z',
    }).subscription;
    expect(allowedActions(suspended, '2026-11-22T00:00:00Z')).toEqual([
      {
        type: 'reactivate',
        until: '2027-02-19T00:00:00.000Z',
        description: 'reactivate before 2027-02-19T00:00:00.000Z',
        messageId: 'action.reactivate',
        params: { until: '2027-02-19T00:00:00.000Z' },
      },
    ]);
    expect(allowedActions(suspended, '2027-02-19T00:00:00Z')).toEqual([]);
  });
});

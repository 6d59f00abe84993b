import type { Subscription, SubscriptionEvent } from 'subscription-rules';
import { advance, createSubscription, nextDeadline, transition } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { accept, codeOf } from './_helpers.ts';

const saasMonthly = (orderedAt = '2026-11-20T10:00:00Z', extra: object = {}): Subscription =>
  createSubscription({
    product: 'marketplace-saas',
    billingCycle: 'monthly',
    quantity: 3,
    orderedAt,
    price: { amount: 1000, currency: 'USD' },
    ...extra,
  });

const account = {
  accountOpenedAt: '2026-01-01T00:00:00Z',
  firstBillingPeriodStart: '2026-01-11T00:00:00Z',
};

describe('transition', () => {
  it('LC-3: cancel within 24 hours of the order → cancelled now with a full credit for every license', () => {
    const result = accept(saasMonthly(), { type: 'cancel', at: '2026-11-21T09:59:59.999Z' });
    expect(result.subscription.status).toBe('cancelled');
    expect(result.subscription.asOf).toBe('2026-11-21T09:59:59.999Z');
    expect(result.effects).toEqual([
      {
        type: 'credit',
        outcome: 'full-credit',
        credit: { amount: 3000, currency: 'USD' },
        rule: 'REF-1',
      },
    ]);
  });

  it('LC-3: cancel later → stays active, auto-renew off, cancelled at the term end', () => {
    const result = accept(saasMonthly(), { type: 'cancel', at: '2026-11-21T10:00:00Z' });
    expect(result.subscription).toMatchObject({
      status: 'active',
      cancelAtRenewal: true,
      autoRenew: false,
    });
    expect(result.effects).toEqual([
      { type: 'cancellation-scheduled', at: '2026-12-20T10:00:00.000Z', rule: 'REF-2' },
    ]);
    expect(nextDeadline(result.subscription)).toEqual({
      type: 'cancelled',
      at: '2026-12-20T10:00:00.000Z',
    });
    const later = advance(result.subscription, '2027-01-01T00:00:00Z');
    expect(later.subscription.status).toBe('cancelled');
    expect(later.events).toEqual([{ type: 'cancelled', at: '2026-12-20T10:00:00.000Z' }]);
  });

  it('LC-3: a second cancel while one is scheduled is CANCELLATION_SCHEDULED', () => {
    const scheduled = accept(saasMonthly(), {
      type: 'cancel',
      at: '2026-11-25T00:00:00Z',
    }).subscription;
    expect(transition(scheduled, { type: 'cancel', at: '2026-11-26T00:00:00Z' })).toMatchObject({
      ok: false,
      code: 'CANCELLATION_SCHEDULED',
    });
  });

  it('LC-3: cancelling during a free trial ends it now with no effect (decided)', () => {
    const trial = saasMonthly('2026-11-20T10:00:00Z', { freeTrial: true });
    const result = accept(trial, { type: 'cancel', at: '2026-12-01T00:00:00Z' });
    expect(result.subscription.status).toBe('cancelled');
    expect(result.effects).toEqual([]);
  });

  it('LC-3: a usage-based subscription is cancelled now with a zero credit (REF-4)', () => {
    const usage = createSubscription({
      product: 'marketplace-usage',
      quantity: 1,
      orderedAt: '2026-01-01T00:00:00Z',
      price: { amount: 500, currency: 'EUR' },
    });
    expect(accept(usage, { type: 'cancel', at: '2027-06-01T00:00:00Z' }).effects).toEqual([
      {
        type: 'credit',
        outcome: 'no-refund',
        credit: { amount: 0, currency: 'EUR' },
        rule: 'REF-4',
      },
    ]);
  });

  it('LC-3: software subscriptions are refused NOT_CANCELLABLE after the window, and Windows 7 ESU of 2020 SUPPORT_REQUEST_REQUIRED', () => {
    const software = createSubscription({
      product: 'software-subscription',
      quantity: 1,
      orderedAt: '2026-01-01T00:00:00Z',
    });
    expect(transition(software, { type: 'cancel', at: '2026-01-31T00:00:00Z' })).toMatchObject({
      ok: false,
      code: 'NOT_CANCELLABLE',
    });
    expect(
      accept(software, { type: 'cancel', at: '2026-01-30T23:59:59.999Z' }).effects[0],
    ).toMatchObject({ outcome: 'prorated-credit' });
    const esu = createSubscription({
      product: 'windows-7-esu',
      quantity: 1,
      orderedAt: '2020-06-01T00:00:00Z',
    });
    expect(transition(esu, { type: 'cancel', at: '2020-06-02T00:00:00Z' })).toMatchObject({
      ok: false,
      code: 'SUPPORT_REQUEST_REQUIRED',
    });
  });

  it('LC-5: auto-renew off → expired at the term end; on again → renewals resume', () => {
    const off = accept(saasMonthly(), {
      type: 'set-auto-renew',
      at: '2026-11-25T00:00:00Z',
      enabled: false,
    }).subscription;
    expect(nextDeadline(off)).toEqual({ type: 'expired', at: '2026-12-20T10:00:00.000Z' });
    expect(advance(off, '2026-12-20T10:00:00Z').subscription.status).toBe('expired');
    const on = accept(off, {
      type: 'set-auto-renew',
      at: '2026-11-26T00:00:00Z',
      enabled: true,
    }).subscription;
    expect(nextDeadline(on)).toEqual({ type: 'renewed', at: '2026-12-20T10:00:00.000Z' });
  });

  it('LC-5: set-auto-renew is NOT_SUPPORTED on software, and turning it on while a cancellation is scheduled is CANCELLATION_SCHEDULED', () => {
    const software = createSubscription({
      product: 'software-subscription',
      quantity: 1,
      orderedAt: '2026-01-01T00:00:00Z',
    });
    expect(
      transition(software, { type: 'set-auto-renew', at: '2026-01-02T00:00:00Z', enabled: false }),
    ).toMatchObject({ ok: false, code: 'NOT_SUPPORTED' });
    const scheduled = accept(saasMonthly(), {
      type: 'cancel',
      at: '2026-11-25T00:00:00Z',
    }).subscription;
    expect(
      transition(scheduled, { type: 'set-auto-renew', at: '2026-11-26T00:00:00Z', enabled: true }),
    ).toMatchObject({ ok: false, code: 'CANCELLATION_SCHEDULED' });
    expect(
      transition(scheduled, { type: 'set-auto-renew', at: '2026-11-26T00:00:00Z', enabled: false })
        .ok,
    ).toBe(true);
  });

  it('LC-6: a suspension for nonpayment with a 10-day account gap deletes the data at suspendedAt + 100 days', () => {
    const suspended = accept(saasMonthly(), {
      type: 'suspend',
      at: '2026-11-22T00:00:00Z',
      reason: 'nonpayment',
      ...account,
    }).subscription;
    expect(suspended.status).toBe('suspended');
    expect(suspended.suspension).toEqual({
      at: '2026-11-22T00:00:00.000Z',
      reason: 'nonpayment',
      expiresAt: '2027-03-02T00:00:00.000Z',
      resumeTo: 'active',
    });
    expect(nextDeadline(suspended)).toEqual({
      type: 'data-deleted',
      at: '2027-03-02T00:00:00.000Z',
    });
    const later = advance(suspended, '2027-03-02T00:00:00Z');
    expect(later.events).toEqual([{ type: 'data-deleted', at: '2027-03-02T00:00:00.000Z' }]);
    expect(later.subscription).toMatchObject({
      status: 'deleted',
      suspension: suspended.suspension,
    });
  });

  it('LC-6: while suspended no renewal happens and every event but reactivate is NOT_ALLOWED (decided)', () => {
    const suspended = accept(saasMonthly(), {
      type: 'suspend',
      at: '2026-11-22T00:00:00Z',
      reason: 'fraud',
      ...account,
    }).subscription;
    expect(advance(suspended, '2027-01-30T00:00:00Z').events).toEqual([]);
    const events: SubscriptionEvent[] = [
      { type: 'cancel', at: '2026-11-23T00:00:00Z' },
      { type: 'suspend', at: '2026-11-23T00:00:00Z', reason: 'fraud' },
      { type: 'set-auto-renew', at: '2026-11-23T00:00:00Z', enabled: false },
      { type: 'change-quantity', at: '2026-11-23T00:00:00Z', quantity: 2 },
    ];
    for (const event of events)
      expect(transition(suspended, event)).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
  });

  it('LC-6: suspending without the account dates is MISSING_FIELD; a reason outside SUS-5 is INVALID_ARGUMENT', () => {
    expect(
      codeOf(() =>
        transition(saasMonthly(), {
          type: 'suspend',
          at: '2026-11-22T00:00:00Z',
          reason: 'nonpayment',
        }),
      ),
    ).toBe('MISSING_FIELD');
    expect(
      codeOf(() =>
        transition(saasMonthly(), {
          type: 'suspend',
          at: '2026-11-22T00:00:00Z',
          reason: 'holiday' as 'fraud',
          ...account,
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
  });

  it('LC-7: reactivation after a missed term end starts a fresh term at the reactivation instant', () => {
    const suspended = accept(saasMonthly(), {
      type: 'suspend',
      at: '2026-12-01T00:00:00Z',
      reason: 'nonpayment',
      ...account,
    }).subscription;
    const result = accept(suspended, { type: 'reactivate', at: '2027-01-15T08:00:00Z' });
    expect(result.events).toEqual([{ type: 'renewed', at: '2027-01-15T08:00:00.000Z' }]);
    expect(result.subscription).toMatchObject({
      status: 'active',
      suspension: null,
      termAnchor: '2027-01-15T08:00:00.000Z',
      termNumber: 1,
      termStart: '2027-01-15T08:00:00.000Z',
      termEnd: '2027-02-15T08:00:00.000Z',
    });
  });

  it('LC-7: reactivation before the term end simply resumes; a trial whose end passed converts then', () => {
    const suspended = accept(saasMonthly(), {
      type: 'suspend',
      at: '2026-12-01T00:00:00Z',
      reason: 'customer-request',
      ...account,
    }).subscription;
    const resumed = accept(suspended, { type: 'reactivate', at: '2026-12-10T00:00:00Z' });
    expect(resumed.events).toEqual([]);
    expect(resumed.subscription).toMatchObject({
      status: 'active',
      termEnd: '2026-12-20T10:00:00.000Z',
    });
    const trial = saasMonthly('2026-11-20T10:00:00Z', { freeTrial: true, ...account });
    const trialSuspended = accept(trial, {
      type: 'suspend',
      at: '2026-12-01T00:00:00Z',
      reason: 'nonpayment',
    }).subscription;
    const converted = accept(trialSuspended, { type: 'reactivate', at: '2027-01-05T00:00:00Z' });
    expect(converted.events).toEqual([{ type: 'trial-converted', at: '2027-01-05T00:00:00.000Z' }]);
    expect(converted.subscription).toMatchObject({
      status: 'active',
      trialEndsAt: null,
      termStart: '2027-01-05T00:00:00.000Z',
      termEnd: '2027-02-05T00:00:00.000Z',
    });
  });

  it('LC-7: a scheduled cancellation that fell due while suspended ends the subscription at reactivation', () => {
    const scheduled = accept(saasMonthly(), {
      type: 'cancel',
      at: '2026-11-25T00:00:00Z',
    }).subscription;
    const suspended = accept(scheduled, {
      type: 'suspend',
      at: '2026-12-01T00:00:00Z',
      reason: 'nonpayment',
      ...account,
    }).subscription;
    const result = accept(suspended, { type: 'reactivate', at: '2026-12-20T10:00:00Z' });
    expect(result.events).toEqual([{ type: 'cancelled', at: '2026-12-20T10:00:00.000Z' }]);
    expect(result.subscription.status).toBe('cancelled');
  });

  it('LC-7, LC-8: reactivating at or after expiresAt is TERMINAL: the data is already deleted', () => {
    const suspended = accept(saasMonthly(), {
      type: 'suspend',
      at: '2026-11-22T00:00:00Z',
      reason: 'nonpayment',
      ...account,
    }).subscription;
    expect(transition(suspended, { type: 'reactivate', at: '2027-03-01T23:59:59.999Z' }).ok).toBe(
      true,
    );
    expect(transition(suspended, { type: 'reactivate', at: '2027-03-02T00:00:00Z' })).toMatchObject(
      { ok: false, code: 'TERMINAL' },
    );
  });

  it('LC-9: change-quantity sets the licenses; a quantity that is not an integer ≥ 1 is INVALID_QUANTITY', () => {
    expect(
      accept(saasMonthly(), { type: 'change-quantity', at: '2026-11-21T00:00:00Z', quantity: 7 })
        .subscription.quantity,
    ).toBe(7);
    for (const quantity of [0, -1, 1.5, Number.NaN]) {
      expect(
        codeOf(() =>
          transition(saasMonthly(), {
            type: 'change-quantity',
            at: '2026-11-21T00:00:00Z',
            quantity,
          }),
        ),
      ).toBe('INVALID_QUANTITY');
    }
  });

  it('LC-11: every event on a terminal state is TERMINAL, whatever else is wrong with it', () => {
    const cancelled = accept(saasMonthly(), {
      type: 'cancel',
      at: '2026-11-20T11:00:00Z',
    }).subscription;
    const events: SubscriptionEvent[] = [
      { type: 'cancel', at: '2026-11-21T00:00:00Z' },
      { type: 'suspend', at: '2026-11-21T00:00:00Z', reason: 'fraud', ...account },
      { type: 'reactivate', at: '2026-11-21T00:00:00Z' },
      { type: 'set-auto-renew', at: '2026-11-21T00:00:00Z', enabled: true },
      { type: 'change-quantity', at: '2026-11-21T00:00:00Z', quantity: 2 },
    ];
    for (const event of events)
      expect(transition(cancelled, event)).toMatchObject({ ok: false, code: 'TERMINAL' });
  });

  it('LC-11: a refusal reads as a sentence: "An active subscription", "A trial subscription"', () => {
    expect(transition(saasMonthly(), { type: 'reactivate', at: '2026-11-21T00:00:00Z' })).toEqual({
      ok: false,
      code: 'NOT_ALLOWED',
      message: 'An active subscription cannot take reactivate.',
      messageId: 'lifecycle.refused.not-allowed',
      params: { status: 'active', event: 'reactivate' },
    });
    const trial = saasMonthly('2026-11-20T10:00:00Z', { freeTrial: true });
    expect(transition(trial, { type: 'reactivate', at: '2026-11-21T00:00:00Z' })).toEqual({
      ok: false,
      code: 'NOT_ALLOWED',
      message: 'A trial subscription cannot take reactivate.',
      messageId: 'lifecycle.refused.not-allowed',
      params: { status: 'trial', event: 'reactivate' },
    });
  });

  it('LC-11: refusals come in order: NOT_ALLOWED before NOT_SUPPORTED, NOT_SUPPORTED before CANCELLATION_SCHEDULED', () => {
    const software = createSubscription({
      product: 'software-subscription',
      quantity: 1,
      orderedAt: '2026-01-01T00:00:00Z',
      ...account,
    });
    const suspended = accept(software, {
      type: 'suspend',
      at: '2026-01-02T00:00:00Z',
      reason: 'fraud',
    }).subscription;
    expect(
      transition(suspended, { type: 'set-auto-renew', at: '2026-01-03T00:00:00Z', enabled: true }),
    ).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(
      transition(software, { type: 'set-auto-renew', at: '2026-01-03T00:00:00Z', enabled: true }),
    ).toMatchObject({ code: 'NOT_SUPPORTED' });
  });

  it('LC-11: an invalid event throws: unknown type, bad at, at before asOf, bad enabled', () => {
    const sub = saasMonthly();
    expect(
      codeOf(() =>
        transition(sub, {
          type: 'pause',
          at: '2026-11-21T00:00:00Z',
        } as unknown as SubscriptionEvent),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => transition(sub, { type: 'cancel', at: 'tomorrow' }))).toBe(
      'INVALID_INSTANT',
    );
    expect(codeOf(() => transition(sub, { type: 'cancel', at: '2026-11-20T09:59:59.999Z' }))).toBe(
      'OUT_OF_ORDER',
    );
    expect(
      codeOf(() =>
        transition(sub, {
          type: 'set-auto-renew',
          at: '2026-11-21T00:00:00Z',
          enabled: 'yes' as unknown as boolean,
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => transition(sub, { type: 'cancel' } as unknown as SubscriptionEvent))).toBe(
      'MISSING_FIELD',
    );
    expect(codeOf(() => transition(sub, null as unknown as SubscriptionEvent))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('LC-11: the machine first advances to at: an event after a renewal sees the renewed term', () => {
    const result = accept(saasMonthly(), {
      type: 'change-quantity',
      at: '2027-01-25T00:00:00Z',
      quantity: 4,
    });
    expect(result.events).toEqual([
      { type: 'renewed', at: '2026-12-20T10:00:00.000Z' },
      { type: 'renewed', at: '2027-01-20T10:00:00.000Z' },
    ]);
    expect(result.subscription).toMatchObject({
      quantity: 4,
      termNumber: 3,
      termStart: '2027-01-20T10:00:00.000Z',
      termEnd: '2027-02-20T10:00:00.000Z',
    });
  });
});

describe('suspension rules in the machine', () => {
  const sub = createSubscription({
    product: 'marketplace-saas',
    billingCycle: 'annual',
    quantity: 1,
    orderedAt: '2026-01-01T00:00:00Z',
    ...account,
  });

  it('SUS-3: reactivation is possible at the suspension instant and up to 1 ms before expiresAt', () => {
    const suspended = accept(sub, {
      type: 'suspend',
      at: '2026-02-01T00:00:00Z',
      reason: 'nonpayment',
    }).subscription;
    expect(suspended.suspension?.expiresAt).toBe('2026-05-12T00:00:00.000Z');
    expect(transition(suspended, { type: 'reactivate', at: '2026-02-01T00:00:00Z' }).ok).toBe(true);
    expect(transition(suspended, { type: 'reactivate', at: '2026-05-11T23:59:59.999Z' }).ok).toBe(
      true,
    );
    expect(transition(suspended, { type: 'reactivate', at: '2026-05-12T00:00:00Z' })).toMatchObject(
      { ok: false, code: 'TERMINAL' },
    );
  });

  it('SUS-5: a subscription may be suspended only for customer-request, nonpayment or fraud', () => {
    for (const reason of ['customer-request', 'nonpayment', 'fraud'] as const) {
      expect(
        accept(sub, { type: 'suspend', at: '2026-02-01T00:00:00Z', reason }).subscription.suspension
          ?.reason,
      ).toBe(reason);
    }
    expect(
      codeOf(() =>
        transition(sub, {
          type: 'suspend',
          at: '2026-02-01T00:00:00Z',
          reason: 'audit' as 'fraud',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() =>
        transition(sub, {
          type: 'suspend',
          at: '2026-02-01T00:00:00Z',
        } as unknown as SubscriptionEvent),
      ),
    ).toBe('MISSING_FIELD');
  });

  it('SUS-2: a suspension before the account opened is OUT_OF_ORDER', () => {
    expect(
      codeOf(() =>
        transition(sub, {
          type: 'suspend',
          at: '2026-02-01T00:00:00Z',
          reason: 'fraud',
          accountOpenedAt: '2026-03-01T00:00:00Z',
          firstBillingPeriodStart: '2026-03-01T00:00:00Z',
        }),
      ),
    ).toBe('OUT_OF_ORDER');
  });
});

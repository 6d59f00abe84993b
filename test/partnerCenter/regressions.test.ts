import fc from 'fast-check';
import type { NewCommerceSubscription, Subscription } from 'subscription-rules';
import {
  allowedActions,
  createSubscription,
  fromPartnerCenterSubscription,
  nextDeadline,
  refundableQuantity,
  toPartnerCenterPatch,
  transition,
} from 'subscription-rules';
import { partnerCenterSubscription } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { m365_2021, readableAsOf, saas2019 } from './_samples.ts';

const read = (r: object, asOf: string) =>
  fromPartnerCenterSubscription(r as typeof m365_2021, { asOf });

describe('the reader (found by review)', () => {
  it('NCE-6: refundableQuantity details, newest first in the resource, become batches oldest first, so a reduction takes the newest batch', () => {
    const r = {
      ...m365_2021,
      quantity: 10,
      refundableQuantity: {
        totalQuantity: 5,
        details: [
          { quantity: 2, allowedUntilDateTime: '2021-01-22T00:00:00Z' },
          { quantity: 3, allowedUntilDateTime: '2021-01-21T00:00:00Z' },
        ],
      },
    };
    const s = read(r, '2021-01-15T00:00:00Z').subscription as NewCommerceSubscription;
    expect(s.seats.map((b) => [b.quantity, b.reducibleUntil])).toEqual([
      [5, null],
      [3, '2021-01-21T00:00:00.000Z'],
      [2, '2021-01-22T00:00:00.000Z'],
    ]);
    expect(refundableQuantity(s, '2021-01-15T00:00:00Z')).toEqual({
      total: 5,
      details: [
        { quantity: 2, allowedUntil: '2021-01-22T00:00:00.000Z' },
        { quantity: 3, allowedUntil: '2021-01-21T00:00:00.000Z' },
      ],
    });
    // removing 2 seats on 2021-01-21 (after the older batch's window) takes the newest batch
    const removed = transition(s, {
      type: 'change-quantity',
      at: '2021-01-21T00:00:00Z',
      quantity: 8,
    });
    expect(removed.ok && removed.subscription.seats.map((b) => b.quantity)).toEqual([5, 3]);
  });

  it('PCR-1: a commitmentEndDate whose term starts after asOf is a RuleError at resource.commitmentEndDate (sample 3 with 2023-01-13; 2099-12-31 with auto-renew off), ±1 ms at the term start', () => {
    const late = { ...m365_2021, commitmentEndDate: '2023-01-13T00:00:00Z' };
    const where = { code: 'OUT_OF_ORDER', path: 'resource.commitmentEndDate' };
    expect(errorOf(() => read(late, '2022-01-13T23:59:59.999Z'))).toEqual(where);
    const s = read(late, '2022-01-14T00:00:00.000Z').subscription;
    expect([s.termStart, s.termEnd]).toEqual([
      '2022-01-14T00:00:00.000Z',
      '2023-01-14T00:00:00.000Z',
    ]);
    const far = {
      ...m365_2021,
      commitmentEndDate: '2099-12-31T00:00:00Z',
      autoRenewEnabled: false,
    };
    expect(errorOf(() => read(far, '2021-06-01T00:00:00Z'))).toEqual(where);
    // legacy: the same rule on its own commitmentEndDate instant
    const legacyLate = { ...saas2019, commitmentEndDate: '2019-04-08T00:21:45.9263727+00:00' };
    expect(errorOf(() => read(legacyLate, '2019-01-20T00:00:00Z'))).toEqual(where);
  });

  it('PCR-1: a New Commerce resource still active or suspended after its term ended is taken forward by the rules (decided 2026-11-27); a legacy one is stale: a RuleError at resource.commitmentEndDate (±1 ms at the term end)', () => {
    const where = { code: 'OUT_OF_ORDER', path: 'resource.commitmentEndDate' };
    expect(read(m365_2021, '2022-01-13T23:59:59.999Z').subscription.termStart).toBe(
      '2021-01-14T16:57:14.498Z',
    );
    const renewed = read(m365_2021, '2022-01-14T00:00:00.000Z').subscription;
    expect([renewed.status, renewed.termStart]).toEqual(['active', '2022-01-14T00:00:00.000Z']);
    // suspended at its term's end: it expires (NCE-8)
    const suspended = { ...m365_2021, status: 'suspended' };
    expect(read(suspended, '2022-02-01T00:00:00Z').subscription.status).toBe('expired');
    expect(errorOf(() => read(saas2019, '2019-02-08T00:21:45.926Z'))).toEqual(where);
  });

  it('NCE-8: a disabled resource fetched before the rules’ disable date is disabled at asOf, never later; its deletion is 90 days on', () => {
    const disabled = { ...m365_2021, status: 'disabled' };
    // the term ended 2022-01-14; the rules disable it 30 days later, 2022-02-13
    const early = read(disabled, '2022-01-20T00:00:00Z').subscription as NewCommerceSubscription;
    expect([early.expiredAt, early.disabledAt]).toEqual([
      '2022-01-14T00:00:00.000Z',
      '2022-01-20T00:00:00.000Z',
    ]);
    expect(nextDeadline(early)).toEqual({ type: 'data-deleted', at: '2022-04-20T00:00:00.000Z' });
    // in the rules' range: the rules' dates
    const onTime = read(disabled, '2022-03-01T00:00:00Z').subscription as NewCommerceSubscription;
    expect([onTime.expiredAt, onTime.disabledAt]).toEqual([
      '2022-01-14T00:00:00.000Z',
      '2022-02-13T00:00:00.000Z',
    ]);
    // fetched after the rules' deletion date, still disabled: its deletion is still to come
    const late = read(disabled, '2022-06-01T12:00:00Z').subscription as NewCommerceSubscription;
    expect(late.disabledAt).toBe('2022-03-04T00:00:00.000Z');
    expect(Date.parse(nextDeadline(late)?.at ?? '')).toBeGreaterThan(Date.parse(late.asOf));
    // expired, fetched late: its disabling is still to come
    const expired = read({ ...m365_2021, status: 'expired' }, '2022-05-01T00:00:00Z')
      .subscription as NewCommerceSubscription;
    expect(expired.expiredAt).toBe('2022-04-02T00:00:00.000Z');
    expect(nextDeadline(expired)).toEqual({ type: 'disabled', at: '2022-05-02T00:00:00.000Z' });
  });

  it('PCR-1: a trial resource’s cancellationAllowedUntilDate is not carried into the state, and a note says so', () => {
    const trial = {
      ...m365_2021,
      isTrial: true,
      billingCycle: 'none',
      cancellationAllowedUntilDate: '2021-01-17T16:57:00Z',
    };
    const { subscription, notes } = read(trial, '2021-01-15T00:00:00Z');
    expect(subscription.status).toBe('trial');
    expect('cancellableUntil' in subscription).toBe(false);
    expect(notes.map((n) => n.path)).toContain('resource.cancellationAllowedUntilDate');
  });

  it('LC-1: a legacy usage resource whose status is expired (or disabled) is a RuleError at resource.status: a usage subscription never expires', () => {
    const usage = { ...saas2019, billingType: 'usage', termDuration: undefined };
    for (const status of ['expired', 'disabled'])
      expect(errorOf(() => read({ ...usage, status }, '2019-03-01T00:00:00Z'))).toEqual({
        code: 'INVALID_ARGUMENT',
        path: 'resource.status',
      });
    expect(read({ ...usage, status: 'active' }, '2019-03-01T00:00:00Z').subscription.status).toBe(
      'active',
    );
  });
});

describe('the PATCH writer (found by review)', () => {
  const saasTrial = createSubscription({
    product: 'marketplace-saas',
    billingCycle: 'monthly',
    quantity: 1,
    orderedAt: '2026-01-01T00:00:00Z',
    freeTrial: true,
  });
  const nceTrial = createSubscription({
    program: 'new-commerce',
    product: 'marketplace-saas',
    term: 'P1M',
    billingFrequency: 'monthly',
    quantity: 1,
    orderedAt: '2026-01-01T00:00:00Z',
    trial: {},
  });

  it('PCR-2: a cancelled trial (both programs) is { status: "deleted" }', () => {
    for (const trial of [saasTrial, nceTrial] as (Subscription | NewCommerceSubscription)[]) {
      const result = transition(trial as Subscription, {
        type: 'cancel',
        at: '2026-01-02T00:00:00Z',
      });
      expect(result.ok).toBe(true);
      if (result.ok)
        expect(toPartnerCenterPatch(trial, result.subscription)).toEqual({ status: 'deleted' });
    }
  });

  it('PCR-2: a legacy state that says program: "legacy" is legacy, on one side or both', () => {
    const active = createSubscription({
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      quantity: 1,
      orderedAt: '2026-01-01T00:00:00Z',
    });
    const off = transition(active, {
      type: 'set-auto-renew',
      at: '2026-01-05T00:00:00Z',
      enabled: false,
    });
    if (!off.ok) throw new Error('refused');
    const said = { ...active, program: 'legacy' } as unknown as Subscription;
    const saidAfter = { ...off.subscription, program: 'legacy' } as unknown as Subscription;
    const patch = { autoRenewEnabled: false };
    expect(toPartnerCenterPatch(said, saidAfter)).toEqual(patch);
    expect(toPartnerCenterPatch(said, off.subscription)).toEqual(patch);
    expect(toPartnerCenterPatch(active, saidAfter)).toEqual(patch);
    expect(errorOf(() => toPartnerCenterPatch(active, nceTrial))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'after.program',
    });
  });

  it('PCR-2: a bad state is named by the parameter that holds it: before.… or after.…', () => {
    const bad = { ...saasTrial, quantity: 0 };
    expect(errorOf(() => toPartnerCenterPatch(bad, saasTrial))).toEqual({
      code: 'INVALID_QUANTITY',
      path: 'before.quantity',
    });
    expect(errorOf(() => toPartnerCenterPatch(saasTrial, bad))).toEqual({
      code: 'INVALID_QUANTITY',
      path: 'after.quantity',
    });
  });
});

describe('properties', () => {
  const offsets = fc.integer({ min: 0, max: 1500 * 86_400_000 });

  it('PCR-1, NCE-8: a state read at asOf holds termStart ≤ asOf < termEnd while active or suspended, no expiry or disabling after asOf, and its next deadline after asOf', () => {
    fc.assert(
      fc.property(partnerCenterSubscription(), offsets, (r, offset) => {
        const asOf = readableAsOf(r, offset);
        const s = read(r, asOf).subscription;
        const at = Date.parse(asOf);
        if ((s.status === 'active' || s.status === 'suspended') && s.termStart !== null) {
          expect(Date.parse(s.termStart)).toBeLessThanOrEqual(at);
          expect(Date.parse(s.termEnd as string)).toBeGreaterThan(at);
        }
        for (const past of s.program === 'new-commerce' ? [s.expiredAt, s.disabledAt] : [])
          if (typeof past === 'string') expect(Date.parse(past)).toBeLessThanOrEqual(at);
        const next = nextDeadline(s);
        if (next !== null) expect(Date.parse(next.at)).toBeGreaterThan(at);
      }),
    );
  });

  it('PCR-1: any resource read at any instant after its start gives a state whose term has begun and, while active or suspended, has not ended — or a RuleError at resource.commitmentEndDate', () => {
    fc.assert(
      fc.property(partnerCenterSubscription(), offsets, (r, offset) => {
        const asOf = new Date(Date.parse(r.effectiveStartDate) + offset).toISOString();
        let s: Subscription | NewCommerceSubscription;
        try {
          s = read(r, asOf).subscription;
        } catch (error) {
          expect(
            errorOf(() => {
              throw error;
            }),
          ).toEqual({ code: 'OUT_OF_ORDER', path: 'resource.commitmentEndDate' });
          return;
        }
        if (s.termStart !== null) expect(s.termStart <= s.asOf).toBe(true);
        if ((s.status === 'active' || s.status === 'suspended') && s.termEnd !== null)
          expect(s.termEnd > s.asOf).toBe(true);
      }),
    );
  });

  it('NCE-6: the batches of every state read from a resource come back from refundableQuantity newest first', () => {
    fc.assert(
      fc.property(partnerCenterSubscription({ program: 'new-commerce' }), offsets, (r, offset) => {
        const asOf = readableAsOf(r, offset);
        const s = read(r, asOf).subscription as NewCommerceSubscription;
        const { details } = refundableQuantity(s, asOf);
        for (let i = 1; i < details.length; i++)
          expect(
            (details[i - 1] as { allowedUntil: string }).allowedUntil >=
              (details[i] as { allowedUntil: string }).allowedUntil,
          ).toBe(true);
      }),
    );
  });
});

describe('the Azure plan (found by review)', () => {
  const azure = {
    id: 'f0e1d2c3-0000-4000-8000-000000000001',
    offerId: 'DZH318Z0BPS6:0001',
    offerName: 'Azure plan',
    quantity: 1,
    unitType: 'Usage-based',
    productType: { id: 'Azure', displayName: 'Azure' },
    creationDate: '2021-01-14T16:57:15.0966728Z',
    effectiveStartDate: '2021-01-14T16:57:14.498252Z',
    status: 'active',
    autoRenewEnabled: false,
    isTrial: false,
    billingType: 'usage',
    billingCycle: 'none',
    isMicrosoftProduct: true,
  };

  it('PCR-1: an Azure plan resource reads as its own product, azure-plan: New Commerce, no term, no seats to change, cancelled with no credit', () => {
    const s = read(azure, '2021-06-01T00:00:00Z').subscription as NewCommerceSubscription;
    expect([s.program, s.product, s.term, s.billingFrequency, s.termEnd]).toEqual([
      'new-commerce',
      'azure-plan',
      null,
      null,
      null,
    ]);
    const cancelled = transition(s, { type: 'cancel', at: '2021-06-01T00:00:00Z' });
    expect(cancelled.ok && [cancelled.subscription.status, cancelled.effects]).toEqual([
      'cancelled',
      [
        {
          type: 'credit',
          kind: 'cancel',
          outcome: 'no-refund',
          at: '2021-06-01T00:00:00.000Z',
          quantity: 1,
          seats: 0,
          rule: 'REF-4',
        },
      ],
    ]);
    const seats = transition(s, {
      type: 'change-quantity',
      at: '2021-06-01T00:00:00Z',
      quantity: 2,
    });
    expect(seats.ok === false && seats.code).toBe('NOT_SUPPORTED');
  });

  it('PCR-1: no allowed action on a usage product speaks of licences or refunds (both programs)', () => {
    const s = read(azure, '2021-06-01T00:00:00Z').subscription;
    const legacyUsage = createSubscription({
      product: 'marketplace-usage',
      quantity: 3,
      orderedAt: '2026-01-01T00:00:00Z',
    });
    for (const state of [s, legacyUsage] as (Subscription | NewCommerceSubscription)[]) {
      const actions = allowedActions(
        state,
        '2026-06-01T00:00:00Z' < state.asOf ? state.asOf : '2026-06-01T00:00:00Z',
      );
      expect(actions.length).toBeGreaterThan(0);
      for (const action of actions)
        expect(action.description).not.toMatch(/licen[cs]e|refund|credit/i);
    }
  });
});

import fc from 'fast-check';
import type { NewCommerceEffect, NewCommerceSubscription } from 'subscription-rules';
import { advance, createSubscription, nextDeadline, transition } from 'subscription-rules';
import { parseSubscription } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../../_contracts.ts';
import { ruleErrorOf } from '../../_errors.ts';
import { apply, DAY, iso, licence, newCommerceState } from './_states.ts';

/** 10 seats of a P1M monthly licence at 15.00 USD, bought 2026-11-20T10:00Z. */
const monthly = createSubscription({
  ...licence,
  term: 'P1M',
  price: { amount: 1500, currency: 'USD' },
});
/** A year paid up front: 150.00 USD a seat. */
const yearly = {
  type: 'change-term',
  term: 'P1Y',
  billingFrequency: 'annual',
  price: { amount: 15000, currency: 'USD' },
} as const;
const DAY_16 = Date.UTC(2026, 11, 5); // 2026-12-05T00:00Z: the period's 16th day begins

/** `[type, kind, amount]` of each effect. */
const money = (effects: readonly NewCommerceEffect[]): unknown[] =>
  effects.map((e) =>
    e.type === 'charge'
      ? ['charge', e.kind, e.amount.amount]
      : e.type === 'credit'
        ? ['credit', e.kind, e.credit?.amount]
        : [e.type],
  );

describe('change-term (MID-1)', () => {
  it('MID-1: P1M at 15.00 USD × 10 seats moved to P1Y annual at 150.00 on 2026-12-05: credit 70.00 for 14 unused of 30 days, a new term to 2027-12-05, charged 1500.00', () => {
    const result = transition(monthly, { ...yearly, at: iso(DAY_16) });
    if (!result.ok) throw new Error(result.message);
    // D = 30 (2026-11-20 … 2026-12-20), U = 16: r(r(15000/30)·16/10)·10 = 800·10 = 8000
    expect(result.effects).toEqual([
      {
        type: 'credit',
        kind: 'term-change-source',
        outcome: 'prorated-credit',
        at: '2026-12-05T00:00:00.000Z',
        quantity: 10,
        credit: { amount: 7000, currency: 'USD' },
        unitPrice: { amount: 1500, currency: 'USD' },
        periodStart: '2026-11-20T10:00:00.000Z',
        periodEnd: '2026-12-20T00:00:00.000Z',
        days: 14,
        periodDays: 30,
        seats: 10,
        rule: 'MID-1',
      },
      {
        type: 'charge',
        kind: 'term-change',
        at: '2026-12-05T00:00:00.000Z',
        quantity: 10,
        unitPrice: { amount: 15000, currency: 'USD' },
        amount: { amount: 150000, currency: 'USD' },
        periodStart: '2026-12-05T00:00:00.000Z',
        periodEnd: '2027-12-05T00:00:00.000Z',
        days: 365,
        periodDays: 365,
        seats: 10,
        term: 'P1Y',
        billingFrequency: 'annual',
        rule: 'MID-1',
      },
    ]);
    expect(result.subscription).toMatchObject({
      status: 'active',
      term: 'P1Y',
      billingFrequency: 'annual',
      price: { amount: 15000, currency: 'USD' },
      termAnchor: '2026-12-05T00:00:00.000Z',
      termNumber: 1,
      termStart: '2026-12-05T00:00:00.000Z',
      termEnd: '2027-12-05T00:00:00.000Z',
      policyId: 'partner-center-nce-2025-04',
      // a new window: the batch is reducible for 7 calendar days from the change
      seats: [
        {
          quantity: 10,
          addedAt: '2026-12-05T00:00:00.000Z',
          reducibleUntil: '2026-12-13T00:00:00.000Z',
        },
      ],
    });
  });

  it('MID-1: the day of the change counts as used: 1 ms before 2026-12-05 credits 15 unused days, at it 14 (±1 ms)', () => {
    const credit = (ms: number): unknown => {
      const result = transition(monthly, { ...yearly, at: iso(ms) });
      const effect = result.ok ? result.effects[0] : undefined;
      return effect?.type === 'credit' ? [effect.days, effect.credit?.amount] : effect;
    };
    // U = 15: r(500·15/10)·10 = 750·10 = 7500 charged
    expect(credit(DAY_16 - 1)).toEqual([15, 7500]);
    expect(credit(DAY_16)).toEqual([14, 7000]);
  });

  it('MID-1: the new term renews a year after the change, not at the old term end (±1 ms)', () => {
    const changed = apply(monthly, { ...yearly, at: iso(DAY_16) });
    expect(nextDeadline(changed)).toEqual({ type: 'renewed', at: '2027-12-05T00:00:00.000Z' });
    const end = Date.UTC(2027, 11, 5);
    expect(advance(changed, iso(end - 1)).effects).toEqual([]);
    expect(money(advance(changed, iso(end)).effects)).toEqual([['charge', 'renewal', 150000]]);
    // the old term would have renewed on 2026-12-20: nothing happens then
    expect(advance(changed, '2026-12-20T00:00:00Z').events).toEqual([]);
  });

  it('MID-5: on the term\u2019s first day the credit is NCE-5\u2019s (one day used), not a full credit', () => {
    const result = transition(monthly, { ...yearly, at: '2026-11-20T12:00:00Z' });
    // U = 1: r(500·1/10)·10 = 500 charged; 15000 − 500
    expect(result.ok && money(result.effects)).toEqual([
      ['credit', 'term-change-source', 14500],
      ['charge', 'term-change', 150000],
    ]);
  });

  it('MID-1: the new term opens a new cancellation window under the policy in force at the change', () => {
    const changed = apply(monthly, { ...yearly, at: iso(DAY_16) });
    // the old term's window closed 2026-11-28; the new one is open on its first day: full credit
    const cancelled = transition(changed, { type: 'cancel', at: '2026-12-05T18:00:00Z' });
    expect(cancelled.ok && money(cancelled.effects)).toEqual([['credit', 'cancel', 150000]]);
    // and closes 7 calendar days later (±1 ms)
    const close = Date.UTC(2026, 11, 13);
    expect(transition(changed, { type: 'cancel', at: iso(close - 1) }).ok).toBe(true);
    expect(transition(changed, { type: 'cancel', at: iso(close) })).toMatchObject({
      ok: false,
      code: 'NOT_CANCELLABLE',
    });
  });

  it('MID-5: the new batch\u2019s window runs from the change under the policy in force then: 72 hours 1 ms before 2022-03-18, 7 calendar days at it (±1 ms)', () => {
    // bought under partner-center-nce-2021-10 (72 hours); partner-center-nce-2022-03 from 2022-03-18
    const old = createSubscription({
      ...licence,
      term: 'P1M',
      orderedAt: '2022-02-20T10:00:00Z',
      price: { amount: 1500, currency: 'USD' },
    });
    const march = Date.UTC(2022, 2, 18);
    const changedAt = (ms: number) => apply(old, { ...yearly, at: iso(ms) });
    expect(changedAt(march - 1)).toMatchObject({
      policyId: 'partner-center-nce-2021-10',
      seats: [
        {
          quantity: 10,
          addedAt: '2022-03-17T23:59:59.999Z',
          reducibleUntil: '2022-03-20T23:59:59.999Z',
        },
      ],
    });
    expect(changedAt(march)).toMatchObject({
      policyId: 'partner-center-nce-2022-03',
      seats: [
        {
          quantity: 10,
          addedAt: '2022-03-18T00:00:00.000Z',
          reducibleUntil: '2022-03-26T00:00:00.000Z',
        },
      ],
    });
    // the cancellation window of the new term follows the same policy
    const late = changedAt(march - 1);
    expect(transition(late, { type: 'cancel', at: '2022-03-20T23:59:59.998Z' }).ok).toBe(true);
    expect(transition(late, { type: 'cancel', at: '2022-03-20T23:59:59.999Z' })).toMatchObject({
      ok: false,
      code: 'NOT_CANCELLABLE',
    });
  });

  it('MID-5: a change-term drops a billing frequency change waiting (a stored state may hold one for a P1Y term)', () => {
    const year = createSubscription(licence);
    const stored = {
      ...year,
      pendingBillingFrequency: {
        billingFrequency: 'annual',
        price: { amount: 14000, currency: 'USD' },
        from: '2026-12-20T00:00:00.000Z',
      },
    } as const;
    expect(parseSubscription(JSON.parse(JSON.stringify(stored)))).toEqual({
      ok: true,
      value: stored,
    });
    expect(nextDeadline(stored)).toEqual({
      type: 'billing-frequency-changed',
      at: '2026-12-20T00:00:00.000Z',
    });
    const changed = apply(stored, {
      type: 'change-term',
      at: '2026-12-01T00:00:00Z',
      term: 'P3Y',
      billingFrequency: 'monthly',
      price: { amount: 1190, currency: 'USD' },
    });
    expect('pendingBillingFrequency' in changed).toBe(false);
    expect(nextDeadline(changed)).toEqual({ type: 'renewed', at: '2029-12-01T00:00:00.000Z' });
    // nothing changes the frequency on 2026-12-20: the new term bills monthly at 11.90
    expect(advance(changed, '2026-12-20T00:00:00Z').events).toEqual([]);
    expect(advance(changed, '2027-01-01T00:00:00Z').effects).toMatchObject([
      { kind: 'cycle', billingFrequency: 'monthly', amount: { amount: 11900 } },
    ]);
  });

  it('MID-1: P1Y monthly to P3Y monthly keeps the quantity and drops the scheduled renewal changes', () => {
    const year = createSubscription(licence);
    const scheduled = apply(year, {
      type: 'schedule-renewal',
      at: '2027-03-01T00:00:00Z',
      quantity: 4,
    });
    const result = transition(scheduled, {
      type: 'change-term',
      at: '2027-03-10T09:00:00Z',
      term: 'P3Y',
      billingFrequency: 'monthly',
      price: { amount: 1190, currency: 'USD' },
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.subscription).toMatchObject({
      quantity: 10,
      scheduled: null,
      termEnd: '2030-03-10T00:00:00.000Z',
    });
    // the period 2027-02-20 … 2027-03-20 (D = 28), U = 19: r(r(12500/28)·19/10)·10 = r(446·1.9)·10
    // = 847·10; the new term's first month at 11.90: 11900
    expect(money(result.effects)).toEqual([
      ['credit', 'term-change-source', 12500 - 8470],
      ['charge', 'term-change', 11900],
    ]);
  });

  it('MID-1: a term that is not longer is refused NOT_ALLOWED, naming schedule-renewal’s way and the term end', () => {
    const year = createSubscription(licence);
    for (const term of ['P1M', 'P1Y'] as const) {
      const result = transition(year, {
        type: 'change-term',
        at: '2027-01-01T00:00:00Z',
        term,
        billingFrequency: 'monthly',
        price: { amount: 1500, currency: 'USD' },
      });
      expect(result).toMatchObject({
        ok: false,
        code: 'NOT_ALLOWED',
        messageId: 'lifecycle.nce.refused.term-not-longer',
        message: `A P1Y term cannot change to ${term} mid-term: only a longer term can start now; schedule ${term} for the renewal on 2027-11-20T00:00:00.000Z.`,
      });
    }
  });

  it('MID-5: change-term is for licence-based subscriptions only (NOT_SUPPORTED) and active ones (NOT_ALLOWED)', () => {
    const software = createSubscription({
      ...licence,
      product: 'software-subscription',
      term: 'P1Y',
      billingFrequency: 'annual',
    });
    expect(
      transition(software, { ...yearly, at: '2027-01-01T00:00:00Z', term: 'P3Y' }),
    ).toMatchObject({ ok: false, code: 'NOT_SUPPORTED' });
    const suspended = apply(monthly, {
      type: 'suspend',
      at: '2026-11-25T00:00:00Z',
      reason: 'nonpayment',
    });
    expect(transition(suspended, { ...yearly, at: '2026-11-26T00:00:00Z' })).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED',
    });
    const trial = createSubscription({ ...licence, trial: {} });
    expect(transition(trial, { ...yearly, at: '2026-11-26T00:00:00Z', term: 'P3Y' })).toMatchObject(
      {
        ok: false,
        code: 'NOT_ALLOWED',
      },
    );
  });

  it('MID-1: the pair is checked by NCE-2, the price is required and in the subscription’s currency (RuleError)', () => {
    const at = '2026-12-01T00:00:00Z';
    expect(ruleErrorOf(() => transition(monthly, { ...yearly, at, term: 'P2Y' }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: 'event.term',
    });
    expect(
      ruleErrorOf(() => transition(monthly, { ...yearly, at, billingFrequency: 'triennial' })),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: 'event.billingFrequency' });
    const { price: _, ...unpriced } = yearly;
    expect(ruleErrorOf(() => transition(monthly, { ...unpriced, at } as never))).toMatchObject({
      code: 'MISSING_FIELD',
      path: 'event.price',
    });
    expect(
      ruleErrorOf(() =>
        transition(monthly, { ...yearly, at, price: { amount: 15000, currency: 'EUR' } }),
      ),
    ).toMatchObject({ code: 'CURRENCY_MISMATCH', path: 'event.price.currency' });
    expect(
      ruleErrorOf(() =>
        transition(monthly, { ...yearly, at, price: { amount: -1, currency: 'USD' } }),
      ),
    ).toMatchObject({ code: 'INVALID_AMOUNT', path: 'event.price.amount' });
    expect(
      ruleErrorOf(() => transition(monthly, { ...yearly, at, term: 'P5Y' as never })),
    ).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: 'event.term',
    });
  });

  itKeepsTheContract(
    'transition with change-term',
    transition,
    fc
      .integer({ min: 0, max: 40 * DAY })
      .map((wait) => [monthly, { ...yearly, at: iso(Date.parse(monthly.asOf) + wait) }] as const),
  );
});

describe('properties', () => {
  const longer = (state: NewCommerceSubscription): 'P1Y' | 'P3Y' =>
    state.term === 'P1M' ? 'P1Y' : 'P3Y';

  it('MID-1: change-term never shortens: an accepted change ends the new term no earlier than the old one would have, and its term is longer', () => {
    const months = { P1M: 1, P1Y: 12, P2Y: 24, P3Y: 36 } as const;
    fc.assert(
      fc.property(newCommerceState, fc.integer({ min: 0, max: 60 * DAY }), (state, wait) => {
        const at = iso(Date.parse(state.asOf) + wait);
        const before = advance(state, at).subscription;
        const result = transition(state, {
          type: 'change-term',
          at,
          term: longer(before),
          billingFrequency: 'monthly',
          price: { amount: 1000, currency: before.price?.currency ?? 'USD' },
        });
        if (!result.ok) return;
        const after = result.subscription;
        expect(months[after.term as keyof typeof months]).toBeGreaterThan(
          months[before.term as keyof typeof months],
        );
        expect((after.termEnd as string) >= (before.termEnd as string)).toBe(true);
        expect(after.quantity).toBe(before.quantity);
      }),
    );
  });

  it('MID-1: the credit of a term change stays within what its billing period charged for those seats', () => {
    fc.assert(
      fc.property(newCommerceState, fc.integer({ min: 0, max: 60 * DAY }), (state, wait) => {
        const at = iso(Date.parse(state.asOf) + wait);
        const before = advance(state, at).subscription;
        const result = transition(state, {
          type: 'change-term',
          at,
          term: longer(before),
          billingFrequency: 'monthly',
          price: { amount: 1000, currency: before.price?.currency ?? 'USD' },
        });
        if (!result.ok) return;
        const credit = result.effects.find((e) => e.type === 'credit');
        if (credit?.type !== 'credit' || credit.credit === undefined) return;
        expect(credit.credit.amount).toBeGreaterThanOrEqual(0);
        expect(credit.credit.amount).toBeLessThanOrEqual(
          (before.price?.amount ?? 0) * before.quantity,
        );
      }),
    );
  });
});

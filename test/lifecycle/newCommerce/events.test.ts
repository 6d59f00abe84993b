import fc from 'fast-check';
import type { NewCommerceSubscription, NewCommerceSubscriptionInput } from 'subscription-rules';
import { advance, createSubscription, transition } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { codeOf, errorOf, ruleErrorOf } from '../../_errors.ts';
import { apply, DAY, eventAt, iso, licence, newCommerceState } from './_states.ts';

const bought = createSubscription(licence);
/** The plans each product is sold with (NCE-2), written again from the rules as an oracle. */
const SOLD: Readonly<Record<string, readonly string[]>> = {
  'license-based': [
    'P1M monthly',
    'P1Y monthly',
    'P1Y annual',
    'P3Y monthly',
    'P3Y annual',
    'P3Y triennial',
  ],
  'software-subscription': [
    'P1Y monthly',
    'P1Y annual',
    'P3Y monthly',
    'P3Y annual',
    'P3Y triennial',
  ],
  'marketplace-saas': [
    'P1M monthly',
    'P1Y monthly',
    'P1Y annual',
    'P2Y monthly',
    'P2Y annual',
    'P3Y monthly',
    'P3Y annual',
  ],
};
const FULL_UNTIL = Date.UTC(2026, 10, 21); // the end of the purchase's UTC day
const WINDOW_END = Date.UTC(2026, 10, 28); // 7 calendar days after 2026-11-20
const saas = createSubscription({ ...licence, product: 'marketplace-saas', term: 'P1M' });
const SAAS_END = Date.UTC(2026, 10, 23, 10); // 72 hours (partner-center-nce-2023-01)

function refusal(state: NewCommerceSubscription, event: Parameters<typeof transition>[1]): string {
  const result = transition(state, event as never);
  return result.ok ? 'ok' : result.code;
}

describe('transition (New Commerce)', () => {
  it('NCE-7: cancel on the third day credits 108.30 USD for 10 seats at 12.50 (NCE-5)', () => {
    // P = 1250, Q = 10, period [2026-11-20, 2026-12-20): D = 30; at 2026-11-23: U = 3 + 1 = 4.
    // r(12500 / 30) = 417; r(417 · 4 / 10) = r(166.8) = 167; charged 1670; credit 12500 − 1670 = 10830.
    const result = transition(bought, { type: 'cancel', at: '2026-11-23T09:00:00Z' });
    expect(result.ok && result.subscription.status).toBe('cancelled');
    expect(result.ok && result.effects).toEqual([
      {
        type: 'credit',
        kind: 'cancel',
        outcome: 'prorated-credit',
        at: '2026-11-23T09:00:00.000Z',
        quantity: 10,
        credit: { amount: 10830, currency: 'USD' },
        unitPrice: { amount: 1250, currency: 'USD' },
        periodStart: '2026-11-20T10:00:00.000Z',
        periodEnd: '2026-12-20T00:00:00.000Z',
        // REC-4: the days after the cancellation's day: 30 − 4
        days: 26,
        periodDays: 30,
        seats: 0,
        rule: 'NCE-4',
      },
    ]);
  });

  it('NCE-7: a full credit on the first UTC day, prorated from its end (±1 ms)', () => {
    const first = transition(bought, { type: 'cancel', at: iso(FULL_UNTIL - 1) });
    expect(first.ok && first.effects[0]).toMatchObject({
      outcome: 'full-credit',
      credit: { amount: 12500 },
    });
    // U = 2: r(417 · 2 / 10) = r(83.4) = 83; charged 830; credit 11670
    const second = transition(bought, { type: 'cancel', at: iso(FULL_UNTIL) });
    expect(second.ok && second.effects[0]).toMatchObject({
      outcome: 'prorated-credit',
      credit: { amount: 11670 },
    });
  });

  it('NCE-7: after the window a licence-based cancel is refused NOT_CANCELLABLE (±1 ms)', () => {
    // U = 8: r(417 · 8 / 10) = r(333.6) = 334; charged 3340; credit 9160
    const last = transition(bought, { type: 'cancel', at: iso(WINDOW_END - 1) });
    expect(last.ok && last.effects[0]).toMatchObject({
      outcome: 'prorated-credit',
      credit: { amount: 9160 },
    });
    const late = transition(bought, { type: 'cancel', at: iso(WINDOW_END) });
    expect(late.ok === false && late.code).toBe('NOT_CANCELLABLE');
    expect(late.ok === false && late.message).toMatch(/full term is billed/);
  });

  it('NCE-7: marketplace SaaS: a full credit within 72 hours, then a cancellation scheduled for termEnd (±1 ms)', () => {
    const inside = transition(saas, { type: 'cancel', at: iso(SAAS_END - 1) });
    expect(inside.ok && inside.effects[0]).toMatchObject({
      outcome: 'full-credit',
      credit: { amount: 12500 },
    });
    const after = transition(saas, { type: 'cancel', at: iso(SAAS_END) });
    expect(after.ok && after.subscription).toMatchObject({
      status: 'active',
      cancelAtRenewal: true,
      autoRenew: false,
    });
    expect(after.ok && after.effects).toEqual([
      { type: 'cancellation-scheduled', at: '2026-12-20T00:00:00.000Z', rule: 'NCE-4' },
    ]);
    const scheduled = after.ok ? after.subscription : saas;
    expect(refusal(scheduled, { type: 'cancel', at: iso(SAAS_END + 1) })).toBe(
      'CANCELLATION_SCHEDULED',
    );
    expect(
      refusal(scheduled, { type: 'set-auto-renew', at: iso(SAAS_END + 1), enabled: true }),
    ).toBe('CANCELLATION_SCHEDULED');
    expect(advance(scheduled, '2026-12-20T00:00:00Z').events).toEqual([
      { type: 'cancelled', at: '2026-12-20T00:00:00.000Z' },
    ]);
  });

  it('NCE-7, NCE-11: the window of every product under the policy of its term, at ±1 ms', () => {
    const outcome = (input: NewCommerceSubscriptionInput, at: number): string => {
      const result = transition(createSubscription(input), { type: 'cancel', at: iso(at) });
      if (!result.ok) return result.code;
      const effect = result.effects[0];
      return effect?.type === 'credit' ? effect.outcome : (effect?.type ?? 'none');
    };
    const base = { program: 'new-commerce', quantity: 1 } as const;
    // software, 2021 rules: 30 calendar days from 2021-09-14T16:44:03Z close at 2021-10-15T00:00Z
    const software2021 = {
      ...base,
      product: 'software-subscription',
      term: 'P3Y',
      billingFrequency: 'triennial',
      orderedAt: '2021-09-14T16:44:03Z',
    } as const;
    expect(outcome(software2021, Date.UTC(2021, 9, 15) - 1)).toBe('prorated-credit');
    expect(outcome(software2021, Date.UTC(2021, 9, 15))).toBe('NOT_CANCELLABLE');
    // software since 2022-07-11: 7 calendar days
    const software2022 = {
      ...software2021,
      term: 'P1Y',
      billingFrequency: 'annual',
      orderedAt: '2022-08-01T10:00:00Z',
    } as const;
    expect(outcome(software2022, Date.UTC(2022, 7, 9) - 1)).toBe('prorated-credit');
    expect(outcome(software2022, Date.UTC(2022, 7, 9))).toBe('NOT_CANCELLABLE');
    // marketplace SaaS, 2021 rules: 24 hours monthly, 14 days (exact) annual; then scheduled
    const saasMonthly = {
      ...base,
      product: 'marketplace-saas',
      term: 'P1M',
      billingFrequency: 'monthly',
      orderedAt: '2021-11-01T10:00:00Z',
    } as const;
    expect(outcome(saasMonthly, Date.UTC(2021, 10, 2, 10) - 1)).toBe('full-credit');
    expect(outcome(saasMonthly, Date.UTC(2021, 10, 2, 10))).toBe('cancellation-scheduled');
    const saasAnnual = { ...saasMonthly, term: 'P1Y', billingFrequency: 'annual' } as const;
    expect(outcome(saasAnnual, Date.UTC(2021, 10, 15, 10) - 1)).toBe('full-credit');
    expect(outcome(saasAnnual, Date.UTC(2021, 10, 15, 10))).toBe('cancellation-scheduled');
    // licence-based, 2021 rules: 72 hours exact
    const licence2021 = {
      ...base,
      product: 'license-based',
      term: 'P1Y',
      billingFrequency: 'monthly',
      orderedAt: '2021-11-01T10:00:00Z',
    } as const;
    expect(outcome(licence2021, Date.UTC(2021, 10, 4, 10) - 1)).toBe('prorated-credit');
    expect(outcome(licence2021, Date.UTC(2021, 10, 4, 10))).toBe('NOT_CANCELLABLE');
  });

  it('NCE-7: a renewed term opens a new cancellation window (±1 ms)', () => {
    const renewed = advance(bought, '2027-11-20T00:00:00Z').subscription;
    const first = transition(renewed, { type: 'cancel', at: '2027-11-20T23:59:59.999Z' });
    expect(first.ok && first.effects[0]).toMatchObject({
      outcome: 'full-credit',
      credit: { amount: 12500 },
    });
    expect(refusal(renewed, { type: 'cancel', at: '2027-11-27T23:59:59.999Z' })).toBe('ok');
    expect(refusal(renewed, { type: 'cancel', at: '2027-11-28T00:00:00Z' })).toBe(
      'NOT_CANCELLABLE',
    );
  });

  it('NCE-7: a Microsoft trial takes no cancel (turn auto-renew off); a SaaS trial ends at no cost', () => {
    const trial = createSubscription({ ...licence, trial: {} });
    const result = transition(trial, { type: 'cancel', at: '2026-11-25T00:00:00Z' });
    expect(result).toEqual({
      ok: false,
      code: 'NOT_ALLOWED',
      message:
        'A license-based trial cannot be cancelled: turn auto-renew off so the trial expires at 2026-12-20T10:00:00.000Z.',
      messageId: 'lifecycle.refused.trial-cancel',
      params: { product: 'license-based', trialEndsAt: '2026-12-20T10:00:00.000Z' },
    });
    const saasTrial = createSubscription({
      ...licence,
      product: 'marketplace-saas',
      term: 'P1M',
      trial: {},
    });
    const ended = transition(saasTrial, { type: 'cancel', at: '2026-12-20T09:59:59.999Z' });
    expect(ended.ok && [ended.subscription.status, ended.effects]).toEqual(['cancelled', []]);
    expect(
      refusal(trial, { type: 'change-quantity', at: '2026-11-25T00:00:00Z', quantity: 5 }),
    ).toBe('NOT_ALLOWED');
    expect(refusal(trial, { type: 'suspend', at: '2026-11-25T00:00:00Z', reason: 'fraud' })).toBe(
      'NOT_ALLOWED',
    );
  });

  it('NCE-7: suspend keeps billing (no effect), forces auto-renew off and drops scheduled changes', () => {
    const planned = apply(bought, {
      type: 'schedule-renewal',
      at: '2026-12-01T00:00:00Z',
      quantity: 20,
    });
    const result = transition(planned, {
      type: 'suspend',
      at: '2026-12-02T00:00:00Z',
      reason: 'nonpayment',
    });
    expect(result.ok && result.effects).toEqual([]);
    expect(result.ok && result.subscription).toMatchObject({
      status: 'suspended',
      autoRenew: false,
      scheduled: null,
    });
  });

  it('NCE-7: a suspended subscription is cancelled only inside the window (±1 ms), credited as if active', () => {
    const suspended = apply(bought, {
      type: 'suspend',
      at: '2026-11-22T00:00:00Z',
      reason: 'nonpayment',
    });
    const inside = transition(suspended, { type: 'cancel', at: iso(WINDOW_END - 1) });
    expect(inside.ok && inside.effects[0]).toMatchObject({
      outcome: 'prorated-credit',
      credit: { amount: 9160 },
    });
    expect(refusal(suspended, { type: 'cancel', at: iso(WINDOW_END) })).toBe('NOT_CANCELLABLE');
    expect(refusal(suspended, { type: 'change-quantity', at: iso(WINDOW_END), quantity: 2 })).toBe(
      'NOT_ALLOWED',
    );
  });

  it('NCE-7: reactivate before termEnd → active with auto-renew still off; at termEnd it has expired (±1 ms)', () => {
    const suspended = apply(bought, {
      type: 'suspend',
      at: '2026-12-01T00:00:00Z',
      reason: 'nonpayment',
    });
    const back = transition(suspended, { type: 'reactivate', at: '2027-11-19T23:59:59.999Z' });
    expect(back.ok && back.subscription).toMatchObject({ status: 'active', autoRenew: false });
    const late = transition(suspended, { type: 'reactivate', at: '2027-11-20T00:00:00Z' });
    expect(late.ok === false && late.code).toBe('TERMINAL');
    expect(late.ok === false && late.message).toBe(
      'The subscription is expired; it takes no more events.',
    );
  });

  it('NCE-7: set-auto-renew off drops the scheduled changes; change-quantity drops them too', () => {
    const planned = apply(bought, {
      type: 'schedule-renewal',
      at: '2026-12-01T00:00:00Z',
      quantity: 20,
    });
    expect(planned.scheduled).toEqual({
      quantity: 20,
      term: null,
      billingFrequency: null,
      price: null,
    });
    expect(
      apply(planned, { type: 'set-auto-renew', at: '2026-12-02T00:00:00Z', enabled: false })
        .scheduled,
    ).toBeNull();
    expect(
      apply(planned, { type: 'change-quantity', at: '2026-12-02T00:00:00Z', quantity: 11 })
        .scheduled,
    ).toBeNull();
  });

  it('NCE-7: change-quantity to the seats held is accepted and drops scheduled, so the renewal bills the 28 seats held, not the 36 scheduled (found by review)', () => {
    const held = createSubscription({ ...licence, quantity: 28 });
    const planned = apply(held, {
      type: 'schedule-renewal',
      at: '2026-12-01T00:00:00Z',
      quantity: 36,
    });
    const same = transition(planned, {
      type: 'change-quantity',
      at: '2026-12-02T00:00:00Z',
      quantity: 28,
    });
    expect(same.ok && [same.subscription.scheduled, same.effects]).toEqual([null, []]);
    const renewed = advance(
      same.ok ? same.subscription : planned,
      '2027-11-20T00:00:00Z',
    ).effects.find((e) => e.type === 'charge' && e.kind === 'renewal');
    // 28 × 12.50 USD at the renewal on 2027-11-20T00:00Z
    expect(renewed).toMatchObject({ quantity: 28, amount: { amount: 35000, currency: 'USD' } });
  });

  it('NCE-2, MID-1, LC-11: a term and billing frequency no product is sold with is a RuleError naming both fields, before any refusal — also on a cancelled state (found by review)', () => {
    const at = '2026-12-02T00:00:00Z';
    const monthly = createSubscription({ ...licence, term: 'P1M' });
    const cancelled = apply(monthly, { type: 'cancel', at: '2026-11-21T00:00:00Z' });
    const suspended = apply(monthly, { type: 'suspend', at, reason: 'nonpayment' });
    const usage = createSubscription({
      program: 'new-commerce',
      product: 'marketplace-usage',
      quantity: 1,
      orderedAt: licence.orderedAt,
    });
    const price = { amount: 1250, currency: 'USD' } as const;
    for (const state of [monthly, cancelled, suspended]) {
      // was NOT_ALLOWED (term not longer), TERMINAL or NOT_ALLOWED (suspended)
      expect(
        ruleErrorOf(() =>
          transition(state, {
            type: 'change-term',
            at,
            term: 'P1M',
            billingFrequency: 'annual',
            price,
          }),
        ),
      ).toMatchObject({
        code: 'INVALID_ARGUMENT',
        path: 'event.billingFrequency',
        params: { termPath: 'event.term', term: 'P1M', frequency: 'annual' },
      });
      // a P1M subscription is never billed triennially (was NOT_ALLOWED or TERMINAL)
      expect(
        ruleErrorOf(() =>
          transition(state, {
            type: 'change-billing-frequency',
            at,
            billingFrequency: 'triennial',
            price,
          }),
        ),
      ).toMatchObject({
        code: 'INVALID_ARGUMENT',
        path: 'event.billingFrequency',
        params: { termPath: 'subscription.term', term: 'P1M', frequency: 'triennial' },
      });
      expect(
        ruleErrorOf(() =>
          transition(state, { type: 'schedule-renewal', at, billingFrequency: 'annual', price }),
        ),
      ).toMatchObject({ code: 'INVALID_ARGUMENT', path: 'event.billingFrequency' });
    }
    // a product without terms is held to what any product is sold with (was NOT_SUPPORTED)
    expect(
      ruleErrorOf(() =>
        transition(usage, {
          type: 'change-term',
          at,
          term: 'P1M',
          billingFrequency: 'annual',
          price,
        }),
      ),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: 'event.billingFrequency' });
    // a plan some product is sold with keeps its refusals: a shorter term, a usage product
    expect(
      refusal(createSubscription(licence), {
        type: 'change-term',
        at,
        term: 'P1M',
        billingFrequency: 'monthly',
        price,
      }),
    ).toBe('NOT_ALLOWED');
    expect(
      refusal(usage, { type: 'change-term', at, term: 'P1Y', billingFrequency: 'annual', price }),
    ).toBe('NOT_SUPPORTED');
    expect(
      refusal(cancelled, {
        type: 'change-term',
        at,
        term: 'P1Y',
        billingFrequency: 'annual',
        price,
      }),
    ).toBe('TERMINAL');
  });

  it('NCE-7: schedule-renewal needs auto-renew on, at least one field, and a combination NCE-2 sells', () => {
    const off = apply(bought, {
      type: 'set-auto-renew',
      at: '2026-12-01T00:00:00Z',
      enabled: false,
    });
    const refused = transition(off, {
      type: 'schedule-renewal',
      at: '2026-12-02T00:00:00Z',
      quantity: 3,
    });
    expect(refused.ok === false && [refused.code, refused.message]).toEqual([
      'NOT_ALLOWED',
      'Auto-renew is off: turn it on before scheduling changes for the renewal.',
    ]);
    const at = '2026-12-02T00:00:00Z';
    expect(errorOf(() => transition(bought, { type: 'schedule-renewal', at }))).toEqual({
      code: 'MISSING_FIELD',
      path: 'event',
    });
    expect(
      errorOf(() =>
        transition(bought, {
          type: 'schedule-renewal',
          at,
          term: 'P1M',
          billingFrequency: 'annual',
          price: { amount: 1, currency: 'USD' },
        }),
      ),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'event.billingFrequency',
    });
    expect(
      errorOf(() => transition(bought, { type: 'schedule-renewal', at, term: 'P3Y' })),
    ).toEqual({ code: 'MISSING_FIELD', path: 'event.price' });
    expect(
      apply(bought, {
        type: 'schedule-renewal',
        at,
        term: 'P3Y',
        price: { amount: 1100, currency: 'USD' },
      }).scheduled,
    ).toEqual({
      quantity: null,
      term: 'P3Y',
      billingFrequency: null,
      price: { amount: 1100, currency: 'USD' },
    });
  });

  it('NCE-7, NCE-11: marketplace usage has no term and is only cancelled, with no credit', () => {
    const usage = createSubscription({
      program: 'new-commerce',
      product: 'marketplace-usage',
      quantity: 1,
      orderedAt: licence.orderedAt,
      price: { amount: 500, currency: 'USD' },
    });
    expect([usage.term, usage.termEnd, usage.billingFrequency]).toEqual([null, null, null]);
    expect(advance(usage, '2040-01-01T00:00:00Z').events).toEqual([]);
    expect(
      refusal(usage, { type: 'set-auto-renew', at: '2030-01-01T00:00:00Z', enabled: false }),
    ).toBe('NOT_SUPPORTED');
    expect(
      refusal(usage, { type: 'change-quantity', at: '2030-01-01T00:00:00Z', quantity: 2 }),
    ).toBe('NOT_SUPPORTED');
    const ended = transition(usage, { type: 'cancel', at: '2030-01-01T00:00:00Z' });
    expect(ended.ok && ended.effects).toEqual([
      {
        type: 'credit',
        kind: 'cancel',
        outcome: 'no-refund',
        at: '2030-01-01T00:00:00.000Z',
        quantity: 1,
        credit: { amount: 0, currency: 'USD' },
        unitPrice: { amount: 500, currency: 'USD' },
        seats: 0,
        rule: 'REF-4',
      },
    ]);
  });

  it('NCE-7: bad events throw RuleError naming the field, whatever the state', () => {
    const at = '2026-11-21T00:00:00Z';
    expect(errorOf(() => transition(bought, { type: 'pause', at } as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'event.type',
    });
    expect(errorOf(() => transition(bought, { type: 'change-quantity', at, quantity: 0 }))).toEqual(
      { code: 'INVALID_QUANTITY', path: 'event.quantity' },
    );
    expect(errorOf(() => transition(bought, { type: 'set-auto-renew', at } as never))).toEqual({
      code: 'MISSING_FIELD',
      path: 'event.enabled',
    });
    expect(
      errorOf(() => transition(bought, { type: 'suspend', at, reason: 'holiday' } as never)),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'event.reason' });
    expect(
      codeOf(() => transition(bought, { type: 'cancel', at: '2026-11-20T09:59:59.999Z' })),
    ).toBe('OUT_OF_ORDER');
  });

  it('NCE-11: refusals come in the order TERMINAL, NOT_ALLOWED, NOT_SUPPORTED, CANCELLATION_SCHEDULED, NOT_CANCELLABLE', () => {
    const cancelled = apply(bought, { type: 'cancel', at: '2026-11-21T00:00:00Z' });
    expect(refusal(cancelled, { type: 'reactivate', at: '2026-11-22T00:00:00Z' })).toBe('TERMINAL');
    const usage = createSubscription({
      program: 'new-commerce',
      product: 'marketplace-usage',
      quantity: 1,
      orderedAt: licence.orderedAt,
    });
    const suspendedUsage = apply(usage, {
      type: 'suspend',
      at: '2026-11-21T00:00:00Z',
      reason: 'fraud',
    });
    // suspended takes no set-auto-renew (NOT_ALLOWED) before usage has no toggle (NOT_SUPPORTED)
    expect(
      refusal(suspendedUsage, {
        type: 'set-auto-renew',
        at: '2026-11-22T00:00:00Z',
        enabled: true,
      }),
    ).toBe('NOT_ALLOWED');
    const scheduled = apply(saas, { type: 'cancel', at: iso(SAAS_END) });
    // a second cancel after the window: CANCELLATION_SCHEDULED before any window answer
    expect(refusal(scheduled, { type: 'cancel', at: '2026-12-01T00:00:00Z' })).toBe(
      'CANCELLATION_SCHEDULED',
    );
    // NOT_CANCELLABLE before REDUCTION_NOT_ALLOWED is a matter of different events; both carry messages
    expect(refusal(bought, { type: 'cancel', at: iso(WINDOW_END) })).toBe('NOT_CANCELLABLE');
  });
});

describe('properties', () => {
  it('a credit is never negative and never exceeds what was charged for the period (price × seats)', () => {
    fc.assert(
      fc.property(
        newCommerceState,
        fc.integer({ min: 0, max: 9 * DAY }),
        fc.integer({ min: 1, max: 30 }),
        (state, wait, n) => {
          const at = iso(Date.parse(state.asOf) + wait);
          for (const event of [
            { type: 'cancel', at },
            { type: 'change-quantity', at, quantity: n },
          ] as const) {
            const result = transition(state, event);
            if (!result.ok) continue;
            for (const effect of result.effects) {
              if (effect.type !== 'credit' || effect.credit === undefined) continue;
              const price = result.subscription.price?.amount ?? 0;
              expect(effect.credit.amount).toBeGreaterThanOrEqual(0);
              expect(effect.credit.amount).toBeLessThanOrEqual(price * effect.quantity);
            }
          }
        },
      ),
    );
  });

  it('NCE-7: an accepted change-quantity never leaves a renewal scheduled, whatever the quantity', () => {
    fc.assert(
      fc.property(
        newCommerceState,
        fc.integer({ min: 0, max: 9 * DAY }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (state, wait, n, same) => {
          const at = iso(Date.parse(state.asOf) + wait);
          const planned = transition(state, { type: 'schedule-renewal', at, quantity: n });
          const from = planned.ok ? planned.subscription : state;
          const quantity = same ? advance(from, at).subscription.quantity : n;
          const result = transition(from, { type: 'change-quantity', at, quantity });
          if (result.ok) expect(result.subscription.scheduled).toBeNull();
        },
      ),
    );
  });

  it('NCE-2, LC-11: an unsold plan throws whatever the state, and a sold one is never a RuleError: the check depends on the product and term alone', () => {
    const plans = fc.constantFrom(
      ...(['P1M', 'P1Y', 'P2Y', 'P3Y'] as const).flatMap((term) =>
        (['monthly', 'annual', 'triennial'] as const).map((billingFrequency) => ({
          term,
          billingFrequency,
        })),
      ),
    );
    fc.assert(
      fc.property(
        newCommerceState,
        fc.integer({ min: 0, max: 60 * DAY }),
        plans,
        (state, wait, plan) => {
          const at = iso(Date.parse(state.asOf) + wait);
          const price = { amount: 100, currency: state.price?.currency ?? 'USD' };
          const held = advance(state, at).subscription;
          const sold = (term: string | null, frequency: string | null): boolean =>
            term === null ||
            frequency === null ||
            Object.entries(SOLD).some(
              ([product, sold]) =>
                (product === held.product || !Object.hasOwn(SOLD, held.product)) &&
                sold.includes(`${term} ${frequency}`),
            );
          const events = [
            [{ type: 'change-term', at, ...plan, price }, sold(plan.term, plan.billingFrequency)],
            [
              {
                type: 'change-billing-frequency',
                at,
                billingFrequency: plan.billingFrequency,
                price,
              },
              sold(held.term, plan.billingFrequency),
            ],
          ] as const;
          for (const [event, ok] of events) {
            const thrown = errorOf(() => transition(state, event));
            expect(thrown === 'no error' ? 'no error' : thrown.code).toBe(
              ok ? 'no error' : 'INVALID_ARGUMENT',
            );
          }
        },
      ),
    );
  });

  it('every refusal has a code and a non-empty message, and leaves the state as it was', () => {
    fc.assert(
      fc.property(newCommerceState, fc.integer({ min: 0, max: 60 * DAY }), (state, wait) => {
        const at = iso(Date.parse(state.asOf) + wait);
        const before = JSON.stringify(state);
        fc.assert(
          fc.property(eventAt(at), (event) => {
            const result = transition(state, event);
            if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
            expect(JSON.stringify(state)).toBe(before);
          }),
          { numRuns: 6 },
        );
      }),
      { numRuns: 40 },
    );
  });
});

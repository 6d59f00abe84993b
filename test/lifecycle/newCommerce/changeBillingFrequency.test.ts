import fc from 'fast-check';
import type { NewCommerceEffect, NewCommerceSubscriptionInput } from 'subscription-rules';
import {
  advance,
  chargesBetween,
  createSubscription,
  nextDeadline,
  transition,
  upgrade,
} from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../../_contracts.ts';
import { ruleErrorOf } from '../../_errors.ts';
import { apply, DAY, iso, newCommerceState } from './_states.ts';

/** 10 seats of a licence-based P3Y term billed monthly at 10.00 USD, bought 2024-06-10T10:00Z. */
const triennial: NewCommerceSubscriptionInput = {
  program: 'new-commerce',
  product: 'license-based',
  term: 'P3Y',
  billingFrequency: 'monthly',
  quantity: 10,
  orderedAt: '2024-06-10T10:00:00Z',
  price: { amount: 1000, currency: 'USD' },
};
const bought = createSubscription(triennial);
/** Annual billing at 114.00 USD a seat a year. */
const toAnnual = {
  type: 'change-billing-frequency',
  billingFrequency: 'annual',
  price: { amount: 11400, currency: 'USD' },
} as const;
const FROM = Date.UTC(2024, 8, 10); // 2024-09-10T00:00Z: the next billing period after 2024-08-15

/** `[kind, at, amount, periodEnd]` of each charge. */
const charges = (effects: readonly NewCommerceEffect[]): unknown[] =>
  effects.flatMap((e) =>
    e.type === 'charge' ? [[e.kind, e.at, e.amount.amount, e.periodEnd, e.billingFrequency]] : [],
  );

describe('change-billing-frequency (MID-2)', () => {
  const pending = apply(bought, { ...toAnnual, at: '2024-08-15T00:00:00Z' });

  it('MID-2: asked 2024-08-15 under partner-center-nce-2023-01, P3Y monthly → annual waits for the next billing period, 2024-09-10T00:00Z', () => {
    expect(pending).toMatchObject({
      billingFrequency: 'monthly',
      price: { amount: 1000, currency: 'USD' },
      pendingBillingFrequency: {
        billingFrequency: 'annual',
        price: { amount: 11400, currency: 'USD' },
        from: '2024-09-10T00:00:00.000Z',
      },
    });
    expect(nextDeadline(pending)).toEqual({
      type: 'billing-frequency-changed',
      at: '2024-09-10T00:00:00.000Z',
    });
  });

  it('MID-2: `from` is the next billing period\u2019s start: asked 1 ms before 2024-09-10 it is 2024-09-10, asked at it 2024-10-10 (±1 ms)', () => {
    const fromOf = (ms: number) => {
      const result = transition(bought, { ...toAnnual, at: iso(ms) });
      return result.ok ? result.subscription.pendingBillingFrequency?.from : result.code;
    };
    expect(fromOf(FROM - 1)).toBe('2024-09-10T00:00:00.000Z');
    expect(fromOf(FROM)).toBe('2024-10-10T00:00:00.000Z');
  });

  it('MID-2, MID-5: at `from` the change comes before that instant\u2019s cycle, which is billed annually at the new price (±1 ms)', () => {
    const before = advance(pending, iso(FROM - 1));
    expect([before.events, before.effects, before.subscription.billingFrequency]).toEqual([
      [],
      [],
      'monthly',
    ]);
    const at = advance(pending, iso(FROM));
    expect(at.events).toEqual([
      { type: 'billing-frequency-changed', at: '2024-09-10T00:00:00.000Z' },
    ]);
    expect(at.effects).toEqual([
      {
        type: 'charge',
        kind: 'cycle',
        at: '2024-09-10T00:00:00.000Z',
        quantity: 10,
        unitPrice: { amount: 11400, currency: 'USD' },
        amount: { amount: 114000, currency: 'USD' },
        periodStart: '2024-09-10T00:00:00.000Z',
        periodEnd: '2025-09-10T00:00:00.000Z',
        days: 365,
        periodDays: 365,
        seats: 10,
        term: 'P3Y',
        billingFrequency: 'annual',
        rule: 'CHG-1',
      },
    ]);
    expect(at.subscription).toMatchObject({
      status: 'active',
      billingFrequency: 'annual',
      price: { amount: 11400, currency: 'USD' },
      billingPeriodsFrom: '2024-09-10T00:00:00.000Z',
      termEnd: '2027-06-10T00:00:00.000Z',
    });
    expect('pendingBillingFrequency' in at.subscription).toBe(false);
  });

  it('MID-5: the periods count from `from`; the last, cut short by the term end, is charged 273 of 365 days: r(r(114000/365)·273/10)·10 = 8518·10', () => {
    expect(charges(chargesBetween(pending, pending.asOf, '2027-06-10T00:00:00Z'))).toEqual([
      ['cycle', '2024-09-10T00:00:00.000Z', 114000, '2025-09-10T00:00:00.000Z', 'annual'],
      ['cycle', '2025-09-10T00:00:00.000Z', 114000, '2026-09-10T00:00:00.000Z', 'annual'],
      ['cycle', '2026-09-10T00:00:00.000Z', 85180, '2027-06-10T00:00:00.000Z', 'annual'],
      // MID-5: a renewal keeps the new frequency and price
      ['renewal', '2027-06-10T00:00:00.000Z', 114000, '2028-06-10T00:00:00.000Z', 'annual'],
    ]);
    const short = chargesBetween(pending, pending.asOf, '2026-09-10T00:00:00Z').at(-1);
    expect(short).toMatchObject({ days: 273, periodDays: 365, rule: 'MID-3' });
  });

  it('MID-2: the policy in force at the request decides: 1 ms before 2025-04-01 the change is taken, at it refused NOT_ALLOWED naming schedule-renewal (±1 ms)', () => {
    const later = createSubscription({ ...triennial, orderedAt: '2025-01-10T00:00:00Z' });
    const april = Date.UTC(2025, 3, 1);
    expect(transition(later, { ...toAnnual, at: iso(april - 1) }).ok).toBe(true);
    expect(transition(later, { ...toAnnual, at: iso(april) })).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED',
      messageId: 'lifecycle.nce.refused.frequency-not-allowed',
      message:
        'The billing frequency of a P3Y term cannot change mid-term under partner-center-nce-2025-04: schedule it for the renewal on 2028-01-10T00:00:00.000Z (schedule-renewal).',
    });
  });

  it('MID-2: a P1Y term never changes its frequency mid-term (NOT_ALLOWED), nor to the frequency it has', () => {
    const year = createSubscription({ ...triennial, term: 'P1Y' });
    expect(transition(year, { ...toAnnual, at: '2024-07-01T00:00:00Z' })).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED',
      messageId: 'lifecycle.nce.refused.frequency-not-allowed',
    });
    expect(
      transition(bought, { ...toAnnual, billingFrequency: 'monthly', at: '2024-07-01T00:00:00Z' }),
    ).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED',
      message: 'The subscription is already billed monthly.',
    });
    // triennial billing is no mid-term choice: the policy lists monthly and annual
    expect(
      transition(bought, {
        ...toAnnual,
        billingFrequency: 'triennial',
        at: '2024-07-01T00:00:00Z',
      }),
    ).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
  });

  it('MID-5: asked in the term\u2019s last billing period it is refused; 1 ms before, the one short annual period is 31 of 365 days (±1 ms)', () => {
    const old = createSubscription({ ...triennial, orderedAt: '2022-01-10T00:00:00Z' });
    const last = Date.UTC(2024, 11, 10); // the last monthly period: 2024-12-10 … 2025-01-10
    expect(transition(old, { ...toAnnual, at: iso(last) })).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED',
      message:
        'The term’s last billing period has begun: schedule the billing frequency for the renewal on 2025-01-10T00:00:00.000Z (schedule-renewal).',
    });
    const changed = apply(old, { ...toAnnual, at: iso(last - 1) });
    // r(r(114000/365)·31/10)·10 = r(312·3.1)·10 = 967·10
    expect(charges(advance(changed, iso(last)).effects)).toEqual([
      ['cycle', '2024-12-10T00:00:00.000Z', 9670, '2025-01-10T00:00:00.000Z', 'annual'],
    ]);
  });

  it('MID-5: every product sold as P3Y monthly and annual may change: a software subscription and a SaaS offer', () => {
    for (const product of ['software-subscription', 'marketplace-saas'] as const) {
      const sub = createSubscription({ ...triennial, product });
      expect(transition(sub, { ...toAnnual, at: '2024-08-15T00:00:00Z' }).ok).toBe(true);
    }
  });

  it('MID-5: a pending change survives a suspension (billed as if active) and is dropped by a cancellation', () => {
    const suspended = apply(pending, {
      type: 'suspend',
      at: '2024-08-20T00:00:00Z',
      reason: 'nonpayment',
    });
    expect(suspended.pendingBillingFrequency?.from).toBe('2024-09-10T00:00:00.000Z');
    expect(charges(advance(suspended, iso(FROM)).effects)).toEqual([
      ['cycle', '2024-09-10T00:00:00.000Z', 114000, '2025-09-10T00:00:00.000Z', 'annual'],
    ]);
    const early = apply(bought, { ...toAnnual, at: '2024-06-12T00:00:00Z' });
    const cancelled = apply(early, { type: 'cancel', at: '2024-06-13T00:00:00Z' });
    expect(cancelled.status).toBe('cancelled');
    expect('pendingBillingFrequency' in cancelled).toBe(false);
    expect(advance(cancelled, '2024-08-01T00:00:00Z').events).toEqual([]);
  });

  it('MID-5: a pending change is dropped by an upgrade, full or partial, on both subscriptions; a reactivation keeps it', () => {
    const standard = {
      offerId: 'CFQ7TTC0LDPB:0001',
      price: { amount: 1800, currency: 'USD' },
    } as const;
    const at = '2024-08-20T00:00:00Z';
    for (const quantity of [10, 4]) {
      const result = upgrade(pending, { at, quantity, to: standard });
      if (!result.ok) throw new Error(result.message);
      for (const s of [result.source, result.target]) {
        if (s === null) continue;
        expect('pendingBillingFrequency' in s).toBe(false);
        expect(s.billingFrequency).toBe('monthly');
        expect(nextDeadline(s)).toEqual({ type: 'renewed', at: '2027-06-10T00:00:00.000Z' });
      }
    }
    const suspended = apply(pending, { type: 'suspend', at, reason: 'nonpayment' });
    const back = apply(suspended, { type: 'reactivate', at: '2024-08-25T00:00:00Z' });
    expect(back.pendingBillingFrequency).toEqual(pending.pendingBillingFrequency);
  });

  it('MID-5: a state whose term starts on or after 2025-04-01T00:00:00Z carries partner-center-nce-2025-04, one that starts 1 ms before it partner-center-nce-2023-01 (±1 ms)', () => {
    const april = Date.UTC(2025, 3, 1);
    const created = (ms: number) =>
      createSubscription({ ...triennial, orderedAt: iso(ms) }).policyId;
    expect(created(april - 1)).toBe('partner-center-nce-2023-01');
    expect(created(april)).toBe('partner-center-nce-2025-04');
    // a P1M term renewed at 2025-04-01T00:00Z takes it then, and says so
    const month = createSubscription({
      ...triennial,
      term: 'P1M',
      orderedAt: '2025-03-01T00:00:00Z',
    });
    expect(advance(month, iso(april - 1)).subscription.policyId).toBe('partner-center-nce-2023-01');
    const renewed = advance(month, iso(april));
    expect(renewed.events).toEqual([
      { type: 'renewed', at: '2025-04-01T00:00:00.000Z', policyId: 'partner-center-nce-2025-04' },
    ]);
    expect(renewed.subscription.policyId).toBe('partner-center-nce-2025-04');
    // a term started by a change of term takes the policy of its start
    const changeAt = (ms: number) =>
      apply(month, {
        type: 'change-term',
        at: iso(ms),
        term: 'P1Y',
        billingFrequency: 'monthly',
        price: { amount: 1000, currency: 'USD' },
      }).policyId;
    expect(changeAt(april - 1)).toBe('partner-center-nce-2023-01');
    expect(changeAt(april)).toBe('partner-center-nce-2025-04');
  });

  it('MID-2: the change drops the scheduled renewal changes; a second request replaces the first', () => {
    const scheduled = apply(bought, {
      type: 'schedule-renewal',
      at: '2024-08-01T00:00:00Z',
      quantity: 4,
    });
    const changed = apply(scheduled, { ...toAnnual, at: '2024-08-15T00:00:00Z' });
    expect(changed.scheduled).toBeNull();
    const again = apply(changed, {
      ...toAnnual,
      price: { amount: 11000, currency: 'USD' },
      at: '2024-08-16T00:00:00Z',
    });
    expect(again.pendingBillingFrequency?.price.amount).toBe(11000);
  });

  it('MID-2: the frequency and the price are read as the event\u2019s own fields (RuleError)', () => {
    const at = '2024-08-15T00:00:00Z';
    expect(
      ruleErrorOf(() =>
        transition(bought, { ...toAnnual, at, billingFrequency: 'weekly' as never }),
      ),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: 'event.billingFrequency' });
    const { price: _, ...noPrice } = toAnnual;
    expect(ruleErrorOf(() => transition(bought, { ...noPrice, at } as never))).toMatchObject({
      code: 'MISSING_FIELD',
      path: 'event.price',
    });
    expect(
      ruleErrorOf(() =>
        transition(bought, { ...toAnnual, at, price: { amount: 11400, currency: 'EUR' } }),
      ),
    ).toMatchObject({ code: 'CURRENCY_MISMATCH', path: 'event.price.currency' });
  });

  itKeepsTheContract(
    'transition with change-billing-frequency',
    transition,
    fc
      .integer({ min: 0, max: 200 * DAY })
      .map((wait) => [bought, { ...toAnnual, at: iso(Date.parse(bought.asOf) + wait) }] as const),
  );
});

describe('properties', () => {
  it('MID-2: a pending change applies at its `from`, whether advanced once or in steps, and the term end never moves', () => {
    let changes = 0;
    fc.assert(
      fc.property(
        newCommerceState,
        fc.integer({ min: 0, max: 60 * DAY }),
        fc.integer({ min: 0, max: 800 * DAY }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (state, wait, rest, cut) => {
          const at = iso(Date.parse(state.asOf) + wait);
          // a P1M term is never billed annually: asking is a RuleError (NCE-2), tested above
          if (state.term === 'P1M') return;
          const result = transition(state, {
            ...toAnnual,
            at,
            price: { amount: 1000, currency: state.price?.currency ?? 'USD' },
          });
          if (!result.ok) return;
          changes++;
          const changed = result.subscription;
          const to = iso(Date.parse(at) + rest);
          const once = advance(changed, to);
          const step = iso(Date.parse(at) + Math.floor(rest * cut));
          const first = advance(changed, step);
          const second = advance(first.subscription, to);
          expect([...first.effects, ...second.effects]).toEqual(once.effects);
          expect(second.subscription).toEqual(once.subscription);
          if (once.events[0]?.type === 'billing-frequency-changed') {
            expect(once.events[0].at).toBe(changed.pendingBillingFrequency?.from);
            expect(once.subscription.termEnd === changed.termEnd || once.events.length > 1).toBe(
              true,
            );
          }
        },
      ),
      { numRuns: 400 },
    );
    // the states drawn reach the change: P3Y monthly software subscriptions before 2025-04
    expect(changes).toBeGreaterThan(0);
  });
});

import fc from 'fast-check';
import type { NewCommerceSubscription, NewCommerceSubscriptionInput } from 'subscription-rules';
import {
  advance,
  allowedActions,
  cancellationDecision,
  chargesBetween,
  createSubscription,
  definePolicy,
  fromPartnerCenterSubscription,
  policyAt,
  refundableQuantity,
  transition,
} from 'subscription-rules';
import { partnerCenterSubscription, subscription } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../_errors.ts';
import { billingPeriodAt } from '../../_private.ts';
import { readableAsOf } from '../../partnerCenter/_samples.ts';
import { apply } from './_states.ts';

/** The credit effect of an accepted transition. */
function creditOf(
  state: NewCommerceSubscription,
  event: Parameters<typeof transition>[1],
): unknown {
  const result = transition(state as NewCommerceSubscription, event as never);
  if (!result.ok) throw new Error(`${event.type} refused: ${result.code}`);
  return (result.effects[0] as { credit?: unknown } | undefined)?.credit;
}

describe('billing periods tile the term (found by review)', () => {
  // 31.00 USD a seat a month, bought on the 31st: terms 03-31 → 04-30 → 05-31 → 06-30
  const monthly = (): NewCommerceSubscription =>
    createSubscription({
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1M',
      billingFrequency: 'monthly',
      quantity: 1,
      orderedAt: '2026-03-31T09:00:00Z',
      price: { amount: 3100, currency: 'USD' },
    });

  it('NCE-11: seats added 2026-05-28 and removed on the term’s last day 2026-05-30 are credited over the 31-day period 04-30 → 05-31 (nothing left to credit)', () => {
    const renewed = advance(monthly(), '2026-05-28T08:00:00Z').subscription;
    expect([renewed.termStart, renewed.termEnd]).toEqual([
      '2026-04-30T00:00:00.000Z',
      '2026-05-31T00:00:00.000Z',
    ]);
    const added = apply(renewed, {
      type: 'change-quantity',
      at: '2026-05-28T08:00:00Z',
      quantity: 11,
    });
    // D = 31, U = 31: charged r(r(31000 / 31) · 31 / 10) · 10 = 31000, credit 0 (was 300.00)
    expect(
      creditOf(added, { type: 'change-quantity', at: '2026-05-30T12:00:00Z', quantity: 1 }),
    ).toEqual({ amount: 0, currency: 'USD' });
    // a day earlier, U = 30: charged 30000, credit 10.00; ±1 ms around the last day's start
    expect(
      creditOf(added, { type: 'change-quantity', at: '2026-05-30T00:00:00Z', quantity: 1 }),
    ).toEqual({ amount: 0, currency: 'USD' });
    expect(
      creditOf(added, { type: 'change-quantity', at: '2026-05-29T23:59:59.999Z', quantity: 1 }),
    ).toEqual({ amount: 1000, currency: 'USD' });
  });

  it('NCE-11: 9 seats at 850.37 bought 2025-08-31, reduced to 4 on 2025-09-30T12:00Z, are credited over the renewed term’s 31 days (4114.70 USD)', () => {
    const state = createSubscription({
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1M',
      billingFrequency: 'monthly',
      quantity: 9,
      orderedAt: '2025-08-31T10:00:00Z',
      price: { amount: 85037, currency: 'USD' },
    });
    const renewed = advance(state, '2025-09-30T12:00:00Z').subscription;
    expect([renewed.termStart, renewed.termEnd]).toEqual([
      '2025-09-30T00:00:00.000Z',
      '2025-10-31T00:00:00.000Z',
    ]);
    // D = 31, U = 1, Q = 5: r(r(425185 / 31) · 1 / 5) · 5 = r(13716 / 5) · 5 = 13715
    expect(
      creditOf(renewed, { type: 'change-quantity', at: '2025-09-30T12:00:00Z', quantity: 4 }),
    ).toEqual({ amount: 425185 - 13715, currency: 'USD' });
    // cancelled the next day (the first day is a full credit): all 9 seats, D = 31, U = 2
    expect(creditOf(renewed, { type: 'cancel', at: '2025-10-01T12:00:00Z' })).toEqual({
      amount: 715959,
      currency: 'USD',
    });
  });
});

describe('what enters a subscription is checked where it enters (found by review)', () => {
  const licence = {
    program: 'new-commerce',
    product: 'license-based',
    term: 'P1Y',
    billingFrequency: 'monthly',
    quantity: 10,
    orderedAt: '2026-11-20T10:00:00Z',
    price: { amount: 1250, currency: 'USD' },
  } as const;

  it('PRICE-8: schedule-renewal refuses a price in another currency than the subscription’s', () => {
    const state = createSubscription(licence);
    expect(
      errorOf(() =>
        transition(state, {
          type: 'schedule-renewal',
          at: '2026-12-01T00:00:00Z',
          price: { amount: 1100, currency: 'EUR' },
        }),
      ),
    ).toEqual({ code: 'CURRENCY_MISMATCH', path: 'event.price.currency' });
    // the same currency is taken, and the renewal charges it
    const planned = apply(state, {
      type: 'schedule-renewal',
      at: '2026-12-01T00:00:00Z',
      price: { amount: 1100, currency: 'USD' },
    });
    expect(advance(planned, '2027-11-20T00:00:00Z').subscription.price).toEqual({
      amount: 1100,
      currency: 'USD',
    });
  });

  it('NCE-11: a price whose amount × quantity is not a safe integer is refused where it enters, at the caller’s field', () => {
    const huge = Math.floor(Number.MAX_SAFE_INTEGER / 10) + 1;
    expect(
      errorOf(() => createSubscription({ ...licence, price: { amount: huge, currency: 'USD' } })),
    ).toEqual({ code: 'INVALID_AMOUNT', path: 'input.price.amount' });
    expect(
      errorOf(() => createSubscription({ ...licence, price: { amount: -1, currency: 'USD' } })),
    ).toEqual({ code: 'INVALID_AMOUNT', path: 'input.price.amount' });
    // 9 999 999 999 999 seats at 12.50 USD: refused at creation, so no later reduction of them
    // can return a credit that is not a safe integer
    expect(errorOf(() => createSubscription({ ...licence, quantity: 9_999_999_999_999 }))).toEqual({
      code: 'INVALID_AMOUNT',
      path: 'input.price.amount',
    });
    // the largest price that is still safe for 10 seats is taken, and every later call works
    const edge = createSubscription({ ...licence, price: { amount: huge - 1, currency: 'USD' } });
    expect(allowedActions(edge, '2026-11-21T00:00:00Z').length).toBeGreaterThan(0);
    expect(transition(edge, { type: 'cancel', at: '2026-11-22T00:00:00Z' }).ok).toBe(true);
    // an increase past the price's safe seats names the event's quantity, not the price
    expect(
      errorOf(() =>
        transition(edge, { type: 'change-quantity', at: '2026-11-21T00:00:00Z', quantity: 11 }),
      ),
    ).toEqual({ code: 'INVALID_QUANTITY', path: 'event.quantity' });
    expect(
      errorOf(() =>
        transition(edge, { type: 'schedule-renewal', at: '2026-11-21T00:00:00Z', quantity: 11 }),
      ),
    ).toEqual({ code: 'INVALID_QUANTITY', path: 'event.quantity' });
    expect(
      errorOf(() =>
        transition(createSubscription(licence), {
          type: 'schedule-renewal',
          at: '2026-11-21T00:00:00Z',
          price: { amount: huge, currency: 'USD' },
        }),
      ),
    ).toEqual({ code: 'INVALID_AMOUNT', path: 'event.price.amount' });
  });

  it('NCE-11: a state holding a negative price, or one too large for its seats, is refused at subscription.price.amount (legacy too)', () => {
    const state = createSubscription(licence);
    const negative = { ...state, price: { amount: -1250, currency: 'USD' as const } };
    expect(
      errorOf(() => transition(negative, { type: 'cancel', at: '2026-11-22T00:00:00Z' })),
    ).toEqual({ code: 'INVALID_AMOUNT', path: 'subscription.price.amount' });
    const large = {
      ...state,
      price: { amount: Number.MAX_SAFE_INTEGER, currency: 'USD' as const },
    };
    expect(errorOf(() => allowedActions(large, '2026-11-22T00:00:00Z'))).toEqual({
      code: 'INVALID_AMOUNT',
      path: 'subscription.price.amount',
    });
    const legacy = createSubscription({
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      quantity: 3,
      orderedAt: '2026-11-20T10:00:00Z',
      price: { amount: 999, currency: 'USD' },
    });
    expect(
      errorOf(() =>
        transition(
          { ...legacy, price: { amount: Number.MAX_SAFE_INTEGER, currency: 'USD' } },
          { type: 'cancel', at: '2026-11-20T11:00:00Z' },
        ),
      ),
    ).toEqual({ code: 'INVALID_AMOUNT', path: 'subscription.price.amount' });
    expect(
      errorOf(() =>
        createSubscription({
          product: 'marketplace-saas',
          billingCycle: 'monthly',
          quantity: 3,
          orderedAt: '2026-11-20T10:00:00Z',
          price: { amount: Number.MAX_SAFE_INTEGER, currency: 'USD' },
        }),
      ),
    ).toEqual({ code: 'INVALID_AMOUNT', path: 'input.price.amount' });
  });

  it('NCE-7: a key New Commerce does not take is refused, never ignored (freeTrial bills from the order date otherwise)', () => {
    expect(errorOf(() => createSubscription({ ...licence, freeTrial: true } as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'input.freeTrial',
    });
    for (const key of ['billingCycle', 'accountOpenedAt', 'firstBillingPeriodStart', 'seats'])
      expect(errorOf(() => createSubscription({ ...licence, [key]: 'x' } as never))).toEqual({
        code: 'INVALID_ARGUMENT',
        path: `input.${key}`,
      });
    expect(errorOf(() => createSubscription({ ...licence, trial: { days: 60 } } as never))).toEqual(
      { code: 'INVALID_ARGUMENT', path: 'input.trial.days' },
    );
  });

  it('NCE-2: a trial whose given term and billing frequency are not sold together is refused, with or without convertsTo', () => {
    const { term: _t, billingFrequency: _b, price: _p, ...bare } = licence;
    expect(
      errorOf(() =>
        createSubscription({ ...bare, trial: {}, billingFrequency: 'weekly' } as never),
      ),
    ).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(
      errorOf(() =>
        createSubscription({
          ...bare,
          billingFrequency: 'weekly',
          trial: { convertsTo: { term: 'P1M', billingFrequency: 'monthly' } },
        } as never),
      ),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'input.billingFrequency' });
    expect(
      errorOf(() =>
        createSubscription({
          ...bare,
          trial: { convertsTo: { term: 'P1M', billingFrequency: 'annual' } },
        }),
      ),
    ).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(
      errorOf(() =>
        createSubscription({
          ...bare,
          product: 'marketplace-saas',
          term: 'P1M',
          billingFrequency: 'monthly',
          trial: { convertsTo: { term: 'P1Y', billingFrequency: 'annual' } },
        }),
      ),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'input.trial.convertsTo' });
  });

  it('NCE-11: a Microsoft trial converts into convertsTo, else the term and frequency given with it, else P1Y monthly (±1 ms at the trial end)', () => {
    const { term: _t, billingFrequency: _b, ...bare } = licence;
    const end = '2026-12-20T10:00:00.000Z';
    const converted = (input: NewCommerceSubscriptionInput) => {
      const trial = createSubscription(input);
      expect(trial.status).toBe('trial');
      expect(advance(trial, new Date(Date.parse(end) - 1).toISOString()).subscription.status).toBe(
        'trial',
      );
      const s = advance(trial, end).subscription;
      return [s.status, s.term, s.billingFrequency, s.termStart, s.termEnd];
    };
    expect(
      converted({ ...bare, trial: { convertsTo: { term: 'P3Y', billingFrequency: 'annual' } } }),
    ).toEqual(['active', 'P3Y', 'annual', end, '2029-12-20T00:00:00.000Z']);
    expect(converted({ ...bare, term: 'P1M', billingFrequency: 'monthly', trial: {} })).toEqual([
      'active',
      'P1M',
      'monthly',
      end,
      '2027-01-20T00:00:00.000Z',
    ]);
    expect(converted({ ...bare, trial: {} })).toEqual([
      'active',
      'P1Y',
      'monthly',
      end,
      '2027-12-20T00:00:00.000Z',
    ]);
    expect(
      converted({
        ...licence,
        product: 'software-subscription',
        term: 'P3Y',
        billingFrequency: 'triennial',
        trial: {},
      }),
    ).toEqual(['active', 'P3Y', 'triennial', end, '2029-12-20T00:00:00.000Z']);
  });
});

describe('stated windows (found by review)', () => {
  const saas = (): NewCommerceSubscription =>
    createSubscription({
      program: 'new-commerce',
      product: 'marketplace-saas',
      term: 'P1Y',
      billingFrequency: 'monthly',
      quantity: 2,
      orderedAt: '2026-11-20T10:00:00Z',
      price: { amount: 2000, currency: 'USD' },
    });

  it('PCR-1: after a marketplace SaaS’s stated window a cancel is scheduled for the term end, not refused (±1 ms); a stated null schedules it at once', () => {
    const stated = { ...saas(), cancellableUntil: '2026-11-21T00:00:00.000Z' };
    const inside = transition(stated, { type: 'cancel', at: '2026-11-20T23:59:59.999Z' });
    expect(inside.ok && inside.subscription.status).toBe('cancelled');
    const after = transition(stated, { type: 'cancel', at: '2026-11-21T00:00:00.000Z' });
    expect(after.ok && [after.subscription.status, after.subscription.cancelAtRenewal]).toEqual([
      'active',
      true,
    ]);
    expect(after.ok && after.effects).toEqual([
      { type: 'cancellation-scheduled', at: '2027-11-20T00:00:00.000Z', rule: 'NCE-4' },
    ]);
    const closed = { ...saas(), cancellableUntil: null };
    const now = transition(closed, { type: 'cancel', at: '2026-11-20T11:00:00Z' });
    expect(now.ok && now.subscription.cancelAtRenewal).toBe(true);
    const licence = createSubscription({
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1Y',
      billingFrequency: 'monthly',
      quantity: 2,
      orderedAt: '2026-11-20T10:00:00Z',
    });
    const refused = transition(
      { ...licence, cancellableUntil: null },
      { type: 'cancel', at: '2026-11-20T11:00:00Z' },
    );
    expect(refused.ok === false && refused.code).toBe('NOT_CANCELLABLE');
  });
});

describe('a custom policy is never dropped silently (found by review)', () => {
  it('POL-1: a New Commerce lifecycle function given { policy } refuses it at options.policy, where cancellationDecision honours it', () => {
    const catalog = policyAt('2026-11-20T10:00:00Z', { program: 'new-commerce' });
    const json = JSON.parse(JSON.stringify(catalog));
    json.id = 'reseller-nce-14-days';
    json.products['license-based'].cancellation.window = { calendarDays: 14 };
    const policy = definePolicy(json);
    const input = {
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1Y',
      billingFrequency: 'monthly',
      quantity: 10,
      orderedAt: '2026-11-20T10:00:00Z',
      price: { amount: 1250, currency: 'USD' },
    } as const;
    const at = '2026-11-30T00:00:00Z';
    // the purchase's decision follows the custom 14-day window
    expect(cancellationDecision(input, at, { policy }).outcome).toBe('prorated-credit');
    expect(cancellationDecision(input, at).outcome).toBe('not-cancellable');
    const where = { code: 'INVALID_ARGUMENT', path: 'options.policy' };
    expect(errorOf(() => createSubscription(input, { policy }))).toEqual(where);
    const state = createSubscription(input);
    expect(errorOf(() => transition(state, { type: 'cancel', at }, { policy }))).toEqual(where);
    expect(errorOf(() => allowedActions(state, at, { policy }))).toEqual(where);
    // a catalog policy passed explicitly is refused alike: the state picks its own per term
    expect(errorOf(() => transition(state, { type: 'cancel', at }, { policy: catalog }))).toEqual(
      where,
    );
  });
});

describe('a term renewed from 29 February bills on the 28th (NCE-3, decided 2026-11-27)', () => {
  // 10 seats at 300.00 USD, P1Y billed monthly, bought 2024-02-29: renewed 2025-02-28
  const leap = createSubscription({
    program: 'new-commerce',
    product: 'license-based',
    term: 'P1Y',
    billingFrequency: 'monthly',
    quantity: 10,
    orderedAt: '2024-02-29T10:00:00Z',
    price: { amount: 30_000, currency: 'USD' },
  });

  it('NCE-3: a cancel on 2025-03-05 of 10 seats at 300.00 credits 2,357.20 (D = 28 from the 28th, U = 6)', () => {
    const result = transition(leap, { type: 'cancel', at: '2025-03-05T10:00:00Z' });
    const credit = result.ok ? result.effects.at(-1) : undefined;
    expect(credit).toMatchObject({
      type: 'credit',
      credit: { amount: 235_720, currency: 'USD' },
      periodStart: '2025-02-28T00:00:00.000Z',
      periodEnd: '2025-03-28T00:00:00.000Z',
      periodDays: 28,
      days: 22,
    });
  });

  it('NCE-3: the renewed term’s second period starts on 2025-03-28T00:00:00.000Z (±1 ms)', () => {
    const before = advance(leap, '2025-03-27T23:59:59.999Z');
    expect(before.effects.at(-1)).toMatchObject({
      kind: 'renewal',
      periodStart: '2025-02-28T00:00:00.000Z',
      periodEnd: '2025-03-28T00:00:00.000Z',
    });
    const at = advance(leap, '2025-03-28T00:00:00.000Z');
    expect(at.effects.at(-1)).toMatchObject({
      kind: 'cycle',
      periodStart: '2025-03-28T00:00:00.000Z',
      periodEnd: '2025-04-28T00:00:00.000Z',
    });
  });

  it('NCE-3, NCE-11: a term from 2027-02-28 to 2028-02-29 bills twelve periods, the last to the term’s end', () => {
    const fourth = advance(leap, '2028-01-28T00:00:00Z');
    expect(fourth.subscription.termStart).toBe('2027-02-28T00:00:00.000Z');
    expect(fourth.subscription.termEnd).toBe('2028-02-29T00:00:00.000Z');
    expect(fourth.effects.at(-1)).toMatchObject({
      kind: 'cycle',
      periodStart: '2028-01-28T00:00:00.000Z',
      periodEnd: '2028-02-29T00:00:00.000Z',
      periodDays: 32,
    });
    const next = advance(fourth.subscription, '2028-02-29T00:00:00Z').effects;
    expect(next.map((e) => e.type === 'charge' && [e.kind, e.periodStart])).toEqual([
      ['renewal', '2028-02-29T00:00:00.000Z'],
    ]);
  });
});

describe('properties over every state the arbitraries reach (found by review)', () => {
  const DAY = 86_400_000;
  const TERM_MONTHS = { P1M: 1, P1Y: 12, P2Y: 24, P3Y: 36 } as const;
  const PERIOD_MONTHS = { monthly: 1, annual: 12, triennial: 36 } as const;

  /** Terms anchored on the 28th to the 31st (and 29 February), renewed up to two years. */
  const clamped = fc
    .record({
      year: fc.integer({ min: 2022, max: 2030 }),
      month: fc.integer({ min: 0, max: 11 }),
      day: fc.integer({ min: 28, max: 31 }),
      kind: fc.constantFrom(
        { term: 'P1M', billingFrequency: 'monthly' },
        { term: 'P1Y', billingFrequency: 'monthly' },
        { term: 'P3Y', billingFrequency: 'annual' },
      ),
      quantity: fc.integer({ min: 1, max: 40 }),
      wait: fc.integer({ min: 0, max: 800 * DAY }),
    })
    .map(({ year, month, day, kind, quantity, wait }) => {
      const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
      const ordered = Date.UTC(year, month, Math.min(day, last), 9);
      const state = createSubscription({
        program: 'new-commerce',
        product: 'license-based',
        ...(kind as { term: 'P1M'; billingFrequency: 'monthly' }),
        quantity,
        orderedAt: new Date(ordered).toISOString(),
        price: { amount: 85_037, currency: 'USD' },
      });
      return advance(state, new Date(ordered + wait).toISOString()).subscription;
    });
  const reader = fc
    .tuple(partnerCenterSubscription({ program: 'new-commerce' }), fc.nat({ max: 900 * DAY }))
    .map(
      ([r, after]) =>
        fromPartnerCenterSubscription(r, { asOf: readableAsOf(r, after) })
          .subscription as NewCommerceSubscription,
    );
  const states = fc.oneof(subscription({ program: 'new-commerce' }), clamped, reader);

  it('NCE-3, NCE-11: any state’s billing periods tile its current term from its own start: each boundary is date(termStart) + k periods (clamped), the last ends at termEnd (renewed, clamped and read terms)', () => {
    fc.assert(
      fc.property(states, (state) => {
        const s = state as NewCommerceSubscription;
        if (s.termStart === null || s.termEnd === null || s.term === null) return;
        if (s.billingPeriodsFrom !== undefined) return;
        const term = { startMs: Date.parse(s.termStart), endMs: Date.parse(s.termEnd) };
        const months = PERIOD_MONTHS[s.billingFrequency as keyof typeof PERIOD_MONTHS];
        const count = TERM_MONTHS[s.term] / months;
        const day0 = new Date(term.startMs);
        // the oracle: date(S) + k periods, clamped to the month's last day, written out
        const nominal = (k: number): number => {
          const y = day0.getUTCFullYear();
          const m = day0.getUTCMonth() + k * months;
          const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
          return Date.UTC(y, m, Math.min(day0.getUTCDate(), last));
        };
        let cursor = term.startMs;
        for (let k = 0; k < count; k++) {
          const p = billingPeriodAt({ ...term, months: TERM_MONTHS[s.term] }, months, cursor);
          expect([p.startMs, p.index]).toEqual([cursor, k]);
          expect(p.endMs).toBe(k === count - 1 ? term.endMs : Math.min(nominal(k + 1), term.endMs));
          cursor = p.endMs;
        }
        expect(cursor).toBe(term.endMs);
        // the machine bills those same periods: every cycle charge of the term is one of them
        const starts = new Set([term.startMs]);
        for (let k = 1; k < count; k++) starts.add(Math.min(nominal(k), term.endMs));
        const charges =
          Date.parse(s.asOf) < term.endMs
            ? chargesBetween(s, s.asOf, new Date(term.endMs - 1).toISOString())
            : [];
        for (const e of charges) {
          if (e.type !== 'charge' || e.kind !== 'cycle') continue;
          expect(starts.has(Date.parse(e.periodStart))).toBe(true);
          const end = Date.parse(e.periodEnd);
          expect(end === term.endMs || starts.has(end)).toBe(true);
        }
      }),
    );
  });

  it('NCE-5, NCE-6: a credit is never negative nor more than the period charged for those seats, and refundableQuantity.total is the reducible batches', () => {
    fc.assert(
      fc.property(states, fc.integer({ min: 0, max: 9 * DAY }), fc.nat(), (state, wait, pick) => {
        const s = state as NewCommerceSubscription;
        const at = new Date(Date.parse(s.asOf) + wait).toISOString();
        const now = advance(s, at).subscription;
        const open = refundableQuantity(s, at);
        const reducible =
          now.status === 'active'
            ? now.seats.filter((b) => b.reducibleUntil !== null && at < b.reducibleUntil)
            : [];
        expect(open.total).toBe(reducible.reduce((sum, b) => sum + b.quantity, 0));
        const target = open.total === 0 ? now.quantity : now.quantity - 1 - (pick % open.total);
        for (const event of [
          { type: 'cancel', at },
          { type: 'change-quantity', at, quantity: Math.max(1, target) },
        ] as const) {
          const result = transition(s, event);
          if (!result.ok) continue;
          for (const effect of result.effects) {
            if (effect.type !== 'credit' || effect.credit === undefined) continue;
            const price = (now.price as { amount: number }).amount;
            expect(effect.credit.amount).toBeGreaterThanOrEqual(0);
            expect(effect.credit.amount).toBeLessThanOrEqual(price * effect.quantity);
          }
        }
      }),
    );
  });
});

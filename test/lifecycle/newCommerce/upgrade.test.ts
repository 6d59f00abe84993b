import fc from 'fast-check';
import type { NewCommerceEffect, NewCommerceSubscription } from 'subscription-rules';
import { advance, createSubscription, transition, upgrade } from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import { parseUpgradeRequest } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { deepFreeze, itKeepsTheContract } from '../../_contracts.ts';
import { ruleErrorOf } from '../../_errors.ts';
import { apply, DAY, iso, licence, newCommerceState, prorated } from './_states.ts';

/** Business Basic: 10 seats, P1Y monthly at 12.50 USD, bought 2026-11-20T10:00Z. */
const basic = createSubscription(licence);
/** Business Standard at 22.00 USD a seat a month. */
const standard = {
  offerId: 'CFQ7TTC0LDPB:0001',
  price: { amount: 2200, currency: 'USD' },
} as const;
const DAY_11 = '2026-11-30T12:00:00Z'; // the 11th day of the period 2026-11-20 … 2026-12-20

const money = (effects: readonly NewCommerceEffect[]): unknown[] =>
  effects.map((e) =>
    e.type === 'charge'
      ? ['charge', e.kind, e.quantity, e.amount.amount]
      : e.type === 'credit'
        ? ['credit', e.kind, e.quantity, e.credit?.amount]
        : [e.type],
  );

function accepted(result: ReturnType<typeof upgrade>) {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result;
}

describe('upgrade (MID-4)', () => {
  it('MID-4: 4 of 10 seats on day 11 of a 30-day period, 12.50 → 22.00 USD: the source credits 5000 − 459·4 = 31.64, the target charges r(293·19/4)·4 = 55.68', () => {
    const result = accepted(upgrade(basic, { at: DAY_11, quantity: 4, to: standard }));
    expect(result.effects).toEqual([
      {
        type: 'credit',
        kind: 'upgrade-source',
        outcome: 'prorated-credit',
        at: '2026-11-30T12:00:00.000Z',
        quantity: 4,
        credit: { amount: 3164, currency: 'USD' },
        unitPrice: { amount: 1250, currency: 'USD' },
        periodStart: '2026-11-20T10:00:00.000Z',
        periodEnd: '2026-12-20T00:00:00.000Z',
        days: 19,
        periodDays: 30,
        seats: 6,
        rule: 'MID-4',
      },
      {
        type: 'charge',
        kind: 'upgrade',
        at: '2026-11-30T12:00:00.000Z',
        quantity: 4,
        unitPrice: { amount: 2200, currency: 'USD' },
        amount: { amount: 5568, currency: 'USD' },
        periodStart: '2026-11-20T10:00:00.000Z',
        periodEnd: '2026-12-20T00:00:00.000Z',
        days: 19,
        periodDays: 30,
        seats: 4,
        term: 'P1Y',
        billingFrequency: 'monthly',
        rule: 'MID-4',
      },
    ]);
    expect(result.source).toMatchObject({ quantity: 6, price: { amount: 1250 } });
    expect(result.source !== null && 'offerId' in result.source).toBe(false);
    // a new subscription with the source's dates, policy and window
    expect(result.target).toMatchObject({
      status: 'active',
      offerId: 'CFQ7TTC0LDPB:0001',
      quantity: 4,
      price: { amount: 2200, currency: 'USD' },
      termStart: basic.termStart,
      termEnd: basic.termEnd,
      policyId: basic.policyId,
      seats: [
        {
          quantity: 4,
          addedAt: '2026-11-30T12:00:00.000Z',
          reducibleUntil: '2026-11-28T00:00:00.000Z',
        },
      ],
    });
  });

  it('MID-4: a full upgrade is the same subscription for the new offer: dates, batches and windows unchanged, every seat credited and charged', () => {
    const result = accepted(upgrade(basic, { at: DAY_11, to: standard }));
    expect(result.source).toBeNull();
    const { offerId, price, asOf, ...rest } = result.target;
    const { price: _, asOf: __, ...before } = basic;
    expect(rest).toEqual(before);
    expect([offerId, price, asOf]).toEqual([
      'CFQ7TTC0LDPB:0001',
      { amount: 2200, currency: 'USD' },
      '2026-11-30T12:00:00.000Z',
    ]);
    // 10 seats: 12500 − r(417·11/10)·10 = 12500 − 4590; r(r(22000/30)·19/10)·10 = r(733·1.9)·10
    expect(money(result.effects)).toEqual([
      ['credit', 'upgrade-source', 10, 7910],
      ['charge', 'upgrade', 10, 13930],
    ]);
    // the next cycle bills the new price
    expect(advance(result.target, '2026-12-20T00:00:00Z').effects).toMatchObject([
      { kind: 'cycle', amount: { amount: 22000 } },
    ]);
  });

  it('MID-4: the target inherits the source\u2019s cancellation window: a prorated cancel until 2026-11-28, none after (±1 ms)', () => {
    const early = accepted(
      upgrade(basic, { at: '2026-11-22T12:00:00Z', quantity: 4, to: standard }),
    );
    const close = Date.UTC(2026, 10, 28);
    expect(transition(early.target, { type: 'cancel', at: iso(close - 1) })).toMatchObject({
      ok: true,
    });
    expect(transition(early.target, { type: 'cancel', at: iso(close) })).toMatchObject({
      ok: false,
      code: 'NOT_CANCELLABLE',
    });
    // and its seats the window of the batch they came from
    expect(
      transition(early.target, { type: 'change-quantity', at: iso(close - 1), quantity: 1 }).ok,
    ).toBe(true);
  });

  it('MID-4: into an existing subscription the seats are added as batches and charged by its own period; it must not end earlier than the source (±1 ms at its end)', () => {
    // bought a day earlier: its term ends 2027-11-19, the source's 2027-11-20
    const existing = createSubscription({
      ...licence,
      quantity: 2,
      orderedAt: '2026-11-19T09:00:00Z',
      price: standard.price,
      offerId: standard.offerId,
    });
    const end = Date.UTC(2027, 10, 19);
    expect(
      upgrade(basic, { at: iso(end - 1), quantity: 3, to: standard, into: existing }),
    ).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED',
      message:
        'The target subscription’s term ends 2027-11-19T00:00:00.000Z, before the source’s ends 2027-11-20T00:00:00.000Z: an upgrade never ends earlier.',
    });
    // at its end it has renewed to 2028-11-19: later than the source's
    const result = accepted(
      upgrade(basic, { at: iso(end), quantity: 3, to: standard, into: existing }),
    );
    expect(result.target).toMatchObject({
      quantity: 5,
      termEnd: '2028-11-19T00:00:00.000Z',
      seats: [
        { quantity: 2, addedAt: '2027-11-19T00:00:00.000Z' },
        { quantity: 3, addedAt: '2027-11-19T00:00:00.000Z' },
      ],
    });
    expect(result.source?.quantity).toBe(7);
    // the renewals on the way bill first; the target's period is its own (2027-11-19 … 2027-12-19)
    const own = result.effects.at(-1);
    expect(own).toMatchObject({
      kind: 'upgrade',
      periodStart: '2027-11-19T00:00:00.000Z',
      periodEnd: '2027-12-19T00:00:00.000Z',
      days: 29,
    });
    expect(result.effects.filter((e) => e.type === 'charge' && e.kind === 'renewal')).toHaveLength(
      1,
    );
  });

  it('MID-4: an existing subscription whose term ends when the source\u2019s does is a target; one ending a day earlier is not', () => {
    const into = (orderedAt: string) =>
      createSubscription({
        ...licence,
        quantity: 2,
        orderedAt,
        price: standard.price,
        offerId: standard.offerId,
      });
    // bought the same day, hours apart: both terms end 2027-11-20T00:00Z
    const same = accepted(
      upgrade(basic, { at: DAY_11, quantity: 3, to: standard, into: into('2026-11-20T23:00:00Z') }),
    );
    expect([same.source?.termEnd, same.target.termEnd, same.target.quantity]).toEqual([
      '2027-11-20T00:00:00.000Z',
      '2027-11-20T00:00:00.000Z',
      5,
    ]);
    expect(
      upgrade(basic, { at: DAY_11, quantity: 3, to: standard, into: into('2026-11-19T23:59:59Z') }),
    ).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
  });

  it('MID-4: at the source\u2019s end the moved seats leave the renewed term: 1 ms before, the last day is used and nothing is charged (±1 ms)', () => {
    const end = Date.UTC(2027, 10, 20);
    const last = accepted(upgrade(basic, { at: iso(end - 1), quantity: 4, to: standard }));
    expect(money(last.effects).slice(-2)).toEqual([
      ['charge', 'cycle', 10, 12500],
      // every day used: 5000 − r(r(5000/31)·31/4)·4 = 5000 − r(161·7.75)·4 = 5000 − 4992, the
      // formula's rounding; and no day left to charge the target
      ['credit', 'upgrade-source', 4, 8],
    ]);
    const renewed = accepted(upgrade(basic, { at: iso(end), quantity: 4, to: standard }));
    expect(renewed.target.termStart).toBe('2027-11-20T00:00:00.000Z');
    // a renewal's first period: U = 1 of 30 days, 5000 − r(167·1/4)·4 = 5000 − 168
    expect(money(renewed.effects).slice(-2)).toEqual([
      ['credit', 'upgrade-source', 4, 4832],
      // the 29 days after: r(r(8800/30)·29/4)·4 = r(293·7.25)·4 = 2124·4
      ['charge', 'upgrade', 4, 8496],
    ]);
  });

  it('MID-4, CHG-2: the target is charged by the formula, which for a daily rate rounded up bills a few minor units more than the whole period: 1 seat at 61.00 USD a year, upgraded on its second day, the 363 days left: r(r(6100/365)·363) = 17·363 = 61.71', () => {
    const annual = createSubscription({
      ...licence,
      billingFrequency: 'annual',
      quantity: 1,
      orderedAt: '2026-01-01T00:00:00Z',
      price: { amount: 6100, currency: 'USD' },
    });
    const result = accepted(
      upgrade(annual, {
        at: '2026-01-02T12:00:00Z',
        to: { offerId: 'X:1', price: { amount: 6100, currency: 'USD' } },
      }),
    );
    expect(money(result.effects)).toEqual([
      // 6100 − r(17·2) = 6100 − 34
      ['credit', 'upgrade-source', 1, 6066],
      ['charge', 'upgrade', 1, 6171],
    ]);
  });

  it('MID-4: refusals — only an active licence-based source; never a shorter term; a new subscription keeps the source\u2019s plan', () => {
    const trial = createSubscription({ ...licence, trial: {} });
    expect(upgrade(trial, { at: DAY_11, to: standard })).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED',
    });
    const suspended = apply(basic, {
      type: 'suspend',
      at: '2026-11-25T00:00:00Z',
      reason: 'fraud',
    });
    expect(upgrade(suspended, { at: DAY_11, to: standard })).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED',
      message: 'A suspended subscription cannot take upgrade.',
    });
    const software = createSubscription({
      ...licence,
      product: 'software-subscription',
      billingFrequency: 'annual',
    });
    expect(upgrade(software, { at: DAY_11, to: standard })).toMatchObject({
      ok: false,
      code: 'NOT_SUPPORTED',
    });
    expect(
      upgrade(basic, { at: DAY_11, to: { ...standard, term: 'P1M', billingFrequency: 'monthly' } }),
    ).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED',
      message:
        'The target’s term P1M is shorter than the source subscription’s term P1Y: an upgrade never shortens the term.',
    });
    expect(
      upgrade(basic, {
        at: DAY_11,
        quantity: 2,
        to: { ...standard, term: 'P3Y', billingFrequency: 'monthly' },
      }),
    ).toMatchObject({
      ok: false,
      code: 'NOT_SUPPORTED',
    });
    const cancelled = apply(basic, { type: 'cancel', at: '2026-11-21T00:00:00Z' });
    expect(upgrade(cancelled, { at: DAY_11, to: standard })).toMatchObject({
      ok: false,
      code: 'TERMINAL',
    });
    // a refusal in the caller's language
    expect(upgrade(suspended, { at: DAY_11, to: standard }, { locale: ko })).toMatchObject({
      message: '일시 중단됨 상태의 구독에서는 업그레이드 작업을 할 수 없습니다.',
    });
  });

  it('MID-4: bad requests name their field (RuleError)', () => {
    expect(
      ruleErrorOf(() => upgrade(basic, { at: DAY_11, quantity: 11, to: standard })),
    ).toMatchObject({
      code: 'INVALID_QUANTITY',
      path: 'request.quantity',
    });
    expect(
      ruleErrorOf(() => upgrade(basic, { at: DAY_11, to: { ...standard, offerId: '' } })).path,
    ).toBe('request.to.offerId');
    expect(
      ruleErrorOf(() =>
        upgrade(basic, {
          at: DAY_11,
          to: { ...standard, price: { amount: 2200, currency: 'EUR' } },
        }),
      ),
    ).toMatchObject({ code: 'CURRENCY_MISMATCH', path: 'request.to.price.currency' });
    expect(
      ruleErrorOf(() => upgrade(basic, { at: '2026-11-19T00:00:00Z', to: standard })),
    ).toMatchObject({
      code: 'OUT_OF_ORDER',
      path: 'request.at',
    });
    expect(
      ruleErrorOf(() => upgrade({ ...basic, quantity: 0 }, { at: DAY_11, to: standard })).path,
    ).toBe('source.quantity');
    const into = createSubscription({
      ...licence,
      term: 'P3Y',
      price: { amount: 2000, currency: 'USD' },
    });
    expect(
      ruleErrorOf(() => upgrade(basic, { at: DAY_11, quantity: 1, to: standard, into })).path,
    ).toBe('request.to.price');
    // the request's own fields are read before any refusal: a bad price or a plan not sold is a
    // RuleError whatever the source, as parseUpgradeRequest refuses it
    const cancelled = apply(basic, { type: 'cancel', at: '2026-11-21T00:00:00Z' });
    for (const source of [basic, cancelled]) {
      expect(
        ruleErrorOf(() =>
          upgrade(source, {
            at: DAY_11,
            to: {
              ...standard,
              term: 'P3Y',
              billingFrequency: 'triennial',
              price: { amount: -1, currency: 'USD' },
            },
          }),
        ),
      ).toMatchObject({ code: 'INVALID_AMOUNT', path: 'request.to.price.amount' });
      // a billing frequency named alone pairs with the source's term: P1Y is never billed
      // triennially, which names both fields, before the refusal of a cancelled source
      const unsold = ruleErrorOf(() =>
        upgrade(source, { at: DAY_11, to: { ...standard, billingFrequency: 'triennial' } }),
      );
      expect(unsold).toMatchObject({
        code: 'INVALID_ARGUMENT',
        path: 'request.to.billingFrequency',
        params: { termPath: 'source.term', term: 'P1Y', frequency: 'triennial' },
      });
      expect(
        ruleErrorOf(() =>
          upgrade(source, {
            at: DAY_11,
            to: { ...standard, term: 'P2Y', billingFrequency: 'monthly' },
          }),
        ),
      ).toMatchObject({ code: 'INVALID_ARGUMENT', path: 'request.to.term' });
    }
  });

  it('MID-4: a term or billing frequency left out is the source’s (or into’s): each is optional, as its type says (found by review)', () => {
    // without to.term, 4 seats move to a P1Y monthly subscription, as with no plan at all
    const plain = accepted(upgrade(basic, { at: DAY_11, quantity: 4, to: standard }));
    for (const to of [
      { ...standard, billingFrequency: 'monthly' },
      { ...standard, term: 'P1Y' },
      { ...standard, term: 'P1Y', billingFrequency: 'monthly' },
    ] as const) {
      const result = accepted(upgrade(basic, { at: DAY_11, quantity: 4, to }));
      expect(result).toEqual(plain);
      expect([result.target.term, result.target.billingFrequency]).toEqual(['P1Y', 'monthly']);
      expect(parseUpgradeRequest({ at: DAY_11, quantity: 4, to }).ok).toBe(true);
    }
    // into's plan fills in what is left out: a frequency alone on a P1Y annual into
    const into = createSubscription({
      ...licence,
      billingFrequency: 'annual',
      price: { amount: 26400, currency: 'USD' },
      orderedAt: '2026-11-25T00:00:00Z',
    });
    const annual = {
      offerId: standard.offerId,
      price: { amount: 26400, currency: 'USD' },
    } as const;
    const joined = accepted(
      upgrade(basic, {
        at: DAY_11,
        quantity: 2,
        into,
        to: { ...annual, billingFrequency: 'annual' },
      }),
    );
    expect([joined.target.quantity, joined.target.billingFrequency]).toEqual([12, 'annual']);
    expect(
      ruleErrorOf(() =>
        upgrade(basic, {
          at: DAY_11,
          quantity: 2,
          into,
          to: { ...annual, billingFrequency: 'triennial' },
        }),
      ),
    ).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: 'request.to.billingFrequency',
      params: { termPath: 'request.into.term', term: 'P1Y' },
    });
  });

  it('MID-4: an upgrade drops the scheduled renewal changes of both subscriptions', () => {
    const scheduled = apply(basic, {
      type: 'schedule-renewal',
      at: '2026-11-25T00:00:00Z',
      quantity: 12,
    });
    const result = accepted(upgrade(scheduled, { at: DAY_11, quantity: 4, to: standard }));
    expect([result.source?.scheduled, result.target.scheduled]).toEqual([null, null]);
  });

  itKeepsTheContract(
    'upgrade',
    upgrade,
    fc
      .tuple(
        fc.integer({ min: 0, max: 400 * DAY }),
        fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
      )
      .map(
        ([wait, quantity]) =>
          [
            basic,
            {
              at: iso(Date.parse(basic.asOf) + wait),
              to: standard,
              ...(quantity === undefined ? {} : { quantity }),
            },
          ] as const,
      ),
  );
});

describe('properties', () => {
  const plans = fc.tuple(
    newCommerceState,
    fc.integer({ min: 0, max: 60 * DAY }),
    fc.integer({ min: 1, max: 40 }),
    fc.integer({ min: 0, max: 1_000_000 }),
  );
  /** Whether the state has `quantity` seats at `wait` after its asOf (renewals may change them). */
  const has = (state: NewCommerceSubscription, wait: number, quantity: number): boolean =>
    quantity <= advance(state, iso(Date.parse(state.asOf) + wait)).subscription.quantity;
  const asked = (state: NewCommerceSubscription, wait: number, quantity: number, amount: number) =>
    upgrade(state, {
      at: iso(Date.parse(state.asOf) + wait),
      quantity,
      to: { offerId: 'X:1', price: { amount, currency: state.price?.currency ?? 'USD' } },
    });

  it('MID-4: seats are conserved by an upgrade: the source\u2019s and the target\u2019s add up to what the source had', () => {
    let upgrades = 0;
    fc.assert(
      fc.property(plans, ([state, wait, quantity, amount]) => {
        if (!has(state, wait, quantity)) return;
        const before = advance(state, iso(Date.parse(state.asOf) + wait)).subscription;
        const result = asked(state, wait, quantity, amount);
        if (!result.ok) return;
        upgrades++;
        const left = result.source === null ? 0 : result.source.quantity;
        expect(left + result.target.quantity).toBe(before.quantity);
        for (const s of [result.source, result.target]) {
          if (s === null) continue;
          expect(s.seats.reduce((sum, b) => sum + b.quantity, 0)).toBe(s.quantity);
        }
      }),
      { numRuns: 300 },
    );
    expect(upgrades).toBeGreaterThan(0);
  });

  it('MID-4: seats are conserved by an upgrade into an existing subscription: the source\u2019s and the target\u2019s add up to what both had', () => {
    let upgrades = 0;
    let full = 0;
    fc.assert(
      fc.property(
        plans,
        fc.integer({ min: 1, max: 25 }),
        fc.boolean(),
        ([state, wait, quantity, amount], held, all) => {
          const at = iso(Date.parse(state.asOf) + wait);
          const before = advance(state, at).subscription;
          const moving = all ? before.quantity : quantity;
          if (moving > before.quantity) return;
          const price = { amount, currency: state.price?.currency ?? 'USD' };
          // a three-year term bought at the upgrade's instant ends no earlier than any source
          const into = createSubscription({
            ...licence,
            term: 'P3Y',
            quantity: held,
            orderedAt: at,
            price,
            offerId: 'X:1',
          });
          const result = upgrade(state, {
            at,
            quantity: moving,
            to: { offerId: 'X:1', price, term: 'P3Y', billingFrequency: 'monthly' },
            into,
          });
          if (!result.ok) return;
          upgrades++;
          if (moving === before.quantity) full++;
          const left = result.source?.status === 'cancelled' ? 0 : (result.source?.quantity ?? 0);
          expect(left + result.target.quantity).toBe(before.quantity + held);
          expect(result.target.quantity).toBe(held + moving);
          for (const s of [result.source, result.target]) {
            if (s === null || s.status === 'cancelled') continue;
            expect(s.seats.reduce((sum, b) => sum + b.quantity, 0)).toBe(s.quantity);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(upgrades).toBeGreaterThan(0);
    expect(full).toBeGreaterThan(0);
  });

  it('MID-4: the credit and the charge of an upgrade stay within what the billing period bills those seats at each price', () => {
    fc.assert(
      fc.property(plans, ([state, wait, quantity, amount]) => {
        if (!has(state, wait, quantity)) return;
        const result = asked(state, wait, quantity, amount);
        if (!result.ok) return;
        for (const e of result.effects) {
          if (e.type === 'credit' && e.credit !== undefined) {
            expect(e.credit.amount).toBeGreaterThanOrEqual(0);
            expect(e.credit.amount).toBeLessThanOrEqual((e.unitPrice?.amount ?? 0) * e.quantity);
          }
          if (e.type === 'charge' && e.kind === 'upgrade') {
            // at most the whole period by the same formula: P·Q, or a few minor units more where
            // the daily rate rounds up (CHG-2)
            expect(e.amount.amount).toBeLessThanOrEqual(
              Math.max(
                e.unitPrice.amount * e.quantity,
                prorated(e.unitPrice.amount, e.quantity, e.periodDays, e.periodDays),
              ),
            );
            expect(e.days).toBeLessThan(e.periodDays);
          }
        }
      }),
    );
  });

  it('MID-4, PURE-1: the states returned are valid, share nothing with the frozen arguments, and survive a JSON round trip', () => {
    fc.assert(
      fc.property(plans, ([state, wait, quantity, amount]) => {
        if (!has(state, wait, quantity)) return;
        const frozen = deepFreeze(structuredClone(state));
        const result = asked(frozen, wait, quantity, amount);
        if (!result.ok) return;
        for (const s of [result.source, result.target]) {
          if (s === null) continue;
          const copy = JSON.parse(JSON.stringify(s)) as NewCommerceSubscription;
          expect(copy).toEqual(s);
          expect(advance(copy, iso(Date.parse(s.asOf) + 400 * DAY)).subscription).toEqual(
            advance(s, iso(Date.parse(s.asOf) + 400 * DAY)).subscription,
          );
          (s.seats as unknown[]).push({ quantity: 1, addedAt: s.asOf, reducibleUntil: null });
          (s as { quantity: number }).quantity += 1;
        }
        expect(frozen).toEqual(state);
      }),
    );
  });
});

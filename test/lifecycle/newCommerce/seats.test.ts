import fc from 'fast-check';
import { advance, createSubscription, refundableQuantity, transition } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../../_errors.ts';
import { apply, DAY, iso, licence, newCommerceState } from './_states.ts';

const bought = createSubscription(licence);
// 7 calendar days (partner-center-nce-2023-01) from 2026-11-20T10:00Z: to 2026-11-28T00:00Z
const WINDOW_END = Date.UTC(2026, 10, 28);

describe('refundableQuantity', () => {
  it('NCE-6: one batch at purchase, reducible until the end of the 7-calendar-day window (±1 ms)', () => {
    expect(bought.seats).toEqual([
      {
        quantity: 10,
        addedAt: '2026-11-20T10:00:00.000Z',
        reducibleUntil: '2026-11-28T00:00:00.000Z',
      },
    ]);
    expect(refundableQuantity(bought, iso(WINDOW_END - 1))).toEqual({
      total: 10,
      details: [{ quantity: 10, allowedUntil: '2026-11-28T00:00:00.000Z' }],
    });
    expect(refundableQuantity(bought, iso(WINDOW_END))).toEqual({ total: 0, details: [] });
  });

  it('NCE-6: an increase is a new batch with its own window; details list the newest first', () => {
    const more = apply(bought, {
      type: 'change-quantity',
      at: '2026-11-25T08:00:00Z',
      quantity: 12,
    });
    expect(more.seats[1]).toEqual({
      quantity: 2,
      addedAt: '2026-11-25T08:00:00.000Z',
      reducibleUntil: '2026-12-03T00:00:00.000Z',
    });
    expect(refundableQuantity(more, '2026-11-27T12:00:00Z')).toEqual({
      total: 12,
      details: [
        { quantity: 2, allowedUntil: '2026-12-03T00:00:00.000Z' },
        { quantity: 10, allowedUntil: '2026-11-28T00:00:00.000Z' },
      ],
    });
    expect(refundableQuantity(more, '2026-11-28T00:00:00Z').total).toBe(2);
  });

  it('NCE-6: a reduction takes the newest reducible batches first and removes emptied ones', () => {
    const more = apply(bought, {
      type: 'change-quantity',
      at: '2026-11-25T08:00:00Z',
      quantity: 12,
    });
    const fewer = apply(more, { type: 'change-quantity', at: '2026-11-26T08:00:00Z', quantity: 9 });
    expect(fewer.seats).toEqual([{ ...bought.seats[0], quantity: 9 }]);
    expect(fewer.quantity).toBe(9);
  });

  it('NCE-6: beyond the total, refused REDUCTION_NOT_ALLOWED naming the most and until when (±1 ms)', () => {
    const more = apply(bought, {
      type: 'change-quantity',
      at: '2026-11-25T08:00:00Z',
      quantity: 12,
    });
    const late = transition(more, { type: 'change-quantity', at: iso(WINDOW_END), quantity: 9 });
    expect(late).toEqual({
      ok: false,
      code: 'REDUCTION_NOT_ALLOWED',
      message: 'At most 2 seats can be removed now (2 until 2026-12-03T00:00:00.000Z).',
      messageId: 'lifecycle.refused.seats-limited',
      params: { total: 2, batches: [{ quantity: 2, allowedUntil: '2026-12-03T00:00:00.000Z' }] },
    });
    expect(
      transition(more, { type: 'change-quantity', at: iso(WINDOW_END), quantity: 10 }).ok,
    ).toBe(true);
    expect(
      transition(more, { type: 'change-quantity', at: iso(WINDOW_END - 1), quantity: 1 }).ok,
    ).toBe(true);
    const none = transition(bought, { type: 'change-quantity', at: iso(WINDOW_END), quantity: 9 });
    expect(none.ok === false && none.code).toBe('REDUCTION_NOT_ALLOWED');
    expect(none.ok === false && none.message).toContain('No seats can be removed now');
  });

  it('NCE-6: a renewal is one batch of the whole quantity with a new window', () => {
    const more = apply(bought, {
      type: 'change-quantity',
      at: '2026-11-25T08:00:00Z',
      quantity: 12,
    });
    const renewed = advance(more, '2027-11-20T00:00:00Z').subscription;
    expect(renewed.seats).toEqual([
      {
        quantity: 12,
        addedAt: '2027-11-20T00:00:00.000Z',
        reducibleUntil: '2027-11-28T00:00:00.000Z',
      },
    ]);
    expect(refundableQuantity(more, '2027-11-27T23:59:59.999Z').total).toBe(12);
  });

  it('NCE-6: 72 hours exactly under partner-center-nce-2021-10 (±1 ms)', () => {
    const early = createSubscription({ ...licence, orderedAt: '2021-11-20T10:00:00Z' });
    const end = Date.UTC(2021, 10, 23, 10);
    expect(refundableQuantity(early, iso(end - 1)).total).toBe(10);
    expect(refundableQuantity(early, iso(end)).total).toBe(0);
  });

  it('NCE-6: software subscriptions, marketplace SaaS and trials have no reducible seats', () => {
    const software = createSubscription({
      ...licence,
      product: 'software-subscription',
      term: 'P1Y',
      billingFrequency: 'annual',
    });
    expect(refundableQuantity(software, licence.orderedAt)).toEqual({ total: 0, details: [] });
    expect(software.seats[0]?.reducibleUntil).toBeNull();
    const down = transition(software, {
      type: 'change-quantity',
      at: licence.orderedAt,
      quantity: 9,
    });
    expect(down.ok === false && down.code).toBe('NOT_SUPPORTED');
    const trial = createSubscription({ ...licence, trial: {} });
    expect(refundableQuantity(trial, licence.orderedAt).total).toBe(0);
  });

  it('NCE-6: a reduction credits the removed seats by NCE-5', () => {
    // 3 seats at 1250 in the period [2026-11-20, 2026-12-20): D = 30 days; at 2026-11-23 U = 4.
    // r(1250·3/30) = 125; r(125·4/3) = r(166.67) = 167; charged 167·3 = 501; credit 3750 − 501 = 3249.
    const result = transition(bought, {
      type: 'change-quantity',
      at: '2026-11-23T09:00:00Z',
      quantity: 7,
    });
    expect(result.ok && result.effects).toEqual([
      {
        type: 'credit',
        kind: 'remove-quantity',
        outcome: 'prorated-credit',
        at: '2026-11-23T09:00:00.000Z',
        quantity: 3,
        credit: { amount: 3249, currency: 'USD' },
        unitPrice: { amount: 1250, currency: 'USD' },
        periodStart: '2026-11-20T10:00:00.000Z',
        periodEnd: '2026-12-20T00:00:00.000Z',
        days: 26,
        periodDays: 30,
        seats: 7,
        rule: 'NCE-6',
      },
    ]);
  });

  it('NCE-5: 1 seat at 1.00 added on a 31-day period’s first day is charged 0.93; removed the same day it is credited 0.93, not 0.97 (±1 ms: one added a millisecond before the period was charged the whole period and gets 0.97)', () => {
    // 1 seat at 1.00 USD, P1Y monthly, bought 2026-12-20T10:00Z: the period 2027-01-20 → 02-20 is 31 days
    const one = createSubscription({
      ...licence,
      quantity: 1,
      price: { amount: 100, currency: 'USD' },
      orderedAt: '2026-12-20T10:00:00Z',
    });
    const removedOn = (addedAt: string) => {
      const added = transition(one, { type: 'change-quantity', at: addedAt, quantity: 2 });
      if (!added.ok) throw new Error(added.code);
      const charged = added.effects.at(-1);
      const removed = transition(added.subscription, {
        type: 'change-quantity',
        at: '2027-01-20T06:00:00Z',
        quantity: 1,
      });
      const credit = removed.ok ? removed.effects.at(-1) : undefined;
      return [
        charged?.type === 'charge' && charged.amount.amount,
        credit?.type === 'credit' && credit.credit?.amount,
      ];
    };
    // r(100·1/31) = 3; N = 31: r(3·31/1) = 93 charged; U = 1: credit 100 − 3 = 97, capped at 93
    expect(removedOn('2027-01-20T00:00:00.000Z')).toEqual([93, 93]);
    expect(removedOn('2027-01-20T05:00:00.000Z')).toEqual([93, 93]);
    // a millisecond earlier: 3 charged for the last day of the period before, then 1.00 by the
    // cycle of 2027-01-20 — the formula's 97 is less than what that seat was charged this period
    expect(removedOn('2027-01-19T23:59:59.999Z')).toEqual([3, 97]);
  });

  it('NCE-6: refundableQuantity before asOf throws OUT_OF_ORDER; a legacy state is not one', () => {
    expect(codeOf(() => refundableQuantity(bought, '2026-11-20T09:59:59.999Z'))).toBe(
      'OUT_OF_ORDER',
    );
    expect(codeOf(() => refundableQuantity({} as never, '2026-11-20T10:00:00Z'))).toBe(
      'MISSING_FIELD',
    );
  });
});

describe('properties', () => {
  it('the seat batches add up to the quantity, and none holds 0', () => {
    fc.assert(
      fc.property(newCommerceState, (state) => {
        expect(state.seats.reduce((sum, b) => sum + b.quantity, 0)).toBe(state.quantity);
        for (const b of state.seats) expect(b.quantity).toBeGreaterThan(0);
      }),
    );
  });

  it('the reducible batches add up to refundableQuantity.total', () => {
    fc.assert(
      fc.property(newCommerceState, fc.integer({ min: 0, max: 10 * DAY }), (state, wait) => {
        const at = iso(Date.parse(state.asOf) + wait);
        const answer = refundableQuantity(state, at);
        expect(answer.details.reduce((sum, d) => sum + d.quantity, 0)).toBe(answer.total);
        const now = advance(state, at).subscription;
        const open =
          now.status === 'active'
            ? now.seats.filter(
                (b) => b.reducibleUntil !== null && Date.parse(at) < Date.parse(b.reducibleUntil),
              )
            : [];
        expect(open.reduce((sum, b) => sum + b.quantity, 0)).toBe(answer.total);
      }),
    );
  });

  it('removing exactly refundableQuantity.total is accepted, and one more is refused', () => {
    fc.assert(
      fc.property(newCommerceState, (state) => {
        const total = refundableQuantity(state, state.asOf).total;
        if (total === 0 || total >= state.quantity) return;
        expect(
          transition(state, {
            type: 'change-quantity',
            at: state.asOf,
            quantity: state.quantity - total,
          }).ok,
        ).toBe(true);
        if (state.quantity - total - 1 < 1) return;
        const more = transition(state, {
          type: 'change-quantity',
          at: state.asOf,
          quantity: state.quantity - total - 1,
        });
        expect(more.ok === false && more.code).toBe('REDUCTION_NOT_ALLOWED');
      }),
    );
  });
});

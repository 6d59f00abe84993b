import fc from 'fast-check';
import type { NewCommerceSubscription } from 'subscription-rules';
import { advance, createSubscription, transition } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { outcome } from '../../_calls.ts';
import { apply, HOUR, iso, licence } from './_states.ts';

const bought = (): NewCommerceSubscription => createSubscription(licence);
const START = Date.parse('2026-11-20T10:00:00Z');

describe('New Commerce transition: what one call remembers for the next (NCE-10, ERR-1)', () => {
  it('NCE-7, NCE-10: an event at the instant of the event before, in another string, gets what it gets after an event at another instant: 3 seats credited at 2026-11-23T09:00:00.000Z either way', () => {
    const at = '2026-11-23T09:00:00.000Z';
    const change = { type: 'change-quantity', quantity: 7 } as const;
    transition(bought(), {
      type: 'suspend',
      at: '2026-11-22T09:00:00.000Z',
      reason: 'customer-request',
    });
    const fresh = JSON.stringify(transition(bought(), { ...change, at }));
    transition(bought(), {
      type: 'suspend',
      at: `${at} `.slice(0, 24),
      reason: 'customer-request',
    });
    const same = JSON.stringify(transition(bought(), { ...change, at: `${at} `.slice(0, 24) }));
    expect(same).toBe(fresh);
    expect(JSON.parse(same)).toMatchObject({
      ok: true,
      subscription: { asOf: at, quantity: 7 },
      effects: [{ type: 'credit', quantity: 3, credit: { amount: 3249, currency: 'USD' } }],
    });
  });

  it('ERR-1: a Date sent again after being changed is read afresh, and a bad `at` after a good one is still refused at event.at', () => {
    const state = bought();
    const when = new Date('2026-11-23T09:00:00.000Z');
    const first = transition(state, { type: 'reactivate', at: when });
    expect(first).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
    when.setTime(Date.parse('2026-11-24T09:00:00.000Z') + 1);
    const second = transition(state, { type: 'set-auto-renew', at: when, enabled: false });
    expect(second).toMatchObject({ ok: true, subscription: { asOf: '2026-11-24T09:00:00.001Z' } });
    transition(state, { type: 'set-auto-renew', at: '2027-11-20T09:59:59.999Z', enabled: true });
    expect(
      outcome(() =>
        transition(state, { type: 'set-auto-renew', at: '2027-11-20T09:59:59.999', enabled: true }),
      ),
    ).toMatchObject({ code: 'INVALID_INSTANT', path: 'event.at' });
  });

  it('NCE-10, ERR-1: a JSON copy naming no New Commerce policy is refused at subscription.policyId right after a call on a known one', () => {
    const state = bought();
    transition(state, { type: 'set-auto-renew', at: '2026-11-21T00:00:00.000Z', enabled: false });
    const copy = { ...JSON.parse(JSON.stringify(state)), policyId: 'partner-center-2021' };
    expect(
      outcome(() =>
        transition(copy, { type: 'set-auto-renew', at: '2026-11-21T00:00:00.000Z', enabled: true }),
      ),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: 'subscription.policyId' });
  });

  it('NCE-10, PURE-1: a call gives the same result whatever call came before it — the same instant, another instant as text or as a Date, or a refused event — and the answer to the same instant sent as a Date (the memos of one call never change the next answer)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 * 24 }),
        fc.integer({ min: 0, max: 300 * 24 }),
        fc.constantFrom('same', 'other', 'other Date', 'refused'),
        (hours, beforeHours, before) => {
          const at = iso(START + hours * HOUR);
          const event = { type: 'change-quantity', at, quantity: 4 } as const;
          // a Date is never taken from the memo of texts: the answer of a call read afresh
          const alone = JSON.stringify(
            outcome(() => transition(bought(), { ...event, at: new Date(Date.parse(at)) })),
          );
          const priorAt =
            before === 'same' ? `${at} `.slice(0, 24) : iso(START + beforeHours * HOUR);
          const sentAt = before === 'other Date' ? new Date(Date.parse(priorAt)) : priorAt;
          transition(
            bought(),
            before === 'refused'
              ? { type: 'reactivate', at: sentAt }
              : { type: 'set-auto-renew', at: sentAt, enabled: true },
          );
          expect(JSON.stringify(outcome(() => transition(bought(), event)))).toBe(alone);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('NCE-10, ERR-1: a JSON copy with a wrong second seat batch, price or scheduled price is refused at that field, right after a good copy was read', () => {
    const added = transition(bought(), {
      type: 'change-quantity',
      at: '2026-11-21T10:00:00.000Z',
      quantity: 12,
    });
    if (!added.ok) throw new Error('refused');
    const scheduled = transition(added.subscription, {
      type: 'schedule-renewal',
      at: '2026-11-21T11:00:00.000Z',
      quantity: 4,
      price: { amount: 1300, currency: 'USD' },
    });
    if (!scheduled.ok) throw new Error('refused');
    const good: Record<string, unknown> = JSON.parse(JSON.stringify(scheduled.subscription));
    const event = {
      type: 'set-auto-renew',
      at: '2026-11-22T00:00:00.000Z',
      enabled: true,
    } as const;
    const read = (spoil: (copy: Record<string, unknown>) => void) => {
      // a good copy first: what the last call checked must not let a wrong one through
      expect(transition(good as never, event)).toMatchObject({ ok: true });
      const copy = JSON.parse(JSON.stringify(good));
      spoil(copy);
      return outcome(() => transition(copy, event));
    };
    expect(good).toMatchObject({ quantity: 12, seats: [{ quantity: 10 }, { quantity: 2 }] });
    expect(
      read((c) => {
        (c.seats as { quantity: unknown }[])[1] = { ...(c.seats as object[])[1], quantity: 2.5 };
      }),
    ).toMatchObject({ code: 'INVALID_QUANTITY', path: 'subscription.seats.1.quantity' });
    expect(
      read((c) => {
        (c.seats as { quantity: unknown }[])[1] = { ...(c.seats as object[])[1], quantity: 0 };
      }),
    ).toMatchObject({ code: 'INVALID_QUANTITY', path: 'subscription.seats.1.quantity' });
    expect(
      read((c) => {
        c.price = { amount: 1250, currency: 'usd' };
      }),
    ).toMatchObject({ code: 'UNKNOWN_CURRENCY', path: 'subscription.price.currency' });
    expect(
      read((c) => {
        c.price = { amount: 12.5, currency: 'USD' };
      }),
    ).toMatchObject({ code: 'INVALID_AMOUNT', path: 'subscription.price.amount' });
    expect(
      read((c) => {
        c.price = [1250, 'USD'];
      }),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: 'subscription.price' });
    expect(
      read((c) => {
        (c.scheduled as { price: unknown }).price = { currency: 'USD' };
      }),
    ).toMatchObject({ code: 'MISSING_FIELD', path: 'subscription.scheduled.price.amount' });
    expect(
      read((c) => {
        (c.scheduled as { price: unknown }).price = { amount: -1, currency: 'USD' };
      }),
    ).toMatchObject({ code: 'INVALID_AMOUNT', path: 'subscription.scheduled.price.amount' });
    expect(
      read((c) => {
        c.product = 'License-Based';
      }),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: 'subscription.product' });
  });

  it('CHG-1, NCE-6: the cycles the time passed bills come first in the effects, then the event’s own: 2 seats added the day before the second period and removed in it — the second period’s cycle for 12 seats (15,000), then the 2 seats’ credit', () => {
    const added = transition(bought(), {
      type: 'change-quantity',
      at: '2026-12-19T09:00:00.000Z',
      quantity: 12,
    });
    if (!added.ok) throw new Error('refused');
    const cycle = transition(added.subscription, {
      type: 'change-quantity',
      at: '2026-12-20T10:00:00.000Z',
      quantity: 10,
    });
    expect(cycle).toMatchObject({
      ok: true,
      effects: [
        {
          type: 'charge',
          kind: 'cycle',
          quantity: 12,
          amount: { amount: 15_000, currency: 'USD' },
          periodStart: '2026-12-20T00:00:00.000Z',
        },
        { type: 'credit', quantity: 2 },
      ],
    });
    expect(cycle.ok && cycle.effects).toHaveLength(2);
  });
});

describe('New Commerce transition: the handler of each event type', () => {
  it('NCE-7: each of the nine event types is taken by its handler — none is refused as an unknown type — in the library’s own string or another copy of it, and a type with another case is unknown', () => {
    const types = [
      'cancel',
      'change-quantity',
      'set-auto-renew',
      'set-end-of-term',
      'schedule-renewal',
      'suspend',
      'reactivate',
      'change-term',
      'change-billing-frequency',
    ];
    const at = '2026-11-21T09:00:00.000Z';
    for (const type of types)
      for (const spelt of [type, ` ${type}`.slice(1)]) {
        const result = outcome(() => transition(bought(), { type: spelt, at } as never));
        expect((result as { path?: string }).path, spelt).not.toBe('event.type');
      }
    expect(outcome(() => transition(bought(), { type: 'Cancel', at } as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: 'event.type',
    });
  });
});

describe('New Commerce transition: the statuses that take no events', () => {
  it('NCE-7, NCE-8: every state reached on the way from suspended to its data deleted, and a cancelled one, refuses an event TERMINAL exactly when it is expired, disabled, cancelled or deleted — chained and from its JSON copy alike', () => {
    const suspended = apply(bought(), {
      type: 'suspend',
      at: '2026-11-21T09:00:00.000Z',
      reason: 'customer-request',
    });
    const states: NewCommerceSubscription[] = [
      suspended,
      apply(bought(), { type: 'cancel', at: '2026-11-21T09:00:00.000Z' }),
    ];
    for (let month = 1; month <= 20; month++)
      states.push(advance(suspended, iso(START + month * 30 * 24 * HOUR)).subscription);
    const seen = new Set<string>();
    for (const state of states) {
      seen.add(state.status);
      const at = iso(Date.parse(state.asOf) + 1);
      const event = { type: 'reactivate', at } as const;
      const copied = outcome(() => transition(JSON.parse(JSON.stringify(state)), event));
      const chained = outcome(() => transition(state, event));
      expect(chained).toEqual(copied);
      const code = (chained as { value: { ok: boolean; code?: string } }).value.code;
      expect(code === 'TERMINAL', state.status).toBe(
        ['expired', 'disabled', 'cancelled', 'deleted'].includes(state.status),
      );
    }
    expect([...seen].sort()).toEqual(['cancelled', 'deleted', 'disabled', 'expired', 'suspended']);
  });
});

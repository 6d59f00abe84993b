import fc from 'fast-check';
import { advance, createSubscription, nextDeadline, transition } from 'subscription-rules';
import { subscription } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../../_errors.ts';
import { apply, DAY, iso, licence, newCommerceState } from './_states.ts';

const bought = createSubscription(licence);
const TERM_END = Date.UTC(2027, 10, 20); // 00:00Z after the inclusive end date 2027-11-19

describe('advance (New Commerce)', () => {
  it('NCE-8: a trial converts at orderedAt + 30 days to P1Y monthly by default, one batch and a new window (±1 ms)', () => {
    const trial = createSubscription({ ...licence, quantity: 25, trial: {} });
    expect(trial).toMatchObject({
      status: 'trial',
      trialEndsAt: '2026-12-20T10:00:00.000Z',
      termStart: null,
      termEnd: null,
    });
    const end = Date.UTC(2026, 11, 20, 10);
    expect(advance(trial, iso(end - 1)).subscription.status).toBe('trial');
    const converted = advance(trial, iso(end));
    expect(converted.events).toEqual([{ type: 'trial-converted', at: '2026-12-20T10:00:00.000Z' }]);
    expect(converted.subscription).toMatchObject({
      status: 'active',
      term: 'P1Y',
      billingFrequency: 'monthly',
      quantity: 25,
      trialEndsAt: null,
      termStart: '2026-12-20T10:00:00.000Z',
      termEnd: '2027-12-20T00:00:00.000Z',
      seats: [
        {
          quantity: 25,
          addedAt: '2026-12-20T10:00:00.000Z',
          reducibleUntil: '2026-12-28T00:00:00.000Z',
        },
      ],
    });
  });

  it('NCE-8: trial.convertsTo chooses the paid term; a SaaS trial converts to its own; at most 25 seats', () => {
    const chosen = createSubscription({
      ...licence,
      trial: { convertsTo: { term: 'P3Y', billingFrequency: 'annual' } },
    });
    expect(advance(chosen, '2027-01-01T00:00:00Z').subscription).toMatchObject({
      term: 'P3Y',
      billingFrequency: 'annual',
      termEnd: '2029-12-20T00:00:00.000Z',
    });
    const saas = createSubscription({
      ...licence,
      product: 'marketplace-saas',
      term: 'P1M',
      trial: {},
    });
    expect(advance(saas, '2027-01-01T00:00:00Z').subscription).toMatchObject({
      term: 'P1M',
      billingFrequency: 'monthly',
      termEnd: '2027-01-20T00:00:00.000Z',
    });
    expect(codeOf(() => createSubscription({ ...licence, quantity: 26, trial: {} }))).toBe(
      'INVALID_QUANTITY',
    );
  });

  it('NCE-8: a trial with auto-renew off expires at its end (±1 ms)', () => {
    const trial = createSubscription({ ...licence, trial: {} });
    const off = apply(trial, {
      type: 'set-auto-renew',
      at: '2026-11-21T00:00:00Z',
      enabled: false,
    });
    expect(nextDeadline(off)).toEqual({ type: 'expired', at: '2026-12-20T10:00:00.000Z' });
    expect(advance(off, '2026-12-20T10:00:00Z').subscription).toMatchObject({
      status: 'expired',
      expiredAt: '2026-12-20T10:00:00.000Z',
    });
  });

  it('NCE-8: renewal at 00:00Z after the inclusive end date, with the scheduled changes applied then cleared (±1 ms)', () => {
    const planned = apply(bought, {
      type: 'schedule-renewal',
      at: '2027-06-01T00:00:00Z',
      quantity: 20,
      term: 'P3Y',
      price: { amount: 1100, currency: 'USD' },
    });
    const before = advance(planned, iso(TERM_END - 1));
    expect(before.events).toEqual([]);
    expect(before.subscription.termNumber).toBe(1);
    const renewed = advance(planned, iso(TERM_END));
    expect(renewed.events).toEqual([{ type: 'renewed', at: '2027-11-20T00:00:00.000Z' }]);
    expect(renewed.subscription).toMatchObject({
      status: 'active',
      quantity: 20,
      term: 'P3Y',
      price: { amount: 1100, currency: 'USD' },
      scheduled: null,
      termStart: '2027-11-20T00:00:00.000Z',
      termEnd: '2030-11-20T00:00:00.000Z',
      seats: [
        {
          quantity: 20,
          addedAt: '2027-11-20T00:00:00.000Z',
          reducibleUntil: '2027-11-28T00:00:00.000Z',
        },
      ],
    });
  });

  it('NCE-8, EST-1: without auto-renew, a subscription not eligible for the Extended Service Term (a software subscription) → expired at termEnd, disabled 30 days later, deleted 90 days after that (±1 ms)', () => {
    const software = createSubscription({ ...licence, product: 'software-subscription' });
    const off = apply(software, {
      type: 'set-auto-renew',
      at: '2027-01-01T00:00:00Z',
      enabled: false,
    });
    const disabledAt = TERM_END + 30 * DAY;
    const deletedAt = disabledAt + 90 * DAY;
    expect(advance(off, iso(TERM_END - 1)).subscription.status).toBe('active');
    expect(advance(off, iso(TERM_END)).subscription.status).toBe('expired');
    expect(advance(off, iso(disabledAt - 1)).subscription.status).toBe('expired');
    expect(advance(off, iso(disabledAt)).subscription).toMatchObject({
      status: 'disabled',
      disabledAt: iso(disabledAt),
    });
    expect(advance(off, iso(deletedAt - 1)).subscription.status).toBe('disabled');
    expect(advance(off, iso(deletedAt)).events).toEqual([
      { type: 'expired', at: '2027-11-20T00:00:00.000Z' },
      { type: 'disabled', at: '2027-12-20T00:00:00.000Z' },
      { type: 'data-deleted', at: '2028-03-19T00:00:00.000Z' },
    ]);
  });

  it('NCE-8: still suspended at termEnd → expired, disabled 30 days later, deleted 90 days after that (±1 ms each)', () => {
    const suspended = apply(bought, {
      type: 'suspend',
      at: '2027-01-01T00:00:00Z',
      reason: 'nonpayment',
    });
    expect(nextDeadline(suspended)).toEqual({ type: 'expired', at: '2027-11-20T00:00:00.000Z' });
    expect(advance(suspended, iso(TERM_END - 1)).subscription.status).toBe('suspended');
    const expired = advance(suspended, iso(TERM_END)).subscription;
    expect([expired.status, expired.expiredAt]).toEqual(['expired', '2027-11-20T00:00:00.000Z']);
    const disabledAt = TERM_END + 30 * DAY;
    const deletedAt = disabledAt + 90 * DAY;
    expect(advance(suspended, iso(disabledAt - 1)).subscription.status).toBe('expired');
    expect(advance(suspended, iso(disabledAt)).subscription.status).toBe('disabled');
    expect(advance(suspended, iso(deletedAt - 1)).subscription.status).toBe('disabled');
    expect(advance(suspended, iso(deletedAt)).events).toEqual([
      { type: 'expired', at: '2027-11-20T00:00:00.000Z' },
      { type: 'disabled', at: '2027-12-20T00:00:00.000Z' },
      { type: 'data-deleted', at: '2028-03-19T00:00:00.000Z' },
    ]);
  });

  it('NCE-11: a suspended marketplace SaaS whose cancellation is scheduled is cancelled at termEnd, not expired (±1 ms)', () => {
    const saas = createSubscription({
      program: 'new-commerce',
      product: 'marketplace-saas',
      term: 'P1Y',
      billingFrequency: 'monthly',
      quantity: 3,
      orderedAt: '2026-11-20T10:00:00Z',
    });
    const scheduled = apply(saas, { type: 'cancel', at: '2026-12-01T00:00:00Z' });
    expect(scheduled.cancelAtRenewal).toBe(true);
    const suspended = apply(scheduled, {
      type: 'suspend',
      at: '2027-01-01T00:00:00Z',
      reason: 'nonpayment',
    });
    const end = Date.parse('2027-11-20T00:00:00Z');
    expect(nextDeadline(suspended)).toEqual({ type: 'cancelled', at: iso(end) });
    expect(advance(suspended, iso(end - 1)).subscription.status).toBe('suspended');
    expect(advance(suspended, iso(end)).subscription.status).toBe('cancelled');
    expect(nextDeadline(advance(suspended, iso(end)).subscription)).toBeNull();
  });

  it('NCE-8: term ends are anchored on the first term start, clamped to the month (NCE-3)', () => {
    const monthly = createSubscription({
      ...licence,
      term: 'P1M',
      orderedAt: '2027-01-31T15:00:00Z',
    });
    expect(advance(monthly, '2027-05-01T00:00:00Z').events.map((e) => e.at)).toEqual([
      '2027-02-28T00:00:00.000Z',
      '2027-03-31T00:00:00.000Z',
      '2027-04-30T00:00:00.000Z',
    ]);
  });

  it('NCE-8, NCE-11: a renewal after a policy change renews under the new policy and says so', () => {
    const early = createSubscription({
      ...licence,
      term: 'P1M',
      orderedAt: '2022-03-01T12:00:00Z',
    });
    expect(early.policyId).toBe('partner-center-nce-2021-10');
    const renewed = advance(early, '2022-04-01T00:00:00Z');
    expect(renewed.events).toEqual([
      { type: 'renewed', at: '2022-04-01T00:00:00.000Z', policyId: 'partner-center-nce-2022-03' },
    ]);
    expect(renewed.subscription.policyId).toBe('partner-center-nce-2022-03');
    // 72 hours then, 7 calendar days now
    expect(early.seats[0]?.reducibleUntil).toBe('2022-03-04T12:00:00.000Z');
    expect(renewed.subscription.seats[0]?.reducibleUntil).toBe('2022-04-09T00:00:00.000Z');
  });

  it('NCE-10: advance before asOf throws OUT_OF_ORDER; past 10 000 events it asks to advance in steps', () => {
    expect(codeOf(() => advance(bought, '2026-11-20T09:59:59.999Z'))).toBe('OUT_OF_ORDER');
    const monthly = createSubscription({ ...licence, term: 'P1M' });
    expect(codeOf(() => advance(monthly, '9000-01-01T00:00:00Z'))).toBe('INVALID_ARGUMENT');
  });
});

describe('properties', () => {
  it('advancing in two steps equals advancing once (states equal, event lists concatenate)', () => {
    fc.assert(
      fc.property(
        newCommerceState,
        fc.integer({ min: 0, max: 800 * DAY }),
        fc.integer({ min: 0, max: 800 * DAY }),
        (state, a, b) => {
          const t1 = iso(Date.parse(state.asOf) + Math.min(a, b));
          const t2 = iso(Date.parse(state.asOf) + Math.max(a, b));
          const first = advance(state, t1);
          const second = advance(first.subscription, t2);
          const once = advance(state, t2);
          expect(second.subscription).toEqual(once.subscription);
          expect([...first.events, ...second.events]).toEqual(once.events);
        },
      ),
    );
  });

  it('MID-1..MID-4: advancing in two steps equals advancing once, effects included, over every state the arbitraries reach (aligned terms, frequency changes waiting and applied, terms changed, seats upgraded)', () => {
    fc.assert(
      fc.property(
        subscription({ program: 'new-commerce' }),
        fc.integer({ min: 0, max: 1_200 * DAY }),
        fc.integer({ min: 0, max: 1_200 * DAY }),
        (state, a, b) => {
          const t1 = iso(Date.parse(state.asOf) + Math.min(a, b));
          const t2 = iso(Date.parse(state.asOf) + Math.max(a, b));
          const first = advance(state, t1);
          const second = advance(first.subscription, t2);
          const once = advance(state, t2);
          expect(second.subscription).toEqual(once.subscription);
          expect([...first.events, ...second.events]).toEqual(once.events);
          expect([...first.effects, ...second.effects]).toEqual(once.effects);
          // what is left after the first step is after it: every deadline up to t1 has fired
          const next = nextDeadline(first.subscription);
          if (next !== null) expect(Date.parse(next.at)).toBeGreaterThan(Date.parse(t1));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a transition equals advancing to its instant first, then sending the event (its effects after what the time passed billed)', () => {
    fc.assert(
      fc.property(newCommerceState, fc.integer({ min: 0, max: 400 * DAY }), (state, wait) => {
        const at = iso(Date.parse(state.asOf) + wait);
        const direct = transition(state, { type: 'set-auto-renew', at, enabled: false });
        const passed = advance(state, at);
        const stepped = transition(passed.subscription, {
          type: 'set-auto-renew',
          at,
          enabled: false,
        });
        expect(stepped.ok && stepped.effects).toEqual(stepped.ok && []);
        expect(
          stepped.ok ? { ...stepped, effects: [...passed.effects, ...stepped.effects] } : stepped,
        ).toEqual({
          ...direct,
          ...(direct.ok && stepped.ok ? { events: stepped.events } : {}),
        });
      }),
    );
  });

  it('nextDeadline is the first event advance applies, at its instant', () => {
    fc.assert(
      fc.property(newCommerceState, (state) => {
        const next = nextDeadline(state);
        if (next === null) return;
        const { type, at } = advance(state, next.at).events[0] ?? {};
        expect({ type, at }).toEqual(next);
      }),
    );
  });
});

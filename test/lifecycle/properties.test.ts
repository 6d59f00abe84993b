import fc from 'fast-check';
import type { Subscription, SubscriptionEvent } from 'subscription-rules';
import {
  access,
  advance,
  allowedActions,
  createSubscription,
  nextDeadline,
  transition,
} from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { eventShape, gap, laterThan, reachableSubscription, subscriptionInput } from './_states.ts';

const DAY = 86_400_000;
const span = fc.integer({ min: 0, max: 800 * DAY });
const terminal = (state: Subscription) =>
  state.status === 'cancelled' || state.status === 'expired' || state.status === 'deleted';

describe('properties', () => {
  it('LC-10: advancing in two steps equals advancing once (same state, events concatenated)', () => {
    fc.assert(
      fc.property(reachableSubscription, span, span, (state, a, b) => {
        const [first, second] = a <= b ? [a, b] : [b, a];
        const once = advance(state, laterThan(state, second));
        const half = advance(state, laterThan(state, first));
        const twice = advance(half.subscription, laterThan(state, second));
        expect(twice.subscription).toEqual(once.subscription);
        expect([...half.events, ...twice.events]).toEqual(once.events);
      }),
    );
  });

  it('LC-10: events come out in time order, each at or before `to`, and asOf becomes `to`', () => {
    fc.assert(
      fc.property(reachableSubscription, span, (state, wait) => {
        const to = laterThan(state, wait);
        const { subscription, events } = advance(state, to);
        const times = events.map((event) => Date.parse(event.at));
        expect(times).toEqual([...times].sort((x, y) => x - y));
        expect(
          times.every((time) => time >= Date.parse(state.asOf) && time <= Date.parse(to)),
        ).toBe(true);
        expect(subscription.asOf).toBe(to);
        const next = nextDeadline(subscription);
        expect(next === null || Date.parse(next.at) > Date.parse(to)).toBe(true);
      }),
    );
  });

  it('LC-11: terminal states absorb every event (TERMINAL, nothing changes)', () => {
    fc.assert(
      fc.property(reachableSubscription, gap, eventShape, (state, wait, shape) => {
        fc.pre(terminal(state));
        const event = shape(laterThan(state, wait));
        expect(transition(state, event)).toMatchObject({ ok: false, code: 'TERMINAL' });
        expect(allowedActions(state, event.at as string)).toEqual([]);
        expect(access(state)).toEqual({ users: false, admins: false });
      }),
    );
  });

  it('PURE-1: transition on a JSON copy of a state gives the same result as on the state', () => {
    fc.assert(
      fc.property(reachableSubscription, gap, eventShape, (state, wait, shape) => {
        const event = shape(laterThan(state, wait));
        expect(transition(JSON.parse(JSON.stringify(state)), event)).toEqual(
          transition(state, event),
        );
      }),
    );
  });

  it('LC-12: allowedActions lists exactly the events that transition would accept at that instant', () => {
    fc.assert(
      fc.property(reachableSubscription, gap, (state, wait) => {
        const at = laterThan(state, wait);
        const listed = new Set(
          allowedActions(state, at).map(
            (action) => `${action.type}${action.type === 'set-auto-renew' ? action.enabled : ''}`,
          ),
        );
        const probes: [string, SubscriptionEvent][] = [
          ['cancel', { type: 'cancel', at }],
          [
            'suspend',
            {
              type: 'suspend',
              at,
              reason: 'nonpayment',
              // A state created without the account dates takes them on the suspension (SUS-1).
              ...(state.accountOpenedAt === null
                ? { accountOpenedAt: state.orderedAt, firstBillingPeriodStart: state.orderedAt }
                : {}),
            },
          ],
          ['reactivate', { type: 'reactivate', at }],
          ['set-auto-renewtrue', { type: 'set-auto-renew', at, enabled: true }],
          ['set-auto-renewfalse', { type: 'set-auto-renew', at, enabled: false }],
          ['change-quantity', { type: 'change-quantity', at, quantity: 2 }],
        ];
        for (const [key, event] of probes)
          expect([key, listed.has(key)]).toEqual([key, transition(state, event).ok]);
      }),
    );
  });

  it('LC-1: every created state is JSON, valid for its product, and starts at its orderedAt', () => {
    fc.assert(
      fc.property(subscriptionInput, (input) => {
        const state = createSubscription(input);
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
        expect(state.asOf).toBe(new Date(input.orderedAt as string).toISOString());
        expect(state.status).toBe(input.freeTrial === true ? 'trial' : 'active');
      }),
    );
  });

  itKeepsTheContract(
    'createSubscription',
    createSubscription,
    subscriptionInput.map((input) => [input] as [typeof input]),
  );
  itKeepsTheContract(
    'advance',
    advance,
    fc
      .tuple(reachableSubscription, span)
      .map(([state, wait]) => [state, laterThan(state, wait)] as [Subscription, string]),
  );
  itKeepsTheContract(
    'transition',
    transition,
    fc
      .tuple(reachableSubscription, gap, eventShape)
      .map(
        ([state, wait, shape]) =>
          [state, shape(laterThan(state, wait))] as [Subscription, SubscriptionEvent],
      ),
  );
  itKeepsTheContract(
    'nextDeadline',
    nextDeadline,
    reachableSubscription.map((state) => [state] as [Subscription]),
  );
  itKeepsTheContract(
    'allowedActions',
    allowedActions,
    fc
      .tuple(reachableSubscription, gap)
      .map(([state, wait]) => [state, laterThan(state, wait)] as [Subscription, string]),
  );
  itKeepsTheContract(
    'access',
    access,
    reachableSubscription.map((state) => [state] as [Subscription]),
  );
});

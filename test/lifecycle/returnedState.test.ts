import fc from 'fast-check';
import type {
  NewCommerceEvent,
  NewCommerceSubscription,
  Subscription,
  SubscriptionEvent,
} from 'subscription-rules';
import { advance, transition } from 'subscription-rules';
import { subscription, subscriptionEvent } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { later, outcome } from '../_calls.ts';

const DAY = 86_400_000;
const INSTANT_FIELDS = ['asOf', 'orderedAt', 'termStart', 'termEnd', 'termAnchor', 'trialEndsAt'];

describe('a state the library just returned', () => {
  describe('properties', () => {
    it('PURE-1, ERR-1: changing a returned state’s instants gives the answer a fresh JSON copy of the changed state gets (the fast path for a returned state never changes an answer)', () => {
      const shift = fc.integer({ min: -40, max: 40 }).map((days) => days * DAY);
      const step = fc.integer({ min: 0, max: 60 * DAY });
      const program = fc.oneof(
        fc.tuple(subscription({ program: 'legacy' }), subscriptionEvent()),
        fc.tuple(
          subscription({ program: 'new-commerce' }),
          subscriptionEvent({ program: 'new-commerce' }),
        ),
      );
      fc.assert(
        fc.property(
          program,
          subscriptionEvent(),
          fc.constantFrom(...INSTANT_FIELDS, 'asOf', 'asOf'),
          shift,
          step,
          ([state, first], _unused, field, by, wait) => {
            // a state the library has just returned: the state `advance` gives
            const made = outcome(() =>
              advance(state as Subscription & NewCommerceSubscription, later(state.asOf, wait)),
            ) as { value?: { subscription: Record<string, unknown> } };
            const returned = made.value?.subscription;
            if (returned === undefined) return;
            const sent = first;
            const before = returned[field];
            if (typeof before !== 'string') return;
            // the caller moves one of its instants to another valid instant
            returned[field] = later(before, by);
            const copy = JSON.parse(JSON.stringify(returned)) as typeof returned;
            const next = { ...sent, at: later(String(returned.asOf), wait) };
            const fast = outcome(() =>
              transition(
                returned as unknown as Subscription & NewCommerceSubscription,
                next as SubscriptionEvent & NewCommerceEvent,
              ),
            );
            const checked = outcome(() =>
              transition(
                copy as unknown as Subscription & NewCommerceSubscription,
                next as SubscriptionEvent & NewCommerceEvent,
              ),
            );
            expect(fast).toEqual(checked);
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});

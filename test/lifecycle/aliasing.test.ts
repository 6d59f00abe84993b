import fc from 'fast-check';
import {
  advance,
  allowedActions,
  cancellationDecision,
  createSubscription,
  customTermEndDates,
  fromPartnerCenterSubscription,
  type NewCommerceSubscription,
  type NewCommerceUpgradeRequest,
  nextDeadline,
  refundableQuantity,
  type Subscription,
  transition,
  upgrade,
} from 'subscription-rules';
import {
  partnerCenterSubscription,
  purchase,
  subscription,
  subscriptionEvent,
} from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../_contracts.ts';
import { readableAsOf } from '../partnerCenter/_samples.ts';

const DAY = 86_400_000;
const later = (at: string, ms: number): string => new Date(Date.parse(at) + ms).toISOString();

/** Every object reachable from `value`, itself included. */
function objectsOf(value: unknown, into: Set<object> = new Set()): Set<object> {
  if (typeof value === 'object' && value !== null && !into.has(value)) {
    into.add(value);
    for (const key of Object.keys(value)) objectsOf((value as Record<string, unknown>)[key], into);
  }
  return into;
}

/**
 * Writes to every object `result` reaches (a new key on each, and each of its own keys set to a
 * marker), after checking that none of them is an object of the (deep-frozen) arguments: a shared
 * one would make the write throw, or change what the caller holds.
 */
function sharesNothing(result: unknown, ...args: unknown[]): void {
  const theirs = new Set<object>();
  for (const arg of args) objectsOf(arg, theirs);
  const mine = objectsOf(result);
  for (const object of mine) expect(theirs.has(object)).toBe(false);
  for (const object of mine) {
    (object as Record<string, unknown>).__written = true;
    for (const key of Object.keys(object))
      if (key !== '__written') (object as Record<string, unknown>)[key] = 'changed';
  }
}

/** A state with an event for it, both programs, the event at or after the state's asOf. */
const stateAndEvent = fc.constantFrom('legacy', 'new-commerce').chain((program) =>
  subscription({ program }).chain((state) =>
    fc.tuple(
      fc.constant(state as Subscription | NewCommerceSubscription),
      subscriptionEvent({
        program,
        ...(program === 'new-commerce'
          ? {
              products: [(state as NewCommerceSubscription).product],
              ...(state.price === null ? {} : { currencies: [state.price.currency] }),
            }
          : {}),
        from: state.asOf,
        to: later(state.asOf, 400 * DAY),
      }),
    ),
  ),
);

describe('nothing returned aliases an argument', () => {
  describe('properties', () => {
    it('PURE-1: transition of a deep-frozen state and event returns a result that shares no object with them, and writing to every returned object leaves them unchanged (both programs)', () => {
      fc.assert(
        fc.property(stateAndEvent, ([state, event]) => {
          const copy = structuredClone([state, event]);
          const frozen = deepFreeze(structuredClone([state, event]));
          let result: unknown;
          try {
            result = transition(frozen[0] as never, frozen[1] as never);
          } catch {
            return; // a RuleError for this pair: nothing returned
          }
          sharesNothing(result, frozen);
          expect(frozen).toEqual(copy);
        }),
      );
    });

    it('PURE-1: advance, nextDeadline, allowedActions and refundableQuantity return nothing a deep-frozen state holds (both programs)', () => {
      fc.assert(
        fc.property(
          fc.constantFrom('legacy', 'new-commerce').chain((program) => subscription({ program })),
          fc.integer({ min: 0, max: 800 * DAY }),
          (state, wait) => {
            const frozen = deepFreeze(structuredClone(state));
            const to = later(state.asOf, wait);
            sharesNothing(advance(frozen as Subscription, to), frozen);
            sharesNothing(nextDeadline(frozen as Subscription), frozen);
            sharesNothing(allowedActions(frozen, to), frozen);
            if (frozen.program === 'new-commerce')
              sharesNothing(refundableQuantity(frozen, to), frozen);
            expect(frozen).toEqual(state);
          },
        ),
      );
    });

    it('PURE-1, MID-3, MID-4: upgrade (into a new or an existing subscription) and customTermEndDates return nothing their deep-frozen arguments hold, and what they return survives a JSON round trip', () => {
      let upgrades = 0;
      fc.assert(
        fc.property(
          subscription({ program: 'new-commerce', products: ['license-based'] }),
          fc.integer({ min: 0, max: 120 * DAY }),
          fc.integer({ min: 1, max: 40 }),
          fc.boolean(),
          (state, wait, quantity, existing) => {
            const at = later(state.asOf, wait);
            const price = { amount: 2200, currency: state.price?.currency ?? 'USD' } as const;
            // an existing three-year subscription bought at the upgrade: it ends no earlier
            const into = existing
              ? createSubscription({
                  program: 'new-commerce',
                  product: 'license-based',
                  term: 'P3Y',
                  billingFrequency: 'monthly',
                  quantity: 2,
                  orderedAt: at,
                  price,
                  offerId: 'X:1',
                })
              : undefined;
            const request: NewCommerceUpgradeRequest = {
              at,
              quantity,
              to: {
                offerId: 'X:1',
                price,
                ...(existing ? ({ term: 'P3Y', billingFrequency: 'monthly' } as const) : {}),
              },
              ...(into === undefined ? {} : { into }),
            };
            const copy = structuredClone([state, request] as const);
            const frozen = deepFreeze(structuredClone([state, request] as const));
            let result: ReturnType<typeof upgrade> | undefined;
            try {
              result = upgrade(frozen[0], frozen[1]);
            } catch {
              // more seats than the source holds at `at`: a RuleError, nothing returned
            }
            if (result !== undefined) {
              if (result.ok) upgrades++;
              expect(JSON.parse(JSON.stringify(result))).toEqual(result);
              sharesNothing(result, frozen);
            }
            const dates = customTermEndDates({
              term: 'P1Y',
              billingFrequency: 'monthly',
              startDate: frozen[0].asOf,
              subscriptions: [{ id: 'a', subscription: frozen[0] }],
            });
            expect(JSON.parse(JSON.stringify(dates))).toEqual(dates);
            sharesNothing(dates, frozen);
            expect(frozen).toEqual(copy);
          },
        ),
      );
      expect(upgrades).toBeGreaterThan(0);
    });

    it('PURE-1: createSubscription, cancellationDecision and fromPartnerCenterSubscription return nothing their deep-frozen arguments hold', () => {
      fc.assert(
        fc.property(
          fc.constantFrom('legacy', 'new-commerce').chain((program) => subscription({ program })),
          (state) => {
            // the input that made a state: its own fields, as a caller would pass them
            const input =
              state.program === 'new-commerce'
                ? {
                    program: 'new-commerce' as const,
                    product: state.product,
                    ...(state.term === null ? {} : { term: state.term }),
                    ...(state.billingFrequency === null
                      ? {}
                      : { billingFrequency: state.billingFrequency }),
                    quantity: state.quantity,
                    orderedAt: state.orderedAt,
                    ...(state.price === null ? {} : { price: state.price }),
                  }
                : {
                    product: state.product,
                    ...((state as Subscription).billingCycle === null
                      ? {}
                      : { billingCycle: (state as Subscription).billingCycle }),
                    ...(state.term === null ? {} : { term: state.term }),
                    quantity: state.quantity,
                    orderedAt: state.orderedAt,
                    ...(state.price === null ? {} : { price: state.price }),
                  };
            const frozen = deepFreeze(structuredClone(input));
            let made: unknown;
            try {
              made = createSubscription(frozen as never);
            } catch {
              return;
            }
            sharesNothing(made, frozen);
          },
        ),
      );
      fc.assert(
        fc.property(
          fc.constantFrom('legacy', 'new-commerce').chain((program) => purchase({ program })),
          (bought) => {
            const frozen = deepFreeze(structuredClone(bought));
            let decision: unknown;
            try {
              decision = cancellationDecision(
                frozen as never,
                later(bought.orderedAt as string, DAY),
              );
            } catch {
              return;
            }
            sharesNothing(decision, frozen);
          },
        ),
      );
      fc.assert(
        fc.property(
          partnerCenterSubscription(),
          fc.integer({ min: 0, max: 900 * DAY }),
          (resource, wait) => {
            const asOf = readableAsOf(resource, wait);
            const frozen = deepFreeze(structuredClone(resource));
            let read: unknown;
            try {
              read = fromPartnerCenterSubscription(frozen, { asOf });
            } catch {
              return;
            }
            sharesNothing(read, frozen);
          },
        ),
      );
    });
  });
});

import fc from 'fast-check';
import type { NewCommerceEvent, NewCommerceSubscription } from 'subscription-rules';
import { advance, createSubscription, nextDeadline, transition } from 'subscription-rules';
import { subscription, subscriptionEvent } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { later, outcome } from '../../../_calls.ts';
import { madeAsOf } from '../../../_private.ts';
import { apply, DAY, eventAt, gap, iso, licence, newCommerceInput } from '../_states.ts';

/** Every object reachable from `value`, itself included. */
function objectsOf(value: unknown, into: Set<object> = new Set()): Set<object> {
  if (typeof value === 'object' && value !== null && !into.has(value)) {
    into.add(value);
    for (const key of Object.keys(value)) objectsOf((value as Record<string, unknown>)[key], into);
  }
  return into;
}

/** Every field of a state at any depth, as paths: the objects it holds, and each of their fields. */
function fieldPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [path];
  return [
    ...(path.length === 0 ? [] : [path]),
    ...Object.entries(value).flatMap(([key, inner]) => fieldPaths(inner, [...path, key])),
  ];
}

/**
 * Sets the field at `path` of `state`; undefined deletes it (in a list, where JSON would write
 * null, it sets null).
 */
function setField(state: unknown, path: readonly string[], value: unknown): void {
  let target = state as Record<string, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = path.at(-1) as string;
  if (value !== undefined) target[last] = value;
  else if (Array.isArray(target)) target[last] = null;
  else delete target[last];
}

/** A New Commerce state exactly as the library returns it, its own `asOf` unchanged. */
const returned = (state: NewCommerceSubscription): NewCommerceSubscription =>
  advance(state, state.asOf).subscription;

/**
 * States the library returns holding every kind of field there is: a price key, seats added
 * mid-term, scheduled renewal changes with a price; a billing frequency change waiting and one
 * made; an Extended Service Term's base, and the Extended Service Term itself.
 */
const makers: Record<string, () => NewCommerceSubscription> = {
  'price key, seats added, scheduled changes': () => {
    const bought = createSubscription({
      ...licence,
      priceKey: {
        ProductId: 'CFQ7TTC0LH18',
        SkuId: '0001',
        Market: 'US',
        Currency: 'USD',
        Segment: 'Commercial',
      },
    });
    const added = apply(bought, {
      type: 'change-quantity',
      at: '2026-11-25T00:00:00Z',
      quantity: 12,
    });
    return apply(added, {
      type: 'schedule-renewal',
      at: '2026-11-26T00:00:00Z',
      quantity: 14,
      price: { amount: 1300, currency: 'USD' },
    });
  },
  'a billing frequency change waiting': () =>
    apply(
      createSubscription({
        ...licence,
        term: 'P3Y',
        quantity: 10,
        orderedAt: '2024-06-10T10:00:00Z',
        price: { amount: 1000, currency: 'USD' },
      }),
      {
        type: 'change-billing-frequency',
        at: '2024-08-15T00:00:00Z',
        billingFrequency: 'annual',
        price: { amount: 11400, currency: 'USD' },
      },
    ),
  'a billing frequency change made': () =>
    returned(
      advance(
        apply(
          createSubscription({
            ...licence,
            term: 'P3Y',
            orderedAt: '2024-06-10T10:00:00Z',
            price: { amount: 1000, currency: 'USD' },
          }),
          {
            type: 'change-billing-frequency',
            at: '2024-08-15T00:00:00Z',
            billingFrequency: 'annual',
            price: { amount: 11400, currency: 'USD' },
          },
        ),
        '2024-09-11T00:00:00Z',
      ).subscription,
    ),
  'an Extended Service Term chosen with its base': () =>
    apply(createSubscription(licence), {
      type: 'set-end-of-term',
      at: '2026-12-01T00:00:00Z',
      action: 'extended-service-term',
      basePrice: { amount: 1250, currency: 'USD' },
      monthlyPlan: false,
    }),
  'in an Extended Service Term': () => {
    const chosen = apply(createSubscription(licence), {
      type: 'set-end-of-term',
      at: '2026-12-01T00:00:00Z',
      action: 'extended-service-term',
      basePrice: { amount: 1250, currency: 'USD' },
      monthlyPlan: false,
    });
    return advance(chosen, '2027-11-21T00:00:00Z').subscription;
  },
};

/** A value of another type than `value`, which no field accepts in its place. */
const spoiled = (value: unknown): unknown => (typeof value === 'string' ? 42 : 'spoiled');

describe('a New Commerce state the library just returned (NCE-10, ERR-1)', () => {
  it('NCE-10, ERR-1: every field at any depth is watched — the seat batches, the prices, the scheduled changes, the price key, a waiting or made frequency change, the Extended Service Term and its base: one changed after return gets the error its JSON copy gets', () => {
    let watched = 0;
    for (const [name, make] of Object.entries(makers)) {
      const paths = fieldPaths(make());
      for (const path of paths) {
        const state = make();
        expect([name, outcome(() => nextDeadline(state))]).toEqual([
          name,
          expect.objectContaining({ value: expect.anything() }),
        ]);
        const leaf = path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], state);
        setField(state, path, spoiled(leaf));
        const copy = JSON.parse(JSON.stringify(state)) as NewCommerceSubscription;
        const fast = outcome(() => nextDeadline(state));
        expect([name, path.join('.'), fast]).toEqual([
          name,
          path.join('.'),
          outcome(() => nextDeadline(copy)),
        ]);
        expect([name, path.join('.'), fast]).toEqual([
          name,
          path.join('.'),
          expect.objectContaining({ code: expect.any(String) }),
        ]);
        watched++;
      }
    }
    // the makers reach every optional field of a state at least once
    const all = new Set(Object.values(makers).flatMap((make) => Object.keys(make())));
    for (const field of [
      'priceKey',
      'scheduled',
      'pendingBillingFrequency',
      'billingPeriodsFrom',
      'extendedServiceTermBase',
      'extendedServiceTerm',
    ])
      expect([field, all.has(field)]).toEqual([field, true]);
    expect(watched).toBeGreaterThan(150);
  });

  it('NCE-10: every kind of state is recognised as just returned — a price key, scheduled changes, a waiting or made frequency change, an Extended Service Term and its base — and no longer once changed at any depth, copied or replaced by another', () => {
    for (const [name, make] of Object.entries(makers)) {
      const state = make();
      expect([name, madeAsOf(state)]).toEqual([name, Date.parse(state.asOf)]);
      expect([name, madeAsOf(JSON.parse(JSON.stringify(state)))]).toEqual([name, undefined]);
      expect([name, madeAsOf({ ...state })]).toEqual([name, undefined]);
      for (const path of fieldPaths(state)) {
        const changed = make();
        const leaf = path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], changed);
        setField(changed, path, spoiled(leaf));
        expect([name, path.join('.'), madeAsOf(changed)]).toEqual([
          name,
          path.join('.'),
          undefined,
        ]);
      }
    }
  });

  it('ERR-1, NCE-10: a returned state changed by the caller after return is checked again, never advanced from the copy kept of it — its quantity no longer the seats’ sum throws what its JSON copy throws; changed back, it is answered as before', () => {
    const made = apply(createSubscription(licence), {
      type: 'change-quantity',
      at: '2026-11-25T00:00:00Z',
      quantity: 12,
    });
    const event: NewCommerceEvent = { type: 'reactivate', at: '2026-11-26T00:00:00Z' };
    const suspend: NewCommerceEvent = {
      type: 'suspend',
      at: '2026-11-26T00:00:00Z',
      reason: 'nonpayment',
    };
    const expected = outcome(() => transition(JSON.parse(JSON.stringify(made)), suspend));
    (made as { quantity: number }).quantity = 13;
    const copy = JSON.parse(JSON.stringify(made)) as NewCommerceSubscription;
    const changed = outcome(() => transition(made, suspend));
    expect(changed).toEqual(outcome(() => transition(copy, suspend)));
    expect(changed).toMatchObject({ code: 'INVALID_ARGUMENT', path: 'subscription.seats' });
    expect(outcome(() => transition(made, event))).toEqual(outcome(() => transition(copy, event)));
    (made as { quantity: number }).quantity = 12;
    expect(JSON.stringify(outcome(() => transition(made, suspend)))).toBe(JSON.stringify(expected));
  });

  it('NCE-10, PURE-1: a state sent again after a refusal, or after another call took it, gets what its JSON copy gets (the copy kept of it is given to one call only)', () => {
    const made = apply(createSubscription(licence), {
      type: 'suspend',
      at: '2026-11-25T00:00:00Z',
      reason: 'nonpayment',
    });
    const refusedEvent: NewCommerceEvent = {
      type: 'change-quantity',
      at: '2026-11-26T00:00:00Z',
      quantity: 3,
    };
    const event: NewCommerceEvent = { type: 'reactivate', at: '2026-11-27T00:00:00Z' };
    const copy = JSON.parse(JSON.stringify(made)) as NewCommerceSubscription;
    const refusal = transition(made, refusedEvent);
    expect(refusal).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
    const first = JSON.stringify(transition(made, event));
    expect(first).toBe(JSON.stringify(transition(copy, event)));
    expect(JSON.stringify(transition(made, event))).toBe(first);
    expect(made).toEqual(copy);
  });

  describe('properties', () => {
    const stateAndEvent = subscription({ program: 'new-commerce' }).chain((state) =>
      fc.tuple(
        fc.constant(state),
        subscriptionEvent({
          program: 'new-commerce',
          products: [state.product],
          ...(state.price === null ? {} : { currencies: [state.price.currency] }),
          from: state.asOf,
          to: later(state.asOf, 400 * DAY),
        }),
        fc.integer({ min: 0, max: 800 * DAY }),
      ),
    );

    it('NCE-10, PURE-1: a state the library returned and its JSON copy get byte-identical results from transition and from advance; the call changes neither, shares no object with the returned state, and gives the same again', () => {
      fc.assert(
        fc.property(stateAndEvent, ([state, event, wait]) => {
          const made = returned(state);
          const before = structuredClone(made);
          const copy = JSON.parse(JSON.stringify(made)) as NewCommerceSubscription;
          const trusted = outcome(() => transition(made, event));
          const checked = outcome(() => transition(copy, event));
          expect(JSON.stringify(trusted)).toBe(JSON.stringify(checked));
          expect(made).toEqual(before);
          expect(copy).toEqual(before);
          const mine = objectsOf(trusted);
          for (const object of objectsOf(made)) expect(mine.has(object)).toBe(false);
          expect(JSON.stringify(outcome(() => transition(made, event)))).toBe(
            JSON.stringify(trusted),
          );

          const again = returned(state);
          const to = later(again.asOf, wait);
          const advanced = outcome(() => advance(again, to));
          expect(JSON.stringify(advanced)).toBe(
            JSON.stringify(outcome(() => advance(JSON.parse(JSON.stringify(again)), to))),
          );
          expect(again).toEqual(before);
          const theirs = objectsOf(advanced);
          for (const object of objectsOf(again)) expect(theirs.has(object)).toBe(false);
        }),
      );
    });

    it('NCE-10, PURE-1: for any reachable history, transition on the state the library returned (recognised at every step) equals transition on its JSON copy, result for result — accepted, refused or thrown — the state carried on included', () => {
      const history = fc.tuple(
        newCommerceInput,
        fc.array(fc.tuple(gap, eventAt('1970-01-01T00:00:00.000Z')), {
          minLength: 1,
          maxLength: 12,
        }),
      );
      fc.assert(
        fc.property(history, ([input, steps]) => {
          // the library's own states, chained: each sent straight back
          let own = createSubscription(input);
          const sent: [string, NewCommerceEvent, string][] = [];
          for (const [wait, template] of steps) {
            const event = { ...template, at: iso(Date.parse(own.asOf) + wait) } as NewCommerceEvent;
            const before = JSON.stringify(own);
            expect(madeAsOf(own)).toBe(Date.parse(own.asOf));
            const mine = outcome(() => transition(own, event));
            sent.push([before, event, JSON.stringify(mine)]);
            const result = (
              mine as { value?: { ok: boolean; subscription?: NewCommerceSubscription } }
            ).value;
            if (result?.ok === true && result.subscription !== undefined) own = result.subscription;
            // a refusal or an error: the state is sent again, now checked in full
            else own = advance(own, own.asOf).subscription;
          }
          // then each step again on a JSON copy of the state it was sent
          for (const [before, event, mine] of sent)
            expect(JSON.stringify(outcome(() => transition(JSON.parse(before), event)))).toBe(mine);
        }),
        { numRuns: 200 },
      );
    });

    it('ERR-1, PURE-1: a returned state changed after return — any field at any depth set to another value or deleted — gets from transition what its JSON copy gets (the shortcut for a returned state never changes an answer)', () => {
      const value = fc.oneof(
        fc.constant(undefined),
        fc.constant(null),
        fc.boolean(),
        fc.integer({ min: -2, max: 50 }),
        fc.constantFrom('', 'active', 'P1Y', 'monthly', 'USD', 'renew', '2026-11-20T10:00:00.000Z'),
        fc.integer({ min: -40, max: 40 }).map((days) => ({ shiftDays: days })),
      );
      fc.assert(
        fc.property(stateAndEvent, fc.nat(), value, ([state, event], pick, to) => {
          const made = returned(state);
          const paths = fieldPaths(made);
          const path = paths[pick % paths.length] as string[];
          const leaf = path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], made);
          // an instant moved by whole days stays an instant: the change most likely to pass a check
          const next =
            typeof to === 'object' && to !== null
              ? typeof leaf === 'string' && !Number.isNaN(Date.parse(leaf))
                ? later(leaf, to.shiftDays * DAY)
                : leaf
              : to;
          setField(made, path, next);
          const copy = JSON.parse(JSON.stringify(made)) as NewCommerceSubscription;
          const sent = event as NewCommerceEvent;
          expect(JSON.stringify(outcome(() => transition(made, sent)))).toBe(
            JSON.stringify(outcome(() => transition(copy, sent))),
          );
        }),
        { numRuns: 300 },
      );
    });
  });
});

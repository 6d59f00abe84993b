import fc from 'fast-check';
import type {
  NewCommerceEffect,
  NewCommerceEvent,
  NewCommerceSubscription,
  NewCommerceTransitionAccepted,
} from 'subscription-rules';
import {
  advance,
  chargesBetween,
  createSubscription,
  purchaseCharges,
  transition,
} from 'subscription-rules/new-commerce';
import { DAY, gap, iso, newCommerceInput } from '../lifecycle/newCommerce/_states.ts';

/** The seats, worked example of the rules: 10 at 12.50 USD, P1Y billed monthly, from 2026-11-20T10:00Z. */
export const bought: NewCommerceSubscription = createSubscription({
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 10,
  orderedAt: '2026-11-20T10:00:00Z',
  price: { amount: 1250, currency: 'USD' },
});

/** The accepted result of an event, or a failure naming the refusal. */
export function accepted(
  state: NewCommerceSubscription,
  event: NewCommerceEvent,
): NewCommerceTransitionAccepted {
  const result = transition(state, event);
  if (!result.ok) throw new Error(`${event.type} refused: ${result.code}`);
  return result;
}

/** +5 seats on 2026-12-05 at 00:00: the 31.20 USD addition (CHG-2). */
export const added: NewCommerceTransitionAccepted = accepted(bought, {
  type: 'change-quantity',
  at: '2026-12-05T00:00:00Z',
  quantity: 15,
});
/** The same 5 removed at 18:00 that day: the 29.20 USD credit (NCE-5). */
export const removed: NewCommerceTransitionAccepted = accepted(added.subscription, {
  type: 'change-quantity',
  at: '2026-12-05T18:00:00Z',
  quantity: 10,
});

/**
 * Every effect a priced New Commerce subscription brings over its life, in time order: created
 * from the arbitraries' inputs (with a price), its purchase charge, then random seat changes and
 * cancellations (a refused one lets time pass instead) with the charges of the periods between,
 * and what the year after bills. Real effects, made by the library's own rules.
 */
export const lifeEffects: fc.Arbitrary<NewCommerceEffect[]> = fc
  .tuple(
    newCommerceInput,
    fc.integer({ min: 0, max: 200_000 }),
    fc.constantFrom('USD', 'JPY', 'BHD', 'EUR'),
    fc.array(fc.tuple(gap, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 30 })), {
      maxLength: 5,
    }),
  )
  .map(([input, price, currency, steps]) => {
    let state = createSubscription({ ...input, price: { amount: price, currency } } as never);
    const effects: NewCommerceEffect[] = [...purchaseCharges(state)];
    for (const [wait, kind, quantity] of steps) {
      const at = iso(Date.parse(state.asOf) + wait);
      const event: NewCommerceEvent =
        kind === 0 ? { type: 'cancel', at } : { type: 'change-quantity', at, quantity };
      const result = transition(state, event);
      if (result.ok) {
        effects.push(...result.effects);
        state = result.subscription;
      } else {
        const moved = advance(state, at);
        effects.push(...moved.effects);
        state = moved.subscription;
      }
    }
    effects.push(...chargesBetween(state, state.asOf, iso(Date.parse(state.asOf) + 365 * DAY)));
    return effects;
  });

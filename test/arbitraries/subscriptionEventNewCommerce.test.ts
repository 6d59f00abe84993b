import fc from 'fast-check';
import { transition } from 'subscription-rules';
import { subscription, subscriptionEvent } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { sameSamplesForOneSeed } from './_check.ts';

const DAY = 86_400_000;
const later = (from: string, ms: number): string => new Date(Date.parse(from) + ms).toISOString();

describe('subscriptionEvent({ program: "new-commerce" })', () => {
  it('NCE-7, MID-1, MID-2: every type comes up; a schedule-renewal carries at least one change, a suspend no account dates, a term or frequency change a plan the product is sold with', () => {
    const samples = fc.sample(subscriptionEvent({ program: 'new-commerce' }), {
      seed: 4,
      numRuns: 300,
    });
    expect(new Set(samples.map((e) => e.type)).size).toBe(9);
    for (const event of samples) {
      if (event.type === 'schedule-renewal') {
        const { quantity, term, billingFrequency, price } = event;
        expect([quantity, term, billingFrequency, price].some((v) => v !== undefined)).toBe(true);
        if (term !== undefined || billingFrequency !== undefined) expect(price).toBeDefined();
      }
      if (event.type === 'suspend')
        expect(Object.keys(event).sort()).toEqual(['at', 'reason', 'type']);
      // the Extended Service Term's price goes with that option only (EST-2)
      if (event.type === 'set-end-of-term' && event.action !== 'extended-service-term')
        expect(Object.keys(event).sort()).toEqual(['action', 'at', 'type']);
      if (event.type === 'change-term')
        expect(Object.keys(event).sort()).toEqual([
          'at',
          'billingFrequency',
          'price',
          'term',
          'type',
        ]);
      if (event.type === 'change-billing-frequency')
        expect(Object.keys(event).sort()).toEqual(['at', 'billingFrequency', 'price', 'type']);
    }
  });

  it('samples keep to the types, range, quantities, products and currencies asked for', () => {
    const from = '2027-01-01T00:00:00Z';
    const to = '2027-02-01T00:00:00Z';
    fc.assert(
      fc.property(
        subscriptionEvent({
          program: 'new-commerce',
          types: ['schedule-renewal', 'change-quantity'],
          from,
          to,
          maxQuantity: 3,
          products: ['license-based'],
          currencies: ['JPY'],
        }),
        (event) => {
          expect(['schedule-renewal', 'change-quantity']).toContain(event.type);
          const at = Date.parse(event.at as string);
          expect(at >= Date.parse(from) && at <= Date.parse(to)).toBe(true);
          if (event.type === 'change-quantity') expect(event.quantity).toBeLessThanOrEqual(3);
          if (event.type === 'schedule-renewal') {
            if (event.quantity !== undefined) expect(event.quantity).toBeLessThanOrEqual(3);
            if (event.term !== undefined) expect(['P1M', 'P1Y', 'P3Y']).toContain(event.term);
            if (event.price !== undefined) expect(event.price.currency).toBe('JPY');
          }
        },
      ),
    );
  });

  it('determinism: one seed, one sequence of samples', () => {
    sameSamplesForOneSeed(() => subscriptionEvent({ program: 'new-commerce' }));
  });

  it('ERR-1: bad constraints are a RuleError naming the field', () => {
    expect(
      errorOf(() => subscriptionEvent({ program: 'new-commerce', types: ['renew' as never] })),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.types.0',
    });
    expect(errorOf(() => subscriptionEvent({ types: ['schedule-renewal'] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.types.0',
    });
    expect(
      errorOf(() =>
        subscriptionEvent({ program: 'new-commerce', products: ['windows-7-esu' as never] }),
      ),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'constraints.products.0' });
    expect(errorOf(() => subscriptionEvent({ program: 'legacy-ish' as never }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.program',
    });
  });

  describe('properties', () => {
    it('NCE-7: a sample event for a sample state of its product is accepted or refused with a code and message, never thrown', () => {
      fc.assert(
        fc.property(
          subscription({ program: 'new-commerce' }).chain((state) =>
            fc.tuple(
              fc.constant(state),
              subscriptionEvent({
                program: 'new-commerce',
                products: [state.product],
                // a renewal keeps the subscription's currency (PRICE-8)
                ...(state.price === null ? {} : { currencies: [state.price.currency] }),
                from: state.asOf,
                to: later(state.asOf, 400 * DAY),
              }),
            ),
          ),
          ([state, event]) => {
            const result = transition(state, event);
            if (!result.ok) {
              expect(typeof result.code).toBe('string');
              expect(result.message.length).toBeGreaterThan(0);
            }
          },
        ),
      );
    });
  });
});

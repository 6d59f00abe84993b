import fc from 'fast-check';
import type { Subscription } from 'subscription-rules';
import { cancellationDecision, createSubscription, transition } from 'subscription-rules';
import { subscription } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';

describe('one credit for one purchase (found by review)', () => {
  const purchase = {
    product: 'software-subscription',
    orderedAt: '2026-11-20T10:00:00Z',
    price: { amount: 99_999, currency: 'USD' },
    quantity: 7,
  } as const;

  it('REF-6: cancellationDecision credits price × quantity, prorated as one line, exactly what transition credits', () => {
    const at = '2026-12-01T10:00:00Z';
    const decision = cancellationDecision(purchase, at);
    // 1 year from 2026-11-20: 365 days, 12 used (the day of the request counts), 353 unused:
    // round(699 993 × 353 / 365) = 676 979.6 → 676 980
    expect(decision.outcome === 'prorated-credit' && decision.credit).toEqual({
      amount: 676_980,
      currency: 'USD',
    });
    const state = createSubscription({ ...purchase, term: 'P1Y' });
    const result = transition(state, { type: 'cancel', at });
    expect(result.ok && result.effects).toEqual([
      {
        type: 'credit',
        outcome: 'prorated-credit',
        credit: { amount: 676_980, currency: 'USD' },
        rule: 'REF-5',
      },
    ]);
    // without a quantity, one licence
    const one = cancellationDecision({ ...purchase, quantity: undefined }, at);
    expect(one.outcome === 'prorated-credit' && one.credit?.amount).toBe(96_711);
  });

  it('REF-6: a quantity that is not an integer ≥ 1, or a line that leaves the safe integers, is a RuleError', () => {
    const at = '2026-12-01T10:00:00Z';
    expect(errorOf(() => cancellationDecision({ ...purchase, quantity: 0 }, at))).toEqual({
      code: 'INVALID_QUANTITY',
      path: 'purchase.quantity',
    });
    expect(errorOf(() => cancellationDecision({ ...purchase, quantity: 2 ** 40 }, at))).toEqual({
      code: 'INVALID_AMOUNT',
      path: 'purchase.price.amount',
    });
  });

  describe('properties', () => {
    it('REF-6, LC-3: for every legacy state and instant where cancel credits, the credit is cancellationDecision’s for the same purchase, price and quantity', () => {
      let credited = 0;
      fc.assert(
        fc.property(
          subscription({ program: 'legacy' }),
          fc.integer({ min: 0, max: 400 * 86_400_000 }),
          (state, wait) => {
            const s = state as Subscription;
            if (s.price === null || s.status !== 'active') return;
            const at = new Date(Date.parse(s.asOf) + wait).toISOString();
            const result = transition(s, { type: 'cancel', at });
            if (!result.ok || result.events.length > 0) return;
            const effect = result.effects[0];
            if (effect?.type !== 'credit') return;
            const decision = cancellationDecision(
              {
                product: s.product,
                orderedAt: s.orderedAt,
                ...(s.billingCycle === null ? {} : { billingCycle: s.billingCycle }),
                ...(s.term === null ? {} : { term: s.term }),
                ...(s.termEnd === null ? {} : { currentTermEnd: s.termEnd }),
                price: s.price,
                quantity: s.quantity,
              },
              at,
            );
            credited++;
            expect('credit' in decision ? decision.credit : undefined).toEqual(effect.credit);
          },
        ),
      );
      expect(credited).toBeGreaterThan(5);
    });
  });
});

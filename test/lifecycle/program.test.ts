import fc from 'fast-check';
import type {
  Advanced,
  Deadline,
  NewCommerceAdvanced,
  NewCommerceDeadline,
  NewCommerceSubscription,
  NewCommerceTransitionResult,
  SeatBatch,
  Subscription,
  TransitionResult,
} from 'subscription-rules';
import {
  advance,
  cancellationDecision,
  createSubscription,
  fromPartnerCenterSubscription,
  nextDeadline,
  transition,
} from 'subscription-rules';
import { subscription } from 'subscription-rules/arbitraries';
import { parseSubscription } from 'subscription-rules/schemas';
import { describe, expect, expectTypeOf, it } from 'vitest';

describe('every state and decision says its program', () => {
  it('NCE-1: a state of either program narrows by `program` alone, and the root functions take the union', () => {
    const neverCalled = (sub: Subscription | NewCommerceSubscription, at: string) => {
      if (sub.program === 'new-commerce') {
        expectTypeOf(sub).toEqualTypeOf<NewCommerceSubscription>();
        expectTypeOf(sub.seats).toEqualTypeOf<readonly SeatBatch[]>();
      } else {
        expectTypeOf(sub).toEqualTypeOf<Subscription>();
        expectTypeOf(sub.billingCycle).toEqualTypeOf<'monthly' | 'annual' | null>();
      }
      expectTypeOf(advance(sub, at)).toEqualTypeOf<Advanced | NewCommerceAdvanced>();
      expectTypeOf(nextDeadline(sub)).toEqualTypeOf<Deadline | NewCommerceDeadline | null>();
      expectTypeOf(transition(sub, { type: 'cancel', at })).toEqualTypeOf<
        TransitionResult | NewCommerceTransitionResult
      >();
      const read = fromPartnerCenterSubscription({} as never, { asOf: at }).subscription;
      if (read.program === 'legacy') expectTypeOf(read).toEqualTypeOf<Subscription>();
    };
    void neverCalled;
  });

  it('NCE-1: createSubscription and cancellationDecision say legacy for an input without a program', () => {
    const input = {
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      quantity: 1,
      orderedAt: '2026-11-20T10:00:00Z',
    } as const;
    const created = createSubscription(input);
    expect(created.program).toBe('legacy');
    expectTypeOf(created.program).toEqualTypeOf<'legacy'>();
    const decision = cancellationDecision(input, '2026-11-20T10:00:00Z');
    expect(decision.program).toBe('legacy');
    expectTypeOf(decision.program).toEqualTypeOf<'legacy'>();
  });

  describe('properties', () => {
    it('NCE-1: every state the arbitraries reach carries its program, and a legacy one stored without it reads the same', () => {
      fc.assert(
        fc.property(subscription(), (state) => {
          expect(['legacy', 'new-commerce']).toContain(state.program);
          if (state.program !== 'legacy') return;
          const { program: _, ...stored } = JSON.parse(JSON.stringify(state)) as Subscription;
          const parsed = parseSubscription(stored);
          expect(parsed).toEqual({ ok: true, value: state });
          expect(nextDeadline(stored as Subscription)).toEqual(nextDeadline(state));
        }),
      );
    });

    it('NCE-1: a state whose program is neither is refused at subscription.program', () => {
      const state = createSubscription({
        product: 'marketplace-usage',
        quantity: 1,
        orderedAt: '2026-11-20T10:00:00Z',
      });
      fc.assert(
        fc.property(
          fc
            .oneof(fc.string(), fc.integer(), fc.constant(null))
            .filter((p) => p !== 'legacy' && p !== 'new-commerce'),
          (program) => {
            const spoilt = { ...state, program } as unknown as Subscription;
            expect(() => nextDeadline(spoilt)).toThrow(
              expect.objectContaining({ path: 'subscription.program' }),
            );
          },
        ),
      );
    });
  });
});

describe('a stored state read back', () => {
  it('NCE-1, PURE-1: parseSubscription gives a JSON copy of a state back with the library’s own key order, a legacy one stored without program too', () => {
    fc.assert(
      fc.property(subscription(), (state) => {
        const stored = JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
        const parsed = parseSubscription(stored);
        expect(parsed.ok && JSON.stringify(parsed.value)).toBe(JSON.stringify(state));
        if (state.program !== 'legacy') return;
        const { program: _, ...older } = stored;
        const read = parseSubscription(older);
        expect(read.ok && JSON.stringify(read.value)).toBe(JSON.stringify(state));
      }),
    );
  });
});

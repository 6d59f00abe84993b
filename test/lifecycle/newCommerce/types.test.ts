import type {
  NewCommerceAdvanced,
  NewCommerceAllowedAction,
  NewCommerceDeadline,
  NewCommerceRefusalCode,
  NewCommerceSubscription,
  NewCommerceTransitionResult,
  RefundableQuantity,
  Subscription,
  TransitionResult,
} from 'subscription-rules';
import {
  advance,
  allowedActions,
  createSubscription,
  nextDeadline,
  refundableQuantity,
  transition,
} from 'subscription-rules';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { licence } from './_states.ts';

describe('types', () => {
  it('NCE-7, NCE-10: a New Commerce state gets the New Commerce answers; a legacy one, the legacy answers', () => {
    const nce = createSubscription(licence);
    expectTypeOf(nce).toEqualTypeOf<NewCommerceSubscription>();
    const at = '2026-11-21T00:00:00Z';
    expectTypeOf(
      transition(nce, { type: 'schedule-renewal', at, quantity: 3 }),
    ).toEqualTypeOf<NewCommerceTransitionResult>();
    expectTypeOf(advance(nce, at)).toEqualTypeOf<NewCommerceAdvanced>();
    expectTypeOf(nextDeadline(nce)).toEqualTypeOf<NewCommerceDeadline | null>();
    expectTypeOf(allowedActions(nce, at)).toEqualTypeOf<NewCommerceAllowedAction[]>();
    expectTypeOf(refundableQuantity(nce, at)).toEqualTypeOf<RefundableQuantity>();
    const legacy = createSubscription({
      program: 'legacy',
      product: 'marketplace-usage',
      quantity: 1,
      orderedAt: at,
    });
    expectTypeOf(legacy).toEqualTypeOf<Subscription>();
    expectTypeOf(transition(legacy, { type: 'cancel', at })).toEqualTypeOf<TransitionResult>();
    expectTypeOf<NewCommerceSubscription['status']>().toEqualTypeOf<
      'trial' | 'active' | 'suspended' | 'expired' | 'disabled' | 'cancelled' | 'deleted'
    >();
    const neverCalled = () => {
      // @ts-expect-error schedule-renewal is a New Commerce event only
      transition(legacy, { type: 'schedule-renewal', at, quantity: 3 });
      // @ts-expect-error a New Commerce change-quantity needs its quantity
      transition(nce, { type: 'change-quantity', at });
      // @ts-expect-error a New Commerce suspend needs its reason
      transition(nce, { type: 'suspend', at });
      // @ts-expect-error a New Commerce set-auto-renew needs enabled
      transition(nce, { type: 'set-auto-renew', at });
      // @ts-expect-error refundableQuantity takes New Commerce states only
      refundableQuantity(legacy, at);
      // @ts-expect-error a term New Commerce does not sell
      createSubscription({ ...licence, term: 'P5Y' });
      // @ts-expect-error a misspelt refusal code
      const code: NewCommerceRefusalCode = 'REDUCTION_REFUSED';
      void code;
    };
    expect(typeof neverCalled).toBe('function');
  });
});

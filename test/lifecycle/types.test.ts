import type {
  RefusalCode,
  Subscription,
  SubscriptionInput,
  SuspendEvent,
  TransitionResult,
} from 'subscription-rules';
import { createSubscription, transition } from 'subscription-rules';
import { describe, expectTypeOf, it } from 'vitest';

describe('types', () => {
  it('LC-11: events without their required fields, unknown event types and misspelt codes do not compile', () => {
    const sub = createSubscription({
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      quantity: 1,
      orderedAt: '2026-01-01T00:00:00Z',
    });
    // `transition` has a New Commerce overload too; a legacy state picks the legacy one
    expectTypeOf(
      transition(sub, { type: 'cancel', at: '2026-01-02T00:00:00Z' }),
    ).toEqualTypeOf<TransitionResult>();
    expectTypeOf<Subscription['status']>().toEqualTypeOf<
      'trial' | 'active' | 'suspended' | 'cancelled' | 'expired' | 'deleted'
    >();
    const neverCalled = () => {
      // @ts-expect-error a suspend event needs its reason
      transition(sub, { type: 'suspend', at: '2026-01-02T00:00:00Z' });
      // @ts-expect-error a change-quantity event needs its quantity
      transition(sub, { type: 'change-quantity', at: '2026-01-02T00:00:00Z' });
      // @ts-expect-error an unknown event type
      transition(sub, { type: 'pause', at: '2026-01-02T00:00:00Z' });
      // @ts-expect-error a reason outside SUS-5
      const reason: SuspendEvent['reason'] = 'holiday';
      // @ts-expect-error a misspelt refusal code
      const code: RefusalCode = 'TERMINATED';
      // @ts-expect-error a product that is not a subscription
      const product: SubscriptionInput['product'] = 'software-perpetual';
      void reason;
      void product;
      void code;
    };
    void neverCalled;
    const result = transition(sub, { type: 'cancel', at: '2026-01-01T01:00:00Z' });
    if (result.ok) expectTypeOf(result.subscription).toEqualTypeOf<Subscription>();
    else expectTypeOf(result.code).toEqualTypeOf<RefusalCode>();
    if (sub.status === 'suspended') expectTypeOf(sub.suspension.expiresAt).toEqualTypeOf<string>();
  });
});

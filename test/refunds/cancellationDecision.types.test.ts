import type {
  CancellationDecision,
  CancellationOutcome,
  FullCreditDecision,
  Money,
  NotCancellableDecision,
  Purchase,
} from 'subscription-rules';
import { cancellationDecision } from 'subscription-rules';
import { describe, expectTypeOf, it } from 'vitest';

describe('types', () => {
  it('REF-9: the outcome is a literal union and narrows the decision; misspellings do not compile', () => {
    expectTypeOf<CancellationOutcome>().toEqualTypeOf<
      | 'full-credit'
      | 'prorated-credit'
      | 'cancel-at-renewal'
      | 'no-refund'
      | 'not-cancellable'
      | 'support-request'
    >();
    const either = (purchase: Purchase) => cancellationDecision(purchase, '2026-01-01T00:00:00Z');
    expectTypeOf(either).returns.toEqualTypeOf<CancellationDecision>();
    expectTypeOf<
      Extract<CancellationDecision, { outcome: 'full-credit' }>
    >().toEqualTypeOf<FullCreditDecision>();
    expectTypeOf<FullCreditDecision['credit']>().toEqualTypeOf<Money | undefined>();
    expectTypeOf<NotCancellableDecision['reason']>().toEqualTypeOf<
      'window-closed' | 'plan-not-cancellable'
    >();
    const neverCalled = (decision: CancellationDecision) => {
      if (decision.outcome === 'full-credit') expectTypeOf(decision.windowEndsAt).toBeString();
      if (decision.outcome === 'no-refund')
        expectTypeOf(decision.reason).toEqualTypeOf<'usage-based'>();
      // @ts-expect-error a misspelt outcome does not compile
      if (decision.outcome === 'full_credit') return;
      // @ts-expect-error only some outcomes carry a window
      void decision.windowEndsAt;
      const misspelt: Purchase = {
        // @ts-expect-error a misspelt product does not compile
        product: 'marketplace-sass',
        orderedAt: '2026-01-01T00:00:00Z',
      };
      cancellationDecision(
        // @ts-expect-error a billing cycle is monthly or annual
        { product: 'marketplace-saas', billingCycle: 'yearly', orderedAt: '2026-01-01T00:00:00Z' },
        '2026-01-01T00:00:00Z',
      );
      const badTerm: Purchase = {
        product: 'software-subscription',
        orderedAt: '2026-01-01T00:00:00Z',
        // @ts-expect-error a term is P1M, P1Y or P3Y
        term: 'P2Y',
      };
      // @ts-expect-error a number is not an instant
      cancellationDecision({ product: 'software-plan', orderedAt: 0 }, '2026-01-01T00:00:00Z');
      void badTerm;
      void misspelt;
    };
    void neverCalled;
  });
});

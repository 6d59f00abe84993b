import type {
  CancellationDecision,
  NewCommerceCancellationDecision,
  NewCommercePolicy,
  NewCommercePurchase,
  NewCommerceSubscriptionPurchase,
  Purchase,
} from 'subscription-rules';
import { cancellationDecision, policyAt } from 'subscription-rules';
import { describe, expectTypeOf, it } from 'vitest';

describe('types', () => {
  it('NCE-2, NCE-4: a New Commerce purchase needs a term and billing frequency of the NCE-2 table and a New Commerce product; tsc checks it', () => {
    const ok = {
      program: 'new-commerce',
      product: 'license-based',
      term: 'P3Y',
      billingFrequency: 'triennial',
      orderedAt: '2026-01-01T00:00:00Z',
    } as const satisfies Purchase;
    expectTypeOf(ok).toExtend<NewCommerceSubscriptionPurchase>();
    const decided = cancellationDecision(ok, '2026-01-02T00:00:00Z');
    expectTypeOf(decided).toEqualTypeOf<NewCommerceCancellationDecision>();
    expectTypeOf(decided.program).toEqualTypeOf<'new-commerce'>();
    const either = (purchase: Purchase) => cancellationDecision(purchase, '2026-01-02T00:00:00Z');
    expectTypeOf(either).returns.toEqualTypeOf<CancellationDecision>();
    expectTypeOf<ReturnType<typeof either>['program']>().toEqualTypeOf<'legacy' | 'new-commerce'>();
    expectTypeOf<
      Extract<NewCommercePurchase, { product: 'marketplace-saas'; term: 'P2Y' }>['billingFrequency']
    >().toEqualTypeOf<'monthly' | 'annual'>();
    expectTypeOf(
      policyAt('2026-01-01T00:00:00Z', { program: 'new-commerce' }),
    ).toEqualTypeOf<NewCommercePolicy>();
    const neverCalled = () => {
      // @ts-expect-error a New Commerce subscription without term and billingFrequency does not compile
      const noTerm: Purchase = {
        program: 'new-commerce',
        product: 'license-based',
        orderedAt: '2026-01-01T00:00:00Z',
      };
      // @ts-expect-error software-plan is a legacy-only product, not a New Commerce one
      const legacyOnly: Purchase = {
        program: 'new-commerce',
        product: 'software-plan',
        orderedAt: '2026-01-01T00:00:00Z',
      };
      const badCombination: NewCommercePurchase = {
        program: 'new-commerce',
        product: 'license-based',
        term: 'P1M',
        // @ts-expect-error P1M is billed monthly only (NCE-2)
        billingFrequency: 'annual',
        orderedAt: '2026-01-01T00:00:00Z',
      };
      const perpetualWithTerm: NewCommercePurchase = {
        program: 'new-commerce',
        product: 'software-perpetual',
        orderedAt: '2026-01-01T00:00:00Z',
        // @ts-expect-error perpetual software has no term
        term: 'P1Y',
      };
      void [noTerm, legacyOnly, badCombination, perpetualWithTerm];
    };
    void neverCalled;
  });
});

import fc from 'fast-check';
import type {
  Customer,
  LegacyPurchase,
  Money,
  NewCommerceEvent,
  NewCommercePurchase,
  NewCommerceSubscription,
  Offer,
  PartnerCenterSubscription,
  Policy,
  Purchase,
  Subscription,
  SubscriptionEvent,
  TaxRate,
} from 'subscription-rules';
import * as arbitraries from 'subscription-rules/arbitraries';
import { describe, expectTypeOf, it } from 'vitest';

describe('arbitraries: types', () => {
  it('each arbitrary yields the library type it is named after', () => {
    expectTypeOf(arbitraries.instant()).toEqualTypeOf<fc.Arbitrary<string>>();
    expectTypeOf(arbitraries.money()).toEqualTypeOf<fc.Arbitrary<Money>>();
    expectTypeOf(arbitraries.taxRate()).toEqualTypeOf<fc.Arbitrary<TaxRate>>();
    expectTypeOf(arbitraries.market()).toEqualTypeOf<fc.Arbitrary<string>>();
    expectTypeOf(arbitraries.purchase()).toEqualTypeOf<fc.Arbitrary<Purchase>>();
    expectTypeOf(arbitraries.offer()).toEqualTypeOf<fc.Arbitrary<Offer>>();
    expectTypeOf(arbitraries.customer()).toEqualTypeOf<fc.Arbitrary<Customer>>();
    expectTypeOf(arbitraries.subscriptionEvent()).toEqualTypeOf<fc.Arbitrary<SubscriptionEvent>>();
    expectTypeOf(arbitraries.subscription()).toEqualTypeOf<
      fc.Arbitrary<Subscription | NewCommerceSubscription>
    >();
    expectTypeOf(arbitraries.policy()).toEqualTypeOf<fc.Arbitrary<Policy>>();
  });

  it('NCE-7: program new-commerce picks the New Commerce type; a program known only at run time gives either', () => {
    expectTypeOf(arbitraries.subscription({ program: 'new-commerce' })).toEqualTypeOf<
      fc.Arbitrary<NewCommerceSubscription>
    >();
    expectTypeOf(arbitraries.subscription({ program: 'legacy' })).toEqualTypeOf<
      fc.Arbitrary<Subscription>
    >();
    expectTypeOf(arbitraries.subscriptionEvent({ program: 'new-commerce' })).toEqualTypeOf<
      fc.Arbitrary<NewCommerceEvent>
    >();
    const program = 'legacy' as 'legacy' | 'new-commerce';
    expectTypeOf(arbitraries.subscription({ program })).toEqualTypeOf<
      fc.Arbitrary<Subscription | NewCommerceSubscription>
    >();
    expectTypeOf(arbitraries.subscriptionEvent({ program })).toEqualTypeOf<
      fc.Arbitrary<SubscriptionEvent | NewCommerceEvent>
    >();
  });

  it('PCR details: { program } narrows the type of purchase, subscription and partnerCenterSubscription; none gives both programs', () => {
    expectTypeOf(arbitraries.purchase()).toEqualTypeOf<fc.Arbitrary<Purchase>>();
    expectTypeOf(arbitraries.purchase({ program: 'new-commerce' })).toEqualTypeOf<
      fc.Arbitrary<NewCommercePurchase>
    >();
    expectTypeOf(arbitraries.purchase({ program: 'legacy' })).toEqualTypeOf<
      fc.Arbitrary<LegacyPurchase>
    >();
    expectTypeOf(arbitraries.purchase({ products: ['windows-7-esu'] })).toEqualTypeOf<
      fc.Arbitrary<Purchase>
    >();
    expectTypeOf(arbitraries.subscription()).toEqualTypeOf<
      fc.Arbitrary<Subscription | NewCommerceSubscription>
    >();
    expectTypeOf(arbitraries.subscription({ program: 'new-commerce' })).toEqualTypeOf<
      fc.Arbitrary<NewCommerceSubscription>
    >();
    expectTypeOf(arbitraries.subscription({ program: 'legacy' })).toEqualTypeOf<
      fc.Arbitrary<Subscription>
    >();
    const program = 'legacy' as 'legacy' | 'new-commerce';
    expectTypeOf(arbitraries.purchase({ program })).toEqualTypeOf<fc.Arbitrary<Purchase>>();
    // a resource is the API's JSON whatever its program: one type, read by its fields (PCR-1)
    for (const resources of [
      arbitraries.partnerCenterSubscription(),
      arbitraries.partnerCenterSubscription({ program: 'new-commerce' }),
      arbitraries.partnerCenterSubscription({ program }),
    ])
      expectTypeOf(resources).toEqualTypeOf<fc.Arbitrary<PartnerCenterSubscription>>();
    const narrowed = () => {
      const [bought] = fc.sample(arbitraries.purchase({ program: 'new-commerce' }), 1);
      // @ts-expect-error: a New Commerce purchase has a billingFrequency, never a billingCycle
      bought?.billingCycle?.toUpperCase();
      const [held] = fc.sample(arbitraries.subscription({ program: 'legacy' }), 1);
      // @ts-expect-error: a legacy state never has the New Commerce `disabled` status
      if (held?.status === 'disabled') return;
      const [either] = fc.sample(arbitraries.subscription(), 1);
      // @ts-expect-error: without a program, a state may be New Commerce, which has no accountOpenedAt
      either?.accountOpenedAt;
    };
    expectTypeOf(narrowed).toBeFunction();
  });

  it('a misspelt constraint, an unknown product, market, currency, form or event type does not compile', () => {
    // Checked by tsc only: at run time each of these throws a RuleError.
    const wrong = () => {
      // @ts-expect-error: `prodcts` is not a constraint
      arbitraries.purchase({ prodcts: ['marketplace-saas'] });
      // @ts-expect-error: not a product
      arbitraries.purchase({ products: ['office-365'] });
      // @ts-expect-error: software-perpetual has no lifecycle
      arbitraries.subscription({ products: ['software-perpetual'] });
      // @ts-expect-error: not a market code
      arbitraries.market({ codes: ['ZZ'] });
      // @ts-expect-error: not a form
      arbitraries.market({ forms: ['emoji'] });
      // @ts-expect-error: not a currency
      arbitraries.money({ currencies: ['usd'] });
      // @ts-expect-error: not an event type
      arbitraries.subscriptionEvent({ types: ['renew'] });
      // @ts-expect-error: not a program
      arbitraries.subscription({ program: 'retail' });
      // @ts-expect-error: not a form of tax rate
      arbitraries.taxRate({ form: 'percent' });
      // @ts-expect-error: not a segment
      arbitraries.customer({ segments: ['retail'] });
    };
    expectTypeOf(wrong).toBeFunction();
    // the signature without a program: the one a caller holding constraints of its own gets
    expectTypeOf<Parameters<typeof arbitraries.purchase>[0]>().toEqualTypeOf<
      arbitraries.PurchaseConstraints | undefined
    >();
    expectTypeOf(arbitraries.purchase).toBeCallableWith({} as arbitraries.PurchaseConstraints);
  });
});

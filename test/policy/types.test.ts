import type { Policy, Product, RuleErrorCode } from 'subscription-rules';
import { policyAt } from 'subscription-rules';
import { describe, expectTypeOf, it } from 'vitest';

describe('types', () => {
  it('POL-1: products, codes and policy fields are literal types checked by tsc', () => {
    expectTypeOf<Product>().toEqualTypeOf<
      | 'marketplace-saas'
      | 'marketplace-usage'
      | 'software-perpetual'
      | 'software-subscription'
      | 'software-plan'
      | 'windows-7-esu'
    >();
    expectTypeOf(policyAt).returns.toEqualTypeOf<Policy>();
    // @ts-expect-error an unknown product does not compile
    const unknownProduct: Product = 'office-365';
    // @ts-expect-error a misspelt error code does not compile
    const misspelt: RuleErrorCode = 'INVALID_INSTNAT';
    const neverCalled = () => {
      // @ts-expect-error a number is not an instant
      policyAt(1_700_000_000_000);
    };
    void neverCalled;
    expectTypeOf<Policy['products']['marketplace-saas']['terms']>().toEqualTypeOf<
      readonly ('P1M' | 'P1Y' | 'P3Y')[] | null
    >();
    void unknownProduct;
    void misspelt;
  });
});

import type { CurrencyCode, Policy, RoundingMode, TaxRate } from 'subscription-rules';
import {
  allocate,
  formatMoney,
  type Money,
  money,
  priceIncludesTax,
  type Quote,
  type QuoteInput,
  quote,
  sumMoney,
} from 'subscription-rules';
import { describe, expectTypeOf, it } from 'vitest';

describe('types', () => {
  it('PRICE-1, PRICE-4, PRICE-5: currencies, rounding modes and quotes are literal types checked by tsc', () => {
    expectTypeOf(money).returns.toEqualTypeOf<Money>();
    expectTypeOf<Money['currency']>().toEqualTypeOf<CurrencyCode>();
    expectTypeOf(quote).parameter(0).toEqualTypeOf<QuoteInput>();
    expectTypeOf(quote).returns.toEqualTypeOf<Quote>();
    expectTypeOf<Quote['listPriceIncludesTax']>().toEqualTypeOf<boolean>();
    expectTypeOf<TaxRate>().toEqualTypeOf<string | number>();
    expectTypeOf(allocate).returns.toEqualTypeOf<Money[]>();
    expectTypeOf(sumMoney).returns.toEqualTypeOf<Money>();
    expectTypeOf(formatMoney).returns.toEqualTypeOf<string>();
    expectTypeOf(priceIncludesTax).returns.toEqualTypeOf<boolean>();
    expectTypeOf<RoundingMode>().toEqualTypeOf<
      'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceiling' | 'floor'
    >();
    // @ts-expect-error a misspelt rounding mode does not compile
    const misspelt: RoundingMode = 'half_up';
    // @ts-expect-error a currency in lower case does not compile
    const lower: CurrencyCode = 'usd';
    const neverCalled = (policy: Policy) => {
      // @ts-expect-error an unknown currency code does not compile
      money('1.00', 'XYZ');
      // @ts-expect-error a Quote is read-only
      quote({ listPrice: money('1', 'USD'), market: 'US', taxRate: '0.1' }).net = money('2', 'USD');
      // @ts-expect-error the rounding mode belongs to the quote input and must be one of PRICE-5
      quote({ listPrice: money('1', 'USD'), market: 'US', taxRate: '0.1', rounding: 'nearest' });
      // @ts-expect-error a tax rate is text or a number, not a bigint
      quote({ listPrice: money('1', 'USD'), market: 'US', taxRate: 1n });
      // @ts-expect-error Money's amount is read-only
      money('1', 'USD').amount = 5;
      priceIncludesTax('AU', { policy });
    };
    void neverCalled;
    void misspelt;
    void lower;
  });
});

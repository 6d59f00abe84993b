import type { Money } from 'subscription-rules';
import type {
  TieOutAmount,
  TieOutCurrencySummary,
  TieOutExact,
  TieOutMoney,
  TieOutResult,
} from 'subscription-rules/usage';
import { describe, expectTypeOf, it } from 'vitest';

describe('types', () => {
  it('INV-2, PRICE-1: a tie-out amount is Money or an exact decimal, never text in `amount`', () => {
    expectTypeOf<TieOutAmount>().toEqualTypeOf<TieOutMoney | TieOutExact>();
    expectTypeOf<TieOutMoney>().toMatchTypeOf<Money>();
    expectTypeOf<TieOutExact['exact']>().toEqualTypeOf<string>();
    expectTypeOf<TieOutAmount['amount']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<NonNullable<TieOutResult['total']>>().toEqualTypeOf<TieOutAmount>();
    expectTypeOf<NonNullable<TieOutResult['residual']>>().toEqualTypeOf<TieOutAmount>();
    expectTypeOf<NonNullable<TieOutResult['netOfAmendments']>>().toEqualTypeOf<TieOutAmount>();
    expectTypeOf<TieOutCurrencySummary['invoiceTotal']>().toEqualTypeOf<TieOutAmount>();
    expectTypeOf<NonNullable<TieOutResult['tolerance']>>().toEqualTypeOf<Money>();
    const neverCalled = (a: TieOutAmount) => {
      // narrowing on `exact` leaves Money: its amount a number to add
      if (a.exact === undefined) expectTypeOf(a.amount).toEqualTypeOf<number>();
      else expectTypeOf(a.exact).toBeString();
      // @ts-expect-error an amount may be absent: test `exact` first
      const units: number = a.amount;
      // @ts-expect-error `amount` never holds text
      const text: TieOutAmount = { amount: '901.2', currency: 'JPY' };
      void units;
      void text;
    };
    void neverCalled;
  });
});

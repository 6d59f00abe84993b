import type { Money } from 'subscription-rules';
import type {
  ResaleFinding,
  ResaleIssueCode,
  ResaleMap,
  ResaleProductFinding,
  ResaleResult,
  ResaleTerm,
} from 'subscription-rules/resale';
import { describe, expectTypeOf, it } from 'vitest';

describe('types', () => {
  it('RSL-6, RSL-8: a finding is a union told apart by its kind; money is Money; codes and terms are literals', () => {
    expectTypeOf<ResaleFinding['atStake']>().toEqualTypeOf<Money>();
    expectTypeOf<ResaleResult['summary']['atStake']>().toEqualTypeOf<readonly Money[]>();
    expectTypeOf<ResaleTerm>().toEqualTypeOf<'P1M' | 'P1Y' | 'P3Y'>();
    expectTypeOf<'NO_FX_RATE'>().toMatchTypeOf<ResaleIssueCode>();
    expectTypeOf<ResaleResult['customers'][number]['marginPercent']>().toEqualTypeOf<
      string | null
    >();
    const neverCalled = (f: ResaleFinding, map: ResaleMap) => {
      if (f.kind === 'margin-below-floor') expectTypeOf(f.marginPercent).toBeString();
      else {
        expectTypeOf(f).toEqualTypeOf<ResaleProductFinding>();
        expectTypeOf(f.seats).toEqualTypeOf<number | undefined>();
      }
      // @ts-expect-error only a margin finding has a margin percent
      const percent: string = f.marginPercent;
      // @ts-expect-error a product's term is one of the three
      const term: ResaleMap['products'][number]['term'] = 'P2Y';
      // @ts-expect-error a date format is never guessed: one of the three
      const format: NonNullable<ResaleMap['billed']['dateFormat']> = 'DD.MM.YYYY';
      void percent;
      void term;
      void format;
      void map;
    };
    void neverCalled;
  });
});

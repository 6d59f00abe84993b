import type { Money } from 'subscription-rules';
import type {
  UsageAtStake,
  UsageFinding,
  UsageNoStakeNote,
  UsageNote,
  UsageRemedy,
} from 'subscription-rules/usage';
import { reconcileUsage } from 'subscription-rules/usage';
import { describe, expectTypeOf, it } from 'vitest';

describe('types', () => {
  it('USG-2, USG-3: a finding’s meter and days (the first, the last and the list) are optional fields of their own; its money is Money', () => {
    expectTypeOf<UsageFinding['meter']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UsageFinding['days']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<UsageFinding['firstDay']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UsageFinding['lastDay']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UsageFinding['atStake']>().toEqualTypeOf<Money>();
    expectTypeOf<UsageFinding['difference']>().toEqualTypeOf<Money>();
    expectTypeOf<UsageAtStake['net']>().toEqualTypeOf<Money>();
  });

  it('USG-3, USG-4: a remedy is now or never; a no-money-at-stake note carries the finding whole, of any kind', () => {
    expectTypeOf<UsageRemedy['when']>().toEqualTypeOf<'now' | 'never'>();
    expectTypeOf<UsageNoStakeNote['finding']>().toEqualTypeOf<UsageFinding>();
    expectTypeOf<
      Extract<UsageNote, { kind: 'no-money-at-stake' }>
    >().toEqualTypeOf<UsageNoStakeNote>();
    expectTypeOf(reconcileUsage).returns.toHaveProperty('different');
    expectTypeOf<UsageFinding['kind']>().toEqualTypeOf<
      | 'different'
      | 'missing'
      | 'unexpected'
      | 'pec-not-earned'
      | 'pec-on-excluded-meter'
      | 'pec-rate-unexpected'
    >();
  });
});

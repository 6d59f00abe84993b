import type { ExtendedServiceTermRules } from '../../../policy/types.ts';
import type { Money } from '../../../pricing/money.ts';
import { shareOf } from '../../../pricing/shareOf.ts';
import type { ExtendedServiceTermBase } from '../types.ts';

/** An Extended Service Term's month price (EST-3): its base for a month, the uplift, the price. */
export interface EstQuote {
  /** The base price of one month. */
  readonly basePrice: Money;
  /** The uplift in percent. */
  readonly uplift: number;
  /** `basePrice × (1 + uplift / 100)`, rounded half up. */
  readonly unitPrice: Money;
}

/**
 * The price of a month of Extended Service Term (EST-3, decided): with a monthly-term plan, its
 * price for a month plus the section's `monthlyPlanUplift`; without one, the annual-term price
 * ÷ 12 (rounded half up) plus `noMonthlyPlanUplift`; the uplift rounded half up to the minor unit.
 * Exact integer arithmetic: 400 + 3 % = 412; 6000 ÷ 12 = 500, + 23 % = 615.
 */
export function estQuote(base: ExtendedServiceTermBase, rules: ExtendedServiceTermRules): EstQuote {
  const { amount, currency } = base.basePrice;
  const month = base.monthlyPlan ? amount : shareOf(amount, 1, 12);
  const uplift = base.monthlyPlan ? rules.monthlyPlanUplift : rules.noMonthlyPlanUplift;
  return {
    basePrice: { amount: month, currency },
    uplift,
    unitPrice: { amount: shareOf(month, 100 + uplift, 100), currency },
  };
}

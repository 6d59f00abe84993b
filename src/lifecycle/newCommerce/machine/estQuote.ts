import type { ExtendedServiceTermRules } from '../../../policy/types.ts';
import type { Money } from '../../../pricing/money.ts';
import { withUplift } from '../../../pricing/withUplift.ts';
import type { ExtendedServiceTermBase } from '../types.ts';

/** An Extended Service Term's month price (EST-3): its base for a month, the uplift, the price. */
export interface EstQuote {
  /** The base price of one month. */
  readonly basePrice: Money;
  /** The uplift, a fraction (`0.03`: 3 %). */
  readonly uplift: number;
  /** `basePrice × (1 + uplift)`, rounded half up. */
  readonly unitPrice: Money;
}

/**
 * The price of a month of Extended Service Term (EST-3, EST-7, decided): the base is always the
 * price of one month — the monthly-term price plus the section's `monthlyPlanUplift`, or without a
 * monthly-term plan the annual price's month plus `noMonthlyPlanUplift` — the uplift rounded half
 * up to the minor unit. Exact integer arithmetic: 400 + 3 % = 412; 1000 + 23 % = 1230.
 */
export function estQuote(base: ExtendedServiceTermBase, rules: ExtendedServiceTermRules): EstQuote {
  const { amount, currency } = base.basePrice;
  const uplift = base.monthlyPlan ? rules.monthlyPlanUplift : rules.noMonthlyPlanUplift;
  return {
    basePrice: { amount, currency },
    uplift,
    unitPrice: { amount: withUplift(amount, uplift), currency },
  };
}

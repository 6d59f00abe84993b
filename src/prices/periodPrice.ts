import type { Money } from '../pricing/money.ts';
import { readPeriodPrice } from './readPeriodPrice.ts';

/** What {@link periodPrice} reads of a row: a {@link PriceRow}, or these four columns of one. */
export interface PeriodPriceRow {
  /** The price of one licence for the whole term, as decimal text or a number. */
  readonly UnitPrice: string | number;
  /** The currency, an active ISO 4217 code. */
  readonly Currency: string;
  /** `P1M`, `P1Y`, `P2Y`, `P3Y` or `P5Y`. */
  readonly TermDuration: string;
  /** `Monthly`, `Annual`, `Triennial`, `None` (a trial) or `OneTime`. */
  readonly BillingPlan: string;
}

/**
 * What one billing period of a price-list row costs (PL-2): a row's `UnitPrice` is the price of
 * the **whole term** (Partner Center: "The UnitPrice amount is for the term being purchased"), so a
 * `P1Y` row billed `Monthly` charges `UnitPrice ÷ 12` a month and billed `Annual` `UnitPrice` once;
 * `P3Y` `Annual` `÷ 3`, `Monthly` `÷ 36` (decided: the 36-month total); `P1M` `UnitPrice` each month;
 * a trial (`None`) or `OneTime` the whole `UnitPrice`. The division is exact and rounds half away
 * from zero to the currency's minor unit (decided). Every place that takes a price-list row uses
 * this — never `UnitPrice` as a monthly price.
 *
 * @param row - A price-list row ({@link PriceRow}, or an object with its four columns).
 * @returns The price of one billing period, in minor units.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `row` (not an object), `row.TermDuration` or
 *   `row.BillingPlan` (none the price list writes, or a plan longer than the term);
 *   `UNKNOWN_CURRENCY` at `row.Currency`; `INVALID_AMOUNT` at `row.UnitPrice` (not a decimal ≥ 0,
 *   or past the safe integers).
 * @example
 * ```ts
 * import { periodPrice } from 'subscription-rules';
 * periodPrice({ UnitPrice: '75.60', Currency: 'USD', TermDuration: 'P1Y', BillingPlan: 'Monthly' });
 * //=> { amount: 630, currency: 'USD' }
 * periodPrice({ UnitPrice: '72.00', Currency: 'USD', TermDuration: 'P1Y', BillingPlan: 'Annual' });
 * //=> { amount: 7200, currency: 'USD' }
 * periodPrice({ UnitPrice: '100', Currency: 'USD', TermDuration: 'P3Y', BillingPlan: 'Annual' });
 * //=> { amount: 3333, currency: 'USD' }
 * ```
 * @category Prices over time
 * @see PL-2
 */
export function periodPrice(row: PeriodPriceRow): Money {
  return readPeriodPrice(row, 'row');
}

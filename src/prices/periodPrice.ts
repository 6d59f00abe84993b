import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { requireRecord } from '../kernel/requireRecord.ts';
import { currencyExponents } from '../pricing/data/currencyExponents.ts';
import type { Money } from '../pricing/money.ts';
import { readCurrencyCode } from '../pricing/readCurrencyCode.ts';
import { billingPeriods } from './_internal/billingPeriods.ts';
import { canonicalPlan, canonicalTerm } from './_internal/canonical.ts';
import { exactDecimal } from './_internal/exactDecimal.ts';

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
  const record = requireRecord(row, 'row');
  const term = canonicalTerm(typeof record.TermDuration === 'string' ? record.TermDuration : '');
  if (term === undefined)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'row.TermDuration',
      'expected P1M, P1Y, P2Y, P3Y or P5Y',
      record.TermDuration,
    );
  const plan = canonicalPlan(typeof record.BillingPlan === 'string' ? record.BillingPlan : '');
  const periods = plan === undefined ? undefined : billingPeriods(term, plan);
  if (periods === undefined)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'row.BillingPlan',
      'expected a billing plan of a {term} term: Monthly, Annual, Triennial, None or OneTime',
      record.BillingPlan,
      term,
    );
  const currency = readCurrencyCode(record.Currency);
  if (currency === undefined)
    fail(
      RuleErrorCode.UNKNOWN_CURRENCY,
      'row.Currency',
      'expected an active ISO 4217 code, such as USD',
      record.Currency,
    );
  const value = record.UnitPrice;
  const text =
    typeof value === 'string'
      ? value.trim().replace(/^'/, '')
      : typeof value === 'number' && Number.isFinite(value)
        ? String(value)
        : '';
  const exact = exactDecimal(text);
  const exponent = currencyExponents[currency];
  const amount =
    exact === undefined || exact.scale > 20
      ? Number.NaN
      : divideRounded(exact.units, exponent - exact.scale, periods);
  if (!Number.isSafeInteger(amount))
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      'row.UnitPrice',
      'expected decimal text ≥ 0 (a price for the whole term)',
      value,
    );
  return { amount, currency };
}

/**
 * round(units × 10^shift ÷ periods) for units ≥ 0, half away from zero, exactly: in plain numbers
 * while they are safe integers, else in bigint.
 */
function divideRounded(units: number, shift: number, periods: number): number {
  const numerator = shift >= 0 ? units * 10 ** shift : units;
  const divisor = shift >= 0 ? periods : 10 ** -shift * periods;
  if (numerator <= Number.MAX_SAFE_INTEGER && divisor <= Number.MAX_SAFE_INTEGER) {
    let q = Math.floor(numerator / divisor);
    let r = numerator - q * divisor;
    // the float quotient may land one off an integer; the remainder says which way
    if (r < 0) {
      q--;
      r += divisor;
    } else if (r >= divisor) {
      q++;
      r -= divisor;
    }
    return r * 2 >= divisor ? q + 1 : q;
  }
  const n = BigInt(units) * 10n ** BigInt(Math.max(shift, 0));
  const d = 10n ** BigInt(Math.max(-shift, 0)) * BigInt(periods);
  const q = n / d;
  return Number((n % d) * 2n >= d ? q + 1n : q);
}

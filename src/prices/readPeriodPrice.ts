import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { requireRecord } from '../kernel/requireRecord.ts';
import { currencyExponents } from '../pricing/data/currencyExponents.ts';
import type { Money } from '../pricing/money.ts';
import { readCurrencyCode } from '../pricing/readCurrencyCode.ts';
import { billingPeriods } from './_internal/billingPeriods.ts';
import { canonicalPlan, canonicalTerm } from './_internal/canonical.ts';
import { exactDecimal, isNegativeDecimal } from './_internal/exactDecimal.ts';

/**
 * {@link periodPrice} for a row given under another name (`options.price`): the same reading, its
 * errors at `<path>.<column>`.
 *
 * @param row - The row.
 * @param path - The dot path of the row in the caller's arguments.
 * @returns The price of one billing period.
 * @throws {@link RuleError} as {@link periodPrice}, at `path`.
 */
export function readPeriodPrice(row: unknown, path: string): Money {
  const record = requireRecord(row, path);
  const term = canonicalTerm(typeof record.TermDuration === 'string' ? record.TermDuration : '');
  if (term === undefined)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      `${path}.TermDuration`,
      'expected P1M, P1Y, P2Y, P3Y or P5Y',
      record.TermDuration,
    );
  const plan = canonicalPlan(typeof record.BillingPlan === 'string' ? record.BillingPlan : '');
  const periods = plan === undefined ? undefined : billingPeriods(term, plan);
  if (periods === undefined)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      `${path}.BillingPlan`,
      'expected a billing plan of a {term} term: Monthly, Annual, Triennial, None or OneTime',
      record.BillingPlan,
      term,
    );
  const currency = readCurrencyCode(record.Currency);
  if (currency === undefined)
    fail(
      RuleErrorCode.UNKNOWN_CURRENCY,
      `${path}.Currency`,
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
  if (isNegativeDecimal(text))
    fail(RuleErrorCode.INVALID_AMOUNT, `${path}.UnitPrice`, 'must not be negative', value);
  if (!Number.isSafeInteger(amount))
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      `${path}.UnitPrice`,
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

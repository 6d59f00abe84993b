import { currencyExponents } from '../../../pricing/data/currencyExponents.ts';
import { dialectMacros } from '../../engine/duckdb/dialectMacros.ts';
import { USAGE_AMOUNT_STEPS } from './usageAmountSteps.ts';

/** HUGEINT holds every integer of up to 38 digits. */
const HUGE_DIGITS = 38;

/** The macro's parameter of a column: `f0`, `f1`… in the steps' order. */
const parameter = (i: number): string => `f${i}`;

/**
 * USG-2's amount as DuckDB macros, rendered from {@link USAGE_AMOUNT_STEPS} (one definition,
 * never a second formula): `usage_amount(f0, f1, f2, currency)` multiplies the factors' digits as
 * 128-bit integers (`digits` × 10^-`decimals` each, so nothing passes through a double) and
 * truncates toward zero at the currency's minor unit (`//` truncates toward zero), in minor units;
 * `usage_amount_exact(…)` says when that is exact — every factor a plain number (the dialect's
 * `is_plain_number`, {@link dialectMacros}: a cell written otherwise — a space, an apostrophe,
 * an exponent — is read by the default reader, which says what it makes of it), the
 * currency one of ISO 4217's (its exponent from the library's table), the product within 38 digits
 * — and a line for which it is not is read by the default reader.
 *
 * @returns The statements creating the dialect's macros ({@link dialectMacros}), then `decimal_digits`, `decimal_units`,
 *   `decimal_scale`, `currency_exponent`, `usage_amount` and `usage_amount_exact`.
 * @example
 * ```ts
 * usageAmountSql().includes('CREATE OR REPLACE MACRO usage_amount(');
 * //=> true
 * ```
 */
export function usageAmountSql(): string {
  const { factors, truncate } = USAGE_AMOUNT_STEPS;
  if (truncate !== 'toward-zero') throw new Error(`no SQL for a truncation ${truncate}`);
  const params = factors.map((_, i) => parameter(i));
  const exponents = Object.entries(currencyExponents)
    .map(([code, exponent]) => `WHEN '${code}' THEN ${exponent}`)
    .join(' ');
  const units = params.map((p) => `decimal_units(${p})`).join(' * ');
  const scale = params.map((p) => `decimal_scale(${p})`).join(' + ');
  const digits = params.map((p) => `decimal_digits(${p})`).join(' + ');
  const plain = params.map((p) => `is_plain_number(${p})`).join(' AND ');
  const power = (n: string): string => `CAST('1' || repeat('0', CAST(${n} AS BIGINT)) AS HUGEINT)`;
  return `${dialectMacros()}
CREATE OR REPLACE MACRO decimal_units(t) AS CAST(replace(t, '.', '') AS HUGEINT);
CREATE OR REPLACE MACRO decimal_scale(t) AS length(split_part(t, '.', 2));
CREATE OR REPLACE MACRO decimal_digits(t) AS length(ltrim(replace(replace(t, '-', ''), '.', ''), '0'));
CREATE OR REPLACE MACRO currency_exponent(c) AS CASE c ${exponents} END;
CREATE OR REPLACE MACRO usage_amount_exact(${params.join(', ')}, currency) AS
  ${plain} AND currency_exponent(currency) IS NOT NULL
  AND ${digits} + greatest(currency_exponent(currency) - (${scale}), 0) <= ${HUGE_DIGITS};
CREATE OR REPLACE MACRO usage_amount(${params.join(', ')}, currency) AS CASE
  WHEN (${scale}) - currency_exponent(currency) > ${HUGE_DIGITS} THEN CAST(0 AS HUGEINT)
  WHEN (${scale}) >= currency_exponent(currency)
    THEN (${units}) // ${power(`(${scale}) - currency_exponent(currency)`)}
  ELSE (${units}) * ${power(`currency_exponent(currency) - (${scale})`)}
END;
`;
}

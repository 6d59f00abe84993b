import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { scaleDecimal } from './_internal/scaleDecimal.ts';
import type { CurrencyCode } from './CurrencyCode.ts';
import { currencyExponents } from './data/currencyExponents.ts';
import { readCurrencyCode } from './readCurrencyCode.ts';

/**
 * An amount of money as an integer count of the currency's minor units (PRICE-1): 19.99 AUD is
 * `{ amount: 1999, currency: 'AUD' }`, 500 JPY is `{ amount: 500, currency: 'JPY' }`. `amount` is a
 * safe integer and may be negative (a credit). No binary floating point ever touches it.
 *
 * @category Prices
 */
export interface Money {
  /** Integer count of minor units (cents for USD, yen for JPY, fils for BHD). */
  readonly amount: number;
  /** The ISO 4217 code. */
  readonly currency: CurrencyCode;
}

/**
 * Reads a decimal amount into {@link Money} exactly (PRICE-1): the text is scaled by the
 * currency's ISO 4217 exponent digit by digit, so no binary float ever holds the fraction.
 *
 * Text is an optional `-`, one or more digits, and optionally `.` followed by one or more digits —
 * no `+`, spaces, grouping separators or exponents. A number is read through its shortest decimal
 * form (`String(19.99)` is `'19.99'`; `1e21` is `'1e+21'` and refused).
 *
 * Decided: trailing zeros count as decimals, so `money('1.230', 'USD')` is refused like `'1.234'` —
 * the text claims a precision the currency cannot hold. `'-0'` is `{ amount: 0 }`.
 *
 * @param text - The amount in major units: decimal text or a number.
 * @param currency - An active ISO 4217 code; any case, read as upper case (`'usd'` is `USD`), the
 *   one currency rule of the schemas and the command line too.
 * @returns The amount as integer minor units.
 * @throws {@link RuleError} `UNKNOWN_CURRENCY` (path `currency`) for a code that is not an active
 *   ISO 4217 code in any case; `INVALID_AMOUNT` (path `text`) for anything that is not decimal text
 *   or a number, for more decimals than the currency has, and for a result past the safe integers.
 * @example
 * ```ts
 * import { money } from 'subscription-rules';
 * money('19.99', 'AUD');
 * //=> { amount: 1999, currency: 'AUD' }
 * money('1.234', 'BHD');
 * //=> { amount: 1234, currency: 'BHD' }
 * money('12.50', 'usd' as 'USD');
 * //=> { amount: 1250, currency: 'USD' }
 * money(500, 'JPY');
 * //=> { amount: 500, currency: 'JPY' }
 * money('1.5', 'JPY');
 * // throws RuleError INVALID_AMOUNT (path text): more decimals than JPY has
 * ```
 * @category Prices
 */
export function money(text: string | number, currency: CurrencyCode): Money {
  const code = readCurrencyCode(currency);
  if (code === undefined) {
    fail(
      RuleErrorCode.UNKNOWN_CURRENCY,
      'currency',
      'expected an active ISO 4217 code, such as USD',
      currency,
    );
  }
  const exponent = currencyExponents[code];
  const digits =
    typeof text === 'string' ? text : typeof text === 'number' ? String(text) : undefined;
  const amount = digits === undefined ? undefined : scaleDecimal(digits, exponent);
  if (amount === undefined) {
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      'text',
      'expected decimal text with at most {decimals} decimals for {currency} (a safe integer of minor units)',
      text,
      exponent,
      code,
    );
  }
  return { amount, currency: code };
}

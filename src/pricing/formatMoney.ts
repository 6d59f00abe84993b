import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { currencyFormatter } from './_internal/currencyFormatter.ts';
import { toDecimal } from './_internal/toDecimal.ts';
import { currencyExponents } from './data/currencyExponents.ts';
import type { Money } from './money.ts';
import { readMoney } from './readMoney.ts';

/**
 * Formats an amount for people (PRICE-9) with `Intl.NumberFormat` in currency style, showing
 * exactly the currency's ISO 4217 exponent of decimals (JPY 0, USD 2, BHD 3, CLF 4). The amount is
 * written as exact decimal text from its integer and formatted from that text, never divided as a
 * float, so the largest safe amounts keep every digit.
 *
 * Decided: a code the runtime's ICU has no data for (VED, XAD, UYW, …) is still formatted by Intl,
 * with the code as its symbol (`VED 1,234.57` in `en`, `1.234,57 VED` in `de`). Where a runtime has
 * no `Intl.NumberFormat` that formats decimal text exactly, or rejects the currency, the result is
 * `<CODE> <decimal>` (`VED 1234.57`), so formatting never fails and never rounds.
 *
 * @param money - The amount.
 * @param locale - A BCP 47 language tag; `'en'` unless given.
 * @returns The formatted amount, e.g. `$10.99` or `A$10.99` (Intl puts no-break spaces where the
 *   locale has spaces).
 * @throws {@link RuleError} `INVALID_ARGUMENT` (path `locale`) for a locale that is not a string or
 *   not a well-formed language tag; the codes of a bad amount (path `money`).
 * @example
 * ```ts
 * import { formatMoney } from 'subscription-rules';
 * formatMoney({ amount: 1099, currency: 'AUD' }, 'en-AU');
 * //=> '$10.99'
 * formatMoney({ amount: 1099, currency: 'AUD' });
 * //=> 'A$10.99'
 * formatMoney({ amount: -1234, currency: 'BHD' }, 'en');
 * //=> '-BHD 1.234' (with a no-break space)
 * formatMoney({ amount: 9_007_199_254_740_991, currency: 'USD' });
 * //=> '$90,071,992,547,409.91'
 * ```
 * @category Prices
 */
export function formatMoney(money: Money, locale = 'en'): string {
  const { amount, currency } = readMoney(money, 'money');
  if (typeof locale !== 'string') {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'locale', 'expected a BCP 47 language tag', locale);
  }
  const exponent = currencyExponents[currency];
  const decimal = toDecimal(amount, exponent);
  const format = currencyFormatter(locale, currency, exponent);
  return format === undefined ? `${currency} ${decimal}` : format(decimal);
}

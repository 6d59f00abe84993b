import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';

/** Formats exact decimal text; Intl.NumberFormat's `format` reads a numeric string without a float. */
type FormatDecimal = (decimal: string) => string;

/** Formatters built so far, by locale and currency: building one costs far more than using it. */
let formatters: Map<string, FormatDecimal> | undefined;

/**
 * The `Intl.NumberFormat` currency formatter of a locale and currency at the currency's ISO 4217
 * exponent (PRICE-9), built once and kept (at most 64 at a time). `undefined` when the runtime
 * has no `Intl.NumberFormat` that formats numeric strings exactly (Intl.NumberFormat v3, which
 * reports a `roundingMode`), or rejects the currency; the caller then writes `<CODE> <decimal>`.
 *
 * @param locale - A BCP 47 language tag.
 * @param currency - The ISO 4217 code.
 * @param exponent - Its minor-unit exponent.
 * @returns The formatter, or `undefined`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` (path `locale`) for a malformed language tag.
 */
export function currencyFormatter(
  locale: string,
  currency: string,
  exponent: number,
): FormatDecimal | undefined {
  if (typeof Intl !== 'object' || typeof Intl.NumberFormat !== 'function') return undefined;
  formatters ??= new Map();
  const key = `${locale} ${currency}`;
  const known = formatters.get(key);
  if (known !== undefined) return known;
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'locale', 'expected a BCP 47 language tag', locale);
  }
  let numberFormat: Intl.NumberFormat;
  try {
    numberFormat = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    });
  } catch {
    return undefined;
  }
  if (!('roundingMode' in numberFormat.resolvedOptions())) return undefined;
  const format = numberFormat.format as unknown as FormatDecimal;
  if (formatters.size >= 64) formatters.clear();
  formatters.set(key, format);
  return format;
}

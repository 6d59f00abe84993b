import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { READ, scanDecimal, scanned } from '../../kernel/scanDecimal.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';

/**
 * An amount of a Partner Center resource in the currency's minor units, exactly (INV-1, PRICE-1):
 * decimal text as the JSON writes it (`'2075.89'`, the digits of the number's own text), or a
 * number read through `String(n)`; trailing zeros of the decimals do not count.
 *
 * @param value - The amount.
 * @param path - Its dot path.
 * @param currency - The currency.
 * @returns The amount as a safe integer of minor units.
 * @throws {@link RuleError} `INVALID_AMOUNT` for anything that is no number, for more decimals
 *   than the currency has, or past the safe integers.
 */
export function minorUnitsOf(value: unknown, path: string, currency: CurrencyCode): number {
  const text = typeof value === 'number' ? String(value) : value;
  const exponent = currencyExponents[currency];
  if (typeof text !== 'string' || scanDecimal(text) !== READ)
    fail(RuleErrorCode.INVALID_AMOUNT, path, 'expected an amount: decimal text or a number', value);
  if (scanned.scale > exponent)
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      path,
      'expected decimal text with at most {decimals} decimals for {currency} (a safe integer of minor units)',
      value,
      exponent,
      currency,
    );
  const units = BigInt(scanned.units) * 10n ** BigInt(exponent - scanned.scale);
  if (units > BigInt(Number.MAX_SAFE_INTEGER) || units < -BigInt(Number.MAX_SAFE_INTEGER))
    fail(RuleErrorCode.INVALID_AMOUNT, path, 'expected a safe integer count of minor units', value);
  return Number(units);
}

import { decimalText } from '../../kernel/fileDecimal.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { TieOutAmount } from '../types.ts';
import type { Sum } from './TieOutGroup.ts';

/**
 * A sum as the tie-out returns it (INV-2): whole minor units as a number, else (a JPY line printed
 * `100.4`, or past the safe integers) its exact decimal text in major units.
 */
export function tieOutAmount(a: Readonly<Sum>, currency: CurrencyCode): TieOutAmount {
  const exponent = currencyExponents[currency];
  if (a.scale <= exponent) {
    const units = BigInt(a.units) * 10n ** BigInt(exponent - a.scale);
    if (units <= BigInt(Number.MAX_SAFE_INTEGER) && units >= -BigInt(Number.MAX_SAFE_INTEGER))
      return { amount: Number(units), currency };
  }
  return { amount: decimalText(a), currency };
}

/** An amount with its currency, as a sentence writes it (`2075.89 USD`, `-1.2 JPY`). */
export function amountText(a: Readonly<Sum>, currency: CurrencyCode): string {
  return `${decimalText(a, currencyExponents[currency])} ${currency}`;
}

import { decimalText } from '../../kernel/fileDecimal.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { TieOutAmount } from '../types.ts';
import type { Sum } from './TieOutGroup.ts';

/**
 * A sum as the tie-out returns it (INV-2, PRICE-1): whole minor units as `Money`, else (a JPY line
 * printed `100.4`, or past the safe integers) its exact decimal text in major units in `exact`.
 */
export function tieOutAmount(a: Readonly<Sum>, currency: CurrencyCode): TieOutAmount {
  const exponent = currencyExponents[currency];
  // a sum kept at more decimals than the currency has is whole when those decimals are zeros
  const digits = BigInt(a.units);
  const past = 10n ** BigInt(Math.max(0, a.scale - exponent));
  if (digits % past === 0n) {
    const units = (digits / past) * 10n ** BigInt(Math.max(0, exponent - a.scale));
    if (units <= BigInt(Number.MAX_SAFE_INTEGER) && units >= -BigInt(Number.MAX_SAFE_INTEGER))
      return { amount: Number(units), currency };
  }
  return { exact: decimalText(a), currency };
}

/** An amount with its currency, as a sentence writes it (`2075.89 USD`, `-1.2 JPY`). */
export function amountText(a: Readonly<Sum>, currency: CurrencyCode): string {
  return `${decimalText(a, currencyExponents[currency])} ${currency}`;
}

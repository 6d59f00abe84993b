import { decimalText } from '../../kernel/fileDecimal.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import { type Exact, exactText } from './exact.ts';

/** Minor units of a currency as the messages write an amount: `1.81 EUR`, `-2 JPY`. */
export function amountText(minor: number | bigint, currency: CurrencyCode): string {
  const exponent = currencyExponents[currency];
  return `${decimalText({ units: minor, scale: exponent }, exponent)} ${currency}`;
}

/** An exact decimal as the messages write a number (`1.81424`). */
export function numberText(value: Exact): string {
  return exactText(value);
}

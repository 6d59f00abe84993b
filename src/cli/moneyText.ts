import type { Money } from '../index.ts';
import { currencyExponents } from '../pricing/data/currencyExponents.ts';

/**
 * Money as plain decimal text with its code, at the currency's exponent: `19.99 USD`, `500 JPY`.
 * Never an exponent (PRICE-1): the digits are the amount's own as an exact integer, so an amount
 * past `Number.MAX_SAFE_INTEGER` minor units (which the library says as an issue rather than
 * hand on) would still print every digit of the number it holds, never `1.7e+33`.
 *
 * @param money - The amount in minor units and its currency.
 * @returns The text.
 */
export function moneyText({ amount, currency }: Money): string {
  const exponent = currencyExponents[currency];
  // a finite number past 2^53 is an integer: BigInt writes all of its digits
  const magnitude = Math.abs(amount);
  const digits = (
    Number.isFinite(magnitude) ? BigInt(Math.trunc(magnitude)).toString() : String(magnitude)
  ).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent === 0 ? '' : `.${digits.slice(digits.length - exponent)}`;
  return `${amount < 0 ? '-' : ''}${whole}${fraction} ${currency}`;
}

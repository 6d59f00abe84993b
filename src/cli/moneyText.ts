import type { Money } from '../index.ts';
import { currencyExponents } from '../pricing/data/currencyExponents.ts';

/** Money as plain decimal text with its code, at the currency's exponent: `19.99 USD`, `500 JPY`. */
export function moneyText({ amount, currency }: Money): string {
  const exponent = currencyExponents[currency];
  const digits = String(Math.abs(amount)).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent === 0 ? '' : `.${digits.slice(digits.length - exponent)}`;
  return `${amount < 0 ? '-' : ''}${whole}${fraction} ${currency}`;
}

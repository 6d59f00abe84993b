import type { CurrencyCode, Money } from '../index.ts';
import { currencyExponents } from '../pricing/data/currencyExponents.ts';
import { UsageError } from './UsageError.ts';

/**
 * Reads `--price <decimal> --currency <code>` into {@link Money}, exactly: digits, optionally a
 * point and at most as many digits as the currency has minor units (PRICE-1), read as text, never
 * as a float. `19.99 USD` → `{ amount: 1999, currency: 'USD' }`.
 *
 * @param text - The value of `--price`.
 * @param currency - The value of `--currency`.
 * @returns The price in minor units.
 * @throws {@link UsageError} naming `--currency` or `--price`.
 */
export function parsePriceFlag(text: string, currency: string): Money {
  if (!Object.hasOwn(currencyExponents, currency)) {
    throw new UsageError(
      `--currency: expected an active ISO 4217 code in upper case, got ${JSON.stringify(currency)}`,
    );
  }
  const exponent = currencyExponents[currency as CurrencyCode];
  const dot = text.indexOf('.');
  const whole = dot === -1 ? text : text.slice(0, dot);
  const fraction = dot === -1 ? '' : text.slice(dot + 1);
  if (
    !/^\d+$/.test(whole) ||
    (dot !== -1 && !/^\d+$/.test(fraction)) ||
    fraction.length > exponent
  ) {
    throw new UsageError(
      `--price: expected a decimal amount with at most ${exponent} decimal places for ${currency}, got ${JSON.stringify(text)}`,
    );
  }
  const amount = Number(whole + fraction.padEnd(exponent, '0'));
  if (!Number.isSafeInteger(amount)) {
    throw new UsageError(`--price: expected a smaller amount, got ${JSON.stringify(text)}`);
  }
  return { amount, currency: currency as CurrencyCode };
}

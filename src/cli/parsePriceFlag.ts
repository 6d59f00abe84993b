import type { Money } from '../index.ts';
import { currencyExponents } from '../pricing/data/currencyExponents.ts';
import { readCurrencyCode } from '../pricing/readCurrencyCode.ts';
import { UsageError } from './UsageError.ts';

/** A price with its code after it: `12.50USD`, `12.50 usd`. */
const WITH_CODE = /^(.*?) ?([A-Za-z]{3})$/s;

/**
 * Reads `--price <decimal> --currency <code>`, or `--price 12.50USD` / `--price "12.50 USD"` alone,
 * into {@link Money}, exactly: digits, optionally a point and at most as many digits as the
 * currency has minor units (PRICE-1), read as text, never as a float. The code is read by the one
 * currency rule (`readCurrencyCode`: any case, `usd` is `USD`). `19.99 USD` →
 * `{ amount: 1999, currency: 'USD' }`.
 *
 * @param text - The value of `--price`.
 * @param currency - The value of `--currency`, if given.
 * @returns The price in minor units.
 * @throws {@link UsageError} naming `--currency` or `--price`.
 */
export function parsePriceFlag(text: string, currency?: string): Money {
  const own = WITH_CODE.exec(text);
  if (own !== null && currency !== undefined) {
    throw new UsageError(
      `--price: ${JSON.stringify(text)} names its currency and --currency names one too; give one (e.g. --price 12.50 --currency USD, or --price 12.50USD)`,
    );
  }
  const typed = own?.[2] ?? currency;
  if (typed === undefined) {
    throw new UsageError(
      `--price: expected the unit price with its currency, e.g. --price 12.50USD (or --price 12.50 --currency USD), got ${JSON.stringify(text)}`,
    );
  }
  const code = readCurrencyCode(typed);
  if (code === undefined) {
    throw new UsageError(
      `${own === null ? '--currency' : '--price'}: expected an active ISO 4217 currency code such as USD, EUR or JPY (any case), got ${JSON.stringify(typed)}`,
    );
  }
  const digits = own?.[1] ?? text;
  const exponent = currencyExponents[code];
  const dot = digits.indexOf('.');
  const whole = dot === -1 ? digits : digits.slice(0, dot);
  const fraction = dot === -1 ? '' : digits.slice(dot + 1);
  if (
    !/^\d+$/.test(whole) ||
    (dot !== -1 && !/^\d+$/.test(fraction)) ||
    fraction.length > exponent
  ) {
    throw new UsageError(
      `--price: expected a decimal amount with at most ${exponent} decimal places for ${code}, e.g. ${exponent === 0 ? '500' : `12.${'50'.padEnd(exponent, '0')}`}, got ${JSON.stringify(digits)}`,
    );
  }
  const amount = Number(whole + fraction.padEnd(exponent, '0'));
  if (!Number.isSafeInteger(amount)) {
    throw new UsageError(`--price: expected a smaller amount, got ${JSON.stringify(digits)}`);
  }
  return { amount, currency: code };
}

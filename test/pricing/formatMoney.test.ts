import fc from 'fast-check';
import type { CurrencyCode, Money } from 'subscription-rules';
import { formatMoney } from 'subscription-rules';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';
import { currencyExponents } from '../_private.ts';

const currencies = Object.keys(currencyExponents) as CurrencyCode[];
/** Intl writes a no-break space between a code and the number; tests compare with plain spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('formatMoney', () => {
  it('PRICE-9: formats with Intl at the currency exponent, in English unless told otherwise', () => {
    expect(formatMoney({ amount: 1099, currency: 'AUD' }, 'en-AU')).toBe('$10.99');
    expect(formatMoney({ amount: 1099, currency: 'AUD' })).toBe('A$10.99');
    expect(formatMoney({ amount: 1000, currency: 'USD' }, 'en-US')).toBe('$10.00');
    expect(formatMoney({ amount: 500, currency: 'JPY' })).toBe('¥500');
    expect(plain(formatMoney({ amount: 1234, currency: 'BHD' }))).toBe('BHD 1.234');
    expect(plain(formatMoney({ amount: 12_345, currency: 'CLF' }))).toBe('CLF 1.2345');
    expect(plain(formatMoney({ amount: 123_456, currency: 'EUR' }, 'de-DE'))).toBe('1.234,56 €');
    expect(formatMoney({ amount: -5, currency: 'USD' })).toBe('-$0.05');
    expect(formatMoney({ amount: 0, currency: 'USD' })).toBe('$0.00');
  });

  it('PRICE-9: formats from the exact decimal text, so the largest safe amounts keep every digit', () => {
    expect(formatMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'USD' })).toBe(
      '$90,071,992,547,409.91',
    );
    expect(formatMoney({ amount: -Number.MAX_SAFE_INTEGER, currency: 'JPY' })).toBe(
      '-¥9,007,199,254,740,991',
    );
  });

  it('PRICE-9: codes without ICU data (VED, XAD, UYW) still format, with the code as the symbol (decided)', () => {
    expect(plain(formatMoney({ amount: 123_457, currency: 'VED' }))).toBe('VED 1,234.57');
    expect(plain(formatMoney({ amount: 5, currency: 'XAD' }))).toBe('XAD 0.05');
    expect(plain(formatMoney({ amount: 12_345_678, currency: 'UYW' }))).toBe('UYW 1,234.5678');
    expect(plain(formatMoney({ amount: 123_457, currency: 'VED' }, 'de'))).toBe('1.234,57 VED');
  });

  it('PRICE-9: where Intl cannot format the currency exactly, the result is <CODE> <decimal> (decided)', () => {
    // A constructor is mocked with a function, since the library calls it with `new`.
    vi.spyOn(Intl, 'NumberFormat').mockImplementation(function noCurrencyData(): never {
      throw new RangeError('no currency data');
    });
    expect(formatMoney({ amount: -123_456, currency: 'NZD' }, 'en-NZ')).toBe('NZD -1234.56');
    expect(formatMoney({ amount: 7, currency: 'JPY' }, 'en-NZ')).toBe('JPY 7');
  });

  it('PRICE-9: a runtime whose Intl.NumberFormat would read the decimal text as a float is not used', () => {
    // Before Intl.NumberFormat v3 (which reports a roundingMode), format() turned strings into floats.
    vi.spyOn(Intl, 'NumberFormat').mockImplementation(function oldNumberFormat() {
      return {
        resolvedOptions: () => ({ locale: 'en-IE' }),
        format: () => 'rounded through a float',
      } as unknown as Intl.NumberFormat;
    });
    expect(formatMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'EUR' }, 'en-IE')).toBe(
      'EUR 90071992547409.91',
    );
  });

  it('ERR-1: a malformed locale or a bad amount names its field', () => {
    for (const locale of ['en_US', '', 'x', '12', 7, null]) {
      expect(errorOf(() => formatMoney({ amount: 1, currency: 'USD' }, locale as string))).toEqual({
        code: 'INVALID_ARGUMENT',
        path: 'locale',
      });
    }
    expect(errorOf(() => formatMoney({ amount: 1.5, currency: 'USD' }))).toEqual({
      code: 'INVALID_AMOUNT',
      path: 'money.amount',
    });
    expect(errorOf(() => formatMoney({ amount: 1, currency: 'usd' as 'USD' }))).toEqual({
      code: 'UNKNOWN_CURRENCY',
      path: 'money.currency',
    });
  });

  describe('properties', () => {
    const cases = fc.tuple(
      fc.oneof(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
      ),
      fc.constantFrom(...currencies),
    );

    it('PRICE-9: every digit of the amount is shown, with exactly the exponent of decimals', () => {
      fc.assert(
        fc.property(cases, ([amount, currency]) => {
          const exponent = currencyExponents[currency];
          const text = formatMoney({ amount, currency }, 'en');
          const digits = text.replace(/[^0-9]/g, '');
          // Codes such as 'XCG' carry no digits in their symbol, so every digit is the amount's.
          expect(digits).toBe(String(Math.abs(amount)).padStart(exponent + 1, '0'));
          const decimals = exponent === 0 ? '' : `\\.[0-9]{${exponent}}`;
          expect(text).toMatch(new RegExp(`[0-9]${decimals}(?![0-9])`));
          expect(text.includes('-')).toBe(amount < 0);
        }),
      );
    });

    itKeepsTheContract(
      'formatMoney',
      formatMoney,
      fc
        .tuple(cases, fc.constantFrom('en', 'en-AU', 'de-DE', 'pt-BR', 'ja-JP'))
        .map(([[amount, currency], locale]): [Money, string] => [{ amount, currency }, locale]),
    );
  });
});

import fc from 'fast-check';
import type { CurrencyCode } from 'subscription-rules';
import { money } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';
import { currencyExponents } from '../_private.ts';

const currencies = Object.keys(currencyExponents) as CurrencyCode[];

/** The decimal text of an amount of minor units, written with bigint arithmetic, independently. */
function decimalText(amount: number, exponent: number): string {
  const abs = BigInt(Math.abs(amount));
  const unit = 10n ** BigInt(exponent);
  const fraction = exponent === 0 ? '' : `.${String(abs % unit).padStart(exponent, '0')}`;
  return `${amount < 0 ? '-' : ''}${abs / unit}${fraction}`;
}

describe('money', () => {
  it("PRICE-1: money('19.99', 'AUD') is { amount: 1999, currency: 'AUD' }", () => {
    expect(money('19.99', 'AUD')).toEqual({ amount: 1999, currency: 'AUD' });
  });

  it('PRICE-1: scales by the ISO 4217 exponent: BHD 3, JPY 0, CLF 4', () => {
    expect(money('1.234', 'BHD')).toEqual({ amount: 1234, currency: 'BHD' });
    expect(money('1500', 'JPY')).toEqual({ amount: 1500, currency: 'JPY' });
    expect(money('1.2345', 'CLF')).toEqual({ amount: 12_345, currency: 'CLF' });
    expect(money('19.9', 'USD')).toEqual({ amount: 1990, currency: 'USD' });
    expect(money('19', 'USD')).toEqual({ amount: 1900, currency: 'USD' });
    expect(money('-0.05', 'USD')).toEqual({ amount: -5, currency: 'USD' });
    expect(money('0007.50', 'EUR')).toEqual({ amount: 750, currency: 'EUR' });
  });

  it("PRICE-1: money('1.234', 'USD') and money('1.5', 'JPY') throw INVALID_AMOUNT", () => {
    expect(errorOf(() => money('1.234', 'USD'))).toEqual({ code: 'INVALID_AMOUNT', path: 'text' });
    expect(errorOf(() => money('1.5', 'JPY'))).toEqual({ code: 'INVALID_AMOUNT', path: 'text' });
    expect(() => money('1.234', 'USD')).toThrow(
      'text: expected decimal text with at most 2 decimals for USD (a safe integer of minor units), got "1.234"',
    );
  });

  it('PRICE-1: trailing zeros count as decimals (decided): 1.230 USD and 1.0 JPY are refused', () => {
    expect(errorOf(() => money('1.230', 'USD'))).toEqual({ code: 'INVALID_AMOUNT', path: 'text' });
    expect(errorOf(() => money('1.0', 'JPY'))).toEqual({ code: 'INVALID_AMOUNT', path: 'text' });
  });

  it('PRICE-1: a number is read through its shortest decimal form', () => {
    expect(money(19.99, 'AUD')).toEqual({ amount: 1999, currency: 'AUD' });
    expect(money(0.07, 'USD')).toEqual({ amount: 7, currency: 'USD' });
    // 1.005 is written '1.005': three decimals, refused rather than rounded through a float.
    expect(errorOf(() => money(1.005, 'USD'))).toEqual({ code: 'INVALID_AMOUNT', path: 'text' });
  });

  it('PRICE-1: anything but an optional minus, digits and optional decimals is INVALID_AMOUNT', () => {
    const bad: unknown[] = [
      '',
      '-',
      '.5',
      '5.',
      '+1',
      ' 1',
      '1 ',
      '1,000',
      '1_000',
      '1e3',
      '0x10',
      '--1',
      '1.2.3',
      '١٢',
      'NaN',
      'Infinity',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      1e21,
      1e-7,
      0.1 + 0.2,
      null,
      undefined,
      {},
      [],
      10n,
      true,
    ];
    for (const value of bad) {
      expect(errorOf(() => money(value as string, 'USD'))).toEqual({
        code: 'INVALID_AMOUNT',
        path: 'text',
      });
    }
  });

  it('PRICE-1: the result must be a safe integer of minor units', () => {
    expect(money('90071992547409.91', 'USD').amount).toBe(Number.MAX_SAFE_INTEGER);
    expect(money('-90071992547409.91', 'USD').amount).toBe(-Number.MAX_SAFE_INTEGER);
    expect(money('9007199254740991', 'JPY').amount).toBe(Number.MAX_SAFE_INTEGER);
    for (const text of ['90071992547409.92', '9007199254740992', '1000000000000000000000']) {
      expect(errorOf(() => money(text, text.includes('.') ? 'USD' : 'JPY'))).toEqual({
        code: 'INVALID_AMOUNT',
        path: 'text',
      });
    }
  });

  it("PRICE-1: '-0' is zero, never negative zero", () => {
    expect(Object.is(money('-0', 'USD').amount, 0)).toBe(true);
    expect(Object.is(money(-0, 'USD').amount, 0)).toBe(true);
    expect(Object.is(money('-0.00', 'USD').amount, 0)).toBe(true);
  });

  it('PRICE-1: a code is read in any case as its upper case: usd is USD (the one currency rule)', () => {
    expect(money('12.50', 'usd' as CurrencyCode)).toEqual({ amount: 1250, currency: 'USD' });
    expect(money('12.50', 'Usd' as CurrencyCode)).toEqual({ amount: 1250, currency: 'USD' });
    expect(errorOf(() => money('1.5', 'jpy' as CurrencyCode))).toEqual({
      code: 'INVALID_AMOUNT',
      path: 'text',
    });
  });

  it('PRICE-1: a code that is not an active ISO 4217 code in any case is UNKNOWN_CURRENCY', () => {
    for (const currency of [
      'US$',
      ' USD',
      'USD ',
      'ınr',
      'XXX',
      'XAU',
      'XTS',
      'ABC',
      'toString',
      '__proto__',
      '',
      1,
    ]) {
      expect(errorOf(() => money('1', currency as CurrencyCode))).toEqual({
        code: 'UNKNOWN_CURRENCY',
        path: 'currency',
      });
    }
  });

  describe('properties', () => {
    const amounts = fc.oneof(
      fc.integer({ min: -1e12, max: 1e12 }),
      fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
    );
    const cases = fc.tuple(amounts, fc.constantFrom(...currencies));

    it('PRICE-1: reads back every safe amount from its decimal text, in every currency', () => {
      fc.assert(
        fc.property(cases, ([amount, currency]) => {
          const text = decimalText(amount, currencyExponents[currency]);
          expect(money(text, currency)).toEqual({ amount: amount + 0, currency });
        }),
      );
    });

    it('PRICE-1: one decimal more than the currency has is always INVALID_AMOUNT', () => {
      fc.assert(
        fc.property(cases, fc.integer({ min: 0, max: 9 }), ([amount, currency], digit) => {
          const exponent = currencyExponents[currency];
          const text = `${decimalText(amount, exponent)}${exponent === 0 ? '.' : ''}${digit}`;
          expect(errorOf(() => money(text, currency))).toEqual({
            code: 'INVALID_AMOUNT',
            path: 'text',
          });
        }),
      );
    });

    it('PRICE-1: a number of cents written as a float reads back as exactly those cents', () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
          expect(money(cents / 100, 'USD').amount).toBe(cents + 0);
        }),
      );
    });

    itKeepsTheContract(
      'money',
      money,
      cases.map(([amount, currency]): [string, CurrencyCode] => [
        decimalText(amount, currencyExponents[currency]),
        currency,
      ]),
    );
  });
});

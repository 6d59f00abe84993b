import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyText, parsePriceFlag, UsageError } from '../_private.ts';

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('parsePriceFlag', () => {
  it('PRICE-1: reads decimal text exactly at the currency exponent', () => {
    expect(parsePriceFlag('19.99', 'USD')).toEqual({ amount: 1999, currency: 'USD' });
    expect(parsePriceFlag('19.9', 'USD')).toEqual({ amount: 1990, currency: 'USD' });
    expect(parsePriceFlag('19', 'USD')).toEqual({ amount: 1900, currency: 'USD' });
    expect(parsePriceFlag('500', 'JPY')).toEqual({ amount: 500, currency: 'JPY' });
    expect(parsePriceFlag('1.005', 'BHD')).toEqual({ amount: 1005, currency: 'BHD' });
    expect(parsePriceFlag('0.29', 'USD')).toEqual({ amount: 29, currency: 'USD' });
    expect(parsePriceFlag('007.10', 'EUR')).toEqual({ amount: 710, currency: 'EUR' });
  });

  it('PRICE-1: anything else names --price or --currency', () => {
    for (const text of [
      '1.999',
      '-1',
      '1e3',
      '1.',
      '.5',
      '',
      ' 1',
      '1,00',
      '0x10',
      '99999999999999999',
    ]) {
      expect(messageOf(() => parsePriceFlag(text, 'USD'))).toMatch(/^--price: /);
    }
    expect(messageOf(() => parsePriceFlag('1.5', 'JPY'))).toMatch(
      /^--price: .*0 decimal places for JPY/,
    );
    for (const code of ['US$', 'XXX', 'toString', 'ınr', '']) {
      expect(messageOf(() => parsePriceFlag('1', code))).toMatch(/^--currency: /);
    }
  });

  it('PRICE-1: the code may follow the amount, with or without a space, in any case', () => {
    const price = { amount: 1250, currency: 'USD' };
    expect(parsePriceFlag('12.50USD')).toEqual(price);
    expect(parsePriceFlag('12.50 USD')).toEqual(price);
    expect(parsePriceFlag('12.5usd')).toEqual(price);
    expect(parsePriceFlag('12.50', 'usd')).toEqual(price);
    expect(parsePriceFlag('12.50', 'Usd')).toEqual(price);
    expect(parsePriceFlag('500JPY')).toEqual({ amount: 500, currency: 'JPY' });
  });

  it('PRICE-1: a price without a code, or with two, says how to write it; a bad code after the amount names --price', () => {
    expect(messageOf(() => parsePriceFlag('12.50'))).toBe(
      '--price: expected the unit price with its currency, e.g. --price 12.50USD (or --price 12.50 --currency USD), got "12.50"',
    );
    expect(messageOf(() => parsePriceFlag('12.50USD', 'USD'))).toMatch(
      /^--price: "12\.50USD" names its currency and --currency names one too; give one/,
    );
    expect(messageOf(() => parsePriceFlag('12.50XXX'))).toBe(
      '--price: expected an active ISO 4217 currency code such as USD, EUR or JPY (any case), got "XXX"',
    );
    expect(messageOf(() => parsePriceFlag('12.505 USD'))).toBe(
      '--price: expected a decimal amount with at most 2 decimal places for USD, e.g. 12.50, got "12.505"',
    );
  });

  describe('properties', () => {
    it('PRICE-1: moneyText writes back what parsePriceFlag read: the amount survives the round trip', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
          fc.constantFrom('USD', 'JPY', 'BHD', 'CLF', 'KRW') as fc.Arbitrary<'USD'>,
          (amount, currency) => {
            const text = moneyText({ amount, currency }).split(' ')[0] as string;
            expect(parsePriceFlag(text, currency)).toEqual({ amount, currency });
          },
        ),
      );
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { readTaxRate } from '../_private.ts';

/** A rate in millionths written as decimal text, independently of the library. */
function rateText(micro: number, trimZeros: boolean): string {
  const whole = Math.floor(micro / 1_000_000);
  let fraction = String(micro % 1_000_000).padStart(6, '0');
  if (trimZeros) fraction = fraction.replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
}

describe('readTaxRate', () => {
  it('PRICE-3: reads text and numbers from their decimal digits into millionths', () => {
    expect(readTaxRate('0.1', 'r')).toBe(100_000);
    expect(readTaxRate(0.1, 'r')).toBe(100_000);
    expect(readTaxRate('0.0725', 'r')).toBe(72_500);
    expect(readTaxRate(0.0725, 'r')).toBe(72_500);
    expect(readTaxRate('0.000001', 'r')).toBe(1);
    expect(readTaxRate(0.000001, 'r')).toBe(1);
    expect(readTaxRate('9.999999', 'r')).toBe(9_999_999);
    expect(readTaxRate('3', 'r')).toBe(3_000_000);
    expect(readTaxRate('0.100000', 'r')).toBe(100_000);
    expect(readTaxRate('000.5', 'r')).toBe(500_000);
    expect(readTaxRate(0, 'r')).toBe(0);
    expect(Object.is(readTaxRate(-0, 'r'), 0)).toBe(true);
  });

  it('PRICE-3: refuses 7 decimals, negatives, 10 and more, NaN, Infinity, exponents, hex and other text', () => {
    const bad: unknown[] = [
      '0.1234567',
      0.1234567,
      1e-7,
      '1e-7',
      '-0.1',
      -0.1,
      '-0',
      '10',
      10,
      '10.000000',
      12.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      'NaN',
      'Infinity',
      'abc',
      '0x1',
      '1e1',
      '',
      '.1',
      '1.',
      '+0.1',
      ' 0.1',
      '0.1 ',
      '0,1',
      '10%',
      0.1 + 0.2,
      null,
      true,
      {},
      [0.1],
      10n,
    ];
    for (const value of bad) {
      expect(errorOf(() => readTaxRate(value, 'input.taxRate'))).toEqual({
        code: 'INVALID_TAX_RATE',
        path: 'input.taxRate',
      });
    }
    expect(errorOf(() => readTaxRate(undefined, 'input.taxRate'))).toEqual({
      code: 'MISSING_FIELD',
      path: 'input.taxRate',
    });
  });

  it('ERR-1: the message names the field and the bad value', () => {
    expect(() => readTaxRate('0.1234567', 'input.taxRate')).toThrow(
      'input.taxRate: expected a tax rate as a decimal fraction with at most 6 decimals, 0 ≤ rate < 10, got "0.1234567"',
    );
  });

  describe('properties', () => {
    const micro = fc.integer({ min: 0, max: 9_999_999 });

    it('PRICE-3: every rate with at most 6 decimals reads back exactly, with or without trailing zeros', () => {
      fc.assert(
        fc.property(micro, fc.boolean(), (value, trim) => {
          expect(readTaxRate(rateText(value, trim), 'r')).toBe(value);
        }),
      );
    });

    it('PRICE-3: a rate given as a number is read from its shortest decimal digits, never as a float', () => {
      fc.assert(
        fc.property(micro, (value) => {
          expect(readTaxRate(value / 1_000_000, 'r')).toBe(value);
        }),
      );
    });

    it('PRICE-3: the answer for a value does not depend on what was read before it (the last-rate memo)', () => {
      const anyRate = fc.oneof(
        micro.map((value) => rateText(value, true)),
        fc.constantFrom('', '0', '0.1', ' 0.1', '10', 'abc', '-0.1'),
        fc.string({ maxLength: 8 }),
      );
      const fresh = (value: string) => {
        try {
          return readTaxRate(value, 'r');
        } catch (error) {
          return (error as { code: string }).code;
        }
      };
      fc.assert(
        fc.property(fc.array(anyRate, { minLength: 1, maxLength: 6 }), (rates) => {
          const expected = rates.map((rate) => {
            readTaxRate('0.25', 'r');
            return fresh(rate);
          });
          expect(rates.map(fresh)).toEqual(expected);
        }),
      );
      expect(readTaxRate('0.1', 'r')).toBe(100_000);
      expect(errorOf(() => readTaxRate('', 'r'))).toEqual({ code: 'INVALID_TAX_RATE', path: 'r' });
    });

    it('PRICE-3: a seventh decimal digit is always refused', () => {
      fc.assert(
        fc.property(micro, fc.integer({ min: 1, max: 9 }), (value, digit) => {
          // Untrimmed text always has exactly 6 decimals, so one more digit makes 7.
          expect(errorOf(() => readTaxRate(`${rateText(value, false)}${digit}`, 'r'))).toEqual({
            code: 'INVALID_TAX_RATE',
            path: 'r',
          });
        }),
      );
    });
  });
});

import fc from 'fast-check';
import { periodPrice } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';

const row = (
  UnitPrice: string | number,
  TermDuration: string,
  BillingPlan: string,
  Currency = 'USD',
) => ({
  UnitPrice,
  Currency,
  TermDuration,
  BillingPlan,
});

describe('periodPrice', () => {
  it('PL-2: a P1Y row billed monthly is its term’s price ÷ 12: 75.60 USD bills 6.30 a month', () => {
    expect(periodPrice(row('75.60', 'P1Y', 'Monthly'))).toEqual({ amount: 630, currency: 'USD' });
    expect(periodPrice(row('72', 'P1Y', 'Annual'))).toEqual({ amount: 7200, currency: 'USD' });
  });

  it('PL-2: P3Y ÷ 3 annually, ÷ 36 monthly, once triennially; P1M each month; a trial and a one-time price whole', () => {
    expect(periodPrice(row('216', 'P3Y', 'Annual'))).toEqual({ amount: 7200, currency: 'USD' });
    expect(periodPrice(row('216', 'P3Y', 'Monthly'))).toEqual({ amount: 600, currency: 'USD' });
    expect(periodPrice(row('216', 'P3Y', 'Triennial'))).toEqual({
      amount: 21_600,
      currency: 'USD',
    });
    expect(periodPrice(row('7.20', 'P1M', 'Monthly'))).toEqual({ amount: 720, currency: 'USD' });
    expect(periodPrice(row('0', 'P1M', 'None'))).toEqual({ amount: 0, currency: 'USD' });
    expect(periodPrice(row('120', 'P1Y', 'OneTime'))).toEqual({ amount: 12_000, currency: 'USD' });
  });

  it('PL-2: the division rounds half away from zero to the minor unit; decimals past it are read exactly', () => {
    // 0.18 / 12 = 0.015 → 0.02; 0.06 / 12 = 0.005 → 0.01; 0.05 / 12 = 0.00416… → 0.00
    expect(periodPrice(row('0.18', 'P1Y', 'Monthly')).amount).toBe(2);
    expect(periodPrice(row('0.06', 'P1Y', 'Monthly')).amount).toBe(1);
    expect(periodPrice(row('0.05', 'P1Y', 'Monthly')).amount).toBe(0);
    expect(periodPrice(row("'3393.9600", 'P1Y', 'Monthly', 'GBP')).amount).toBe(28_283);
    expect(periodPrice(row('1000', 'P1Y', 'Monthly', 'JPY')).amount).toBe(83);
    expect(periodPrice(row('1.2345', 'P1Y', 'Annual', 'BHD')).amount).toBe(1235);
    expect(periodPrice(row(75.6, 'p1y', 'monthly', 'usd'))).toEqual({
      amount: 630,
      currency: 'USD',
    });
  });

  it('ERR-1: a bad row is a RuleError naming its field', () => {
    expect(errorOf(() => periodPrice(row('1', 'P1M', 'Annual')))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'row.BillingPlan',
    });
    expect(errorOf(() => periodPrice(row('1', 'P4Y', 'Annual')))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'row.TermDuration',
    });
    expect(errorOf(() => periodPrice(row('1', 'P1Y', 'Annual', 'XYZ')))).toEqual({
      code: 'UNKNOWN_CURRENCY',
      path: 'row.Currency',
    });
    expect(errorOf(() => periodPrice(row('-1', 'P1Y', 'Annual')))).toEqual({
      code: 'INVALID_AMOUNT',
      path: 'row.UnitPrice',
    });
    expect(errorOf(() => periodPrice(row('1e3', 'P1Y', 'Annual')))).toEqual({
      code: 'INVALID_AMOUNT',
      path: 'row.UnitPrice',
    });
    expect(errorOf(() => periodPrice(row('99999999999999999', 'P1Y', 'Annual')))).toEqual({
      code: 'INVALID_AMOUNT',
      path: 'row.UnitPrice',
    });
    expect(errorOf(() => periodPrice(null as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'row',
    });
    expect(() => periodPrice(row('1', 'P1M', 'Annual'))).toThrow(
      'row.BillingPlan: expected a billing plan of a P1M term: Monthly, Annual, Triennial, None or OneTime, got "Annual"',
    );
  });

  itKeepsTheContract(
    'periodPrice',
    periodPrice,
    fc.tuple(
      fc.record({
        UnitPrice: fc.integer({ min: 0, max: 10_000_000 }).map((c) => (c / 100).toFixed(2)),
        Currency: fc.constantFrom('USD', 'JPY', 'BHD'),
        TermDuration: fc.constantFrom('P1Y', 'P3Y'),
        BillingPlan: fc.constantFrom('Monthly', 'Annual'),
      }),
    ),
  );

  describe('properties', () => {
    it('the periods sum to the term’s price within half a minor unit each: n × period − UnitPrice is at most n/2', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 100_000_000 }),
          fc.constantFrom(
            ['P1Y', 'Monthly', 12],
            ['P1Y', 'Annual', 1],
            ['P3Y', 'Annual', 3],
            ['P3Y', 'Monthly', 36],
            ['P1M', 'Monthly', 1],
          ),
          (cents, [term, plan, n]) => {
            const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
            const { amount } = periodPrice(row(text, term as string, plan as string));
            expect(Math.abs(amount * (n as number) - cents) * 2).toBeLessThanOrEqual(n as number);
            expect(Number.isSafeInteger(amount)).toBe(true);
          },
        ),
      );
    });

    it('trailing zeros and Excel’s apostrophe never change a price', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 10_000_000 }),
          fc.nat(6),
          fc.boolean(),
          (cents, zeros, apostrophe) => {
            const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
            const padded = `${apostrophe ? "'" : ''}${text}${'0'.repeat(zeros)}`;
            expect(periodPrice(row(padded, 'P1Y', 'Monthly'))).toEqual(
              periodPrice(row(text, 'P1Y', 'Monthly')),
            );
          },
        ),
      );
    });
  });
});

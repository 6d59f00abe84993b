import { reconcileUsage } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { reconRow, usageRow } from './_rows.ts';

const HUGE = '17000000000000000000000000000000.00';

describe('usage money is safe', () => {
  it('PRICE-1, USG-4: an invoice usage line past Number.MAX_SAFE_INTEGER minor units is an issue naming its row, never a float', () => {
    const found = reconcileUsage(
      [usageRow()],
      [reconRow({ Subtotal: '4.08' }), reconRow({ Subtotal: HUGE, SubscriptionId: 'plan-2' })],
    );
    expect(found.issues.map((i) => [i.file, i.row, i.column, i.code])).toContainEqual([
      'invoice',
      2,
      'Subtotal',
      'INVALID_AMOUNT',
    ]);
    const text = JSON.stringify(found);
    expect(text).not.toMatch(/\d[eE][+-]?\d/);
  });

  it('PRICE-1, USG-1: a daily line past Number.MAX_SAFE_INTEGER minor units is an issue naming its row and saying so (not “more decimals”), never a float', () => {
    const found = reconcileUsage(
      [
        usageRow(),
        usageRow({ UsageDate: '2026-11-29', BillingPreTaxTotal: HUGE, Quantity: '1e30' }),
      ],
      null,
    );
    expect(
      found.issues.filter((i) => i.row === 2).map((i) => [i.column, i.code, i.message]),
    ).toContainEqual([
      'BillingPreTaxTotal',
      'INVALID_AMOUNT',
      'expected a safe integer count of minor units',
    ]);
    expect(JSON.stringify(found)).not.toMatch(/\d[eE][+-]?\d/);
  });
});

describe('usage summary sums are exact', () => {
  // 80,000,000,000,000.00 USD is 8 × 10^15 cents: one line is safe, two summed are not
  const big = (meter: string) =>
    usageRow({ MeterId: meter, MeterName: meter, BillingPreTaxTotal: '80000000000000.00' });

  it('PRICE-1: per-currency sums past Number.MAX_SAFE_INTEGER minor units are an issue naming the sum, the amount held at the safe bound, never an inexact float', () => {
    const found = reconcileUsage([big('vm-a'), big('vm-b')], null);
    expect(found.different).toHaveLength(2);
    expect(found.summary.issues).toBe(0);
    for (const money of [
      found.atStake[0]?.amount,
      found.atStake[0]?.net,
      found.customers[0]?.atStake[0]?.amount,
    ])
      expect(money).toEqual({ amount: Number.MAX_SAFE_INTEGER, currency: 'USD' });
    expect(found.issues.map((i) => [i.row, i.column, i.code, i.message])).toEqual([
      [
        1,
        'atStake USD',
        'INVALID_AMOUNT',
        'expected a sum of at most 9007199254740991 minor units',
      ],
      [1, 'net USD', 'INVALID_AMOUNT', 'expected a sum of at most 9007199254740991 minor units'],
    ]);
  });

  it('PRICE-1: sums within the safe integers are exact and raise no issue', () => {
    const found = reconcileUsage(
      [big('vm-a'), usageRow({ MeterId: 'vm-b', BillingPreTaxTotal: '5.08' })],
      null,
    );
    expect(found.issues).toEqual([]);
    expect(found.atStake[0]?.amount).toEqual({
      amount: 8_000_000_000_000_000 - 408 + 100,
      currency: 'USD',
    });
  });
});

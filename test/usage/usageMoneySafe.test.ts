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

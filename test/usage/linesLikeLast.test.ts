import fc from 'fast-check';
import { createUsageReconciler, readUsageLine, reconcileUsage } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { linesLikeLast, usageCells } from '../_private.ts';
import { usageRow } from './_rows.ts';

/** Each row read by one reader of rows one after another. */
function readInTurn(rows: readonly Readonly<Record<string, string>>[]) {
  const read = linesLikeLast();
  return rows.map((row, i) => {
    const cells = usageCells(row);
    if (cells === null) throw new Error('not a row');
    return read(cells, i + 1);
  });
}

describe('linesLikeLast', () => {
  it('USG-1: three days of one meter read in turn are the lines each reads alone: the day, quantity and amount their own, the rest the first’s', () => {
    const rows = [
      usageRow({ UsageDate: '2026-11-01', Quantity: '24', BillingPreTaxTotal: '4.08' }),
      usageRow({ UsageDate: '2026-11-02', Quantity: '23.50', BillingPreTaxTotal: '3.99' }),
      usageRow({ UsageDate: '11/3/2026', Quantity: '1E1', BillingPreTaxTotal: '1.70' }),
    ];
    const lines = readInTurn(rows);
    expect(lines).toEqual(rows.map((row, i) => readUsageLine(row, i + 1)));
    expect(
      lines.map((read) =>
        read.ok
          ? [
              read.line.row,
              read.line.usageDate,
              read.line.quantity,
              read.line.billingPreTaxTotal.amount,
            ]
          : null,
      ),
    ).toEqual([
      [1, '2026-11-01', '24', 408],
      [2, '2026-11-02', '23.5', 399],
      [3, '2026-11-03', '10', 170],
    ]);
    // a row whose own cells do not read is the whole reading's issues, in its order
    expect(
      readInTurn([rows[0] ?? {}, usageRow({ Quantity: 'x', UsageDate: 'no day' })])[1],
    ).toEqual(readUsageLine(usageRow({ Quantity: 'x', UsageDate: 'no day' }), 2));
  });

  it('USG-1 (property): rows changing their day, quantity and amount, or one more cell (texts, prices, rates, PEC, currencies, a column more, bad values), read in turn as each reads alone: the same lines and issues, and the same reconciliation', () => {
    const change = fc.oneof(
      fc.record({
        UsageDate: fc.constantFrom('2026-11-01', '2026-11-02', '11/3/2026', 'no day'),
        Quantity: fc.constantFrom('24', '23.50', '1E1', '-3', 'x'),
        BillingPreTaxTotal: fc.constantFrom('4.08', '4.80', '3.995', '-0.51', ''),
      }),
      fc.constantFrom<Readonly<Record<string, string>>>(
        { MeterId: 'vm-d4s' },
        { MeterName: 'D4s v5' },
        { SubscriptionId: 'plan-2' },
        { EntitlementId: '' },
        { UnitPrice: '0.10' },
        { UnitPrice: '' },
        { EffectiveUnitPrice: '0.085' },
        { EffectiveUnitPrice: '0.170' },
        { PCToBCExchangeRate: '0.92' },
        { PartnerEarnedCreditPercentage: '0' },
        { PartnerEarnedCreditPercentage: '101' },
        { CreditPercentage: '100' },
        { BillingCurrency: 'EUR' },
        { BillingCurrency: 'JPY' },
        { PricingCurrency: 'eur' },
        { Tags: '{"env":"prod"}' },
        { CreditType: 'Azure Credit Applied' },
        { PromotionId: 'P1' },
        { InvoiceNumber: 'D0001' },
        { Extra: 'x' },
        // a column named twice (in another case): the row's shape is said beside its line
        { meterName: 'D2s v5' },
      ),
    );
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 10 }), (changes) => {
        let row = usageRow();
        const rows = changes.map((over) => {
          row = { ...row, ...over };
          return row;
        });
        const inTurn = readInTurn(rows);
        expect(inTurn).toEqual(rows.map((cells, i) => readUsageLine(cells, i + 1)));
        const reconciler = createUsageReconciler();
        for (const read of inTurn) reconciler.observe(read);
        expect(reconciler.finish(null)).toEqual(reconcileUsage(rows, null));
      }),
    );
  });
});

import { fc, test } from '@fast-check/vitest';
import { reconcileUsage } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { readsReconColumn } from '../_private.ts';
import { reconRow, usageRow } from './_rows.ts';

/** A row with only the cells the usage check reads, as the command keeps it. */
const cut = (row: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(row).filter(([name]) => readsReconColumn(name)));

const others = ['PartnerId', 'MeterName', 'Quantity', 'UnitPrice', 'PriceAdjustmentDescription'];

describe('readsReconColumn: the invoice cells the usage check reads (USG-4, USG-5)', () => {
  it('USG-4: the columns read are named in any case, spaces and a byte-order mark trimmed; others are not', () => {
    expect(
      ['Subtotal', ' subtotal ', '\uFEFFInvoiceNumber', 'SUBSCRIPTIONID'].map(readsReconColumn),
    ).toEqual([true, true, true, true]);
    expect(['Quantity', 'MeterName', 'UnitPrice', ''].map(readsReconColumn)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  test.prop([
    fc.array(
      fc.record({
        plan: fc.constantFrom('plan-1', 'plan-2'),
        subtotal: fc.integer({ min: -500, max: 2_000 }),
        meter: fc.boolean(),
        type: fc.constantFrom('new', 'customerCredit', ''),
        extra: fc.dictionary(fc.constantFrom(...others), fc.string({ maxLength: 6 }), {
          maxKeys: 3,
        }),
        upper: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
    fc.array(fc.constantFrom('plan-1', 'plan-2'), { maxLength: 6 }),
  ])(
    'USG-4, USG-5 law: the invoice rows cut to the cells the check reads give the same result as the whole rows',
    (invoices, plans) => {
      const lines = plans.map((plan, i) =>
        usageRow({ SubscriptionId: plan, UsageDate: `2026-11-${String(i + 1).padStart(2, '0')}` }),
      );
      const rows = invoices.map((r) => {
        const row = reconRow({
          SubscriptionId: r.plan,
          Subtotal: (r.subtotal / 100).toFixed(2),
          ChargeType: r.type,
          ...(r.meter ? {} : { MeterDescription: '' }),
          ...r.extra,
        });
        return r.upper
          ? Object.fromEntries(
              Object.entries(row).map(([name, value]) => [name.toUpperCase(), value]),
            )
          : row;
      });
      expect(reconcileUsage(lines, rows.map(cut))).toEqual(reconcileUsage(lines, rows));
    },
  );
});

import type { NewCommerceEffect } from 'subscription-rules';
import { purchaseCharges } from 'subscription-rules/new-commerce';
import { reconcile } from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { jsonLine as toJsonLine } from '../_jsonLine.ts';
import { added, bought, removed } from './_effects.ts';

/** The worked subscription's first period: the purchase, 5 added, the same 5 removed. */
const effects: NewCommerceEffect[] = [
  ...purchaseCharges(bought),
  ...added.effects,
  ...removed.effects,
];

/** The worked period's three lines, as a CSV parser gives Partner Center's file (R10). */
const csvRows: Record<string, string>[] = [
  ['new', '2026-11-20', '2026-12-19', '10', '10', '125.00'],
  ['addQuantity', '2026-12-05', '2026-12-19', '15', '5', '31.20'],
  ['removeQuantity', '2026-12-06', '2026-12-19', '10', '-5', '-29.20'],
].map(([ChargeType, ChargeStartDate, ChargeEndDate, Quantity, BillableQuantity, Subtotal]) => ({
  CustomerId: 'C1',
  SubscriptionId: 'S1',
  ChargeType: ChargeType as string,
  ChargeStartDate: ChargeStartDate as string,
  ChargeEndDate: ChargeEndDate as string,
  Quantity: Quantity as string,
  BillableQuantity: BillableQuantity as string,
  Subtotal: Subtotal as string,
  Currency: 'USD',
  TermAndBillingCycle: 'Annual term, Monthly billing',
}));

/** A row as one line of the Graph export: camelCase keys, its amounts as JSON numbers. */
const jsonLine = (row: Readonly<Record<string, string>>): string =>
  toJsonLine(row, /^(Quantity|BillableQuantity|Subtotal)$/);

describe('reconcile: the Graph export’s lines (REC-3)', () => {
  it('REC-3, INV-3: the lines as the export’s JSON text (camelCase keys, JSON numbers) give the findings the same rows give as CSV cells', () => {
    const asCsv = reconcile(effects, csvRows, { subscriptionId: 'S1' });
    const asJson = reconcile(effects, csvRows.map(jsonLine), { subscriptionId: 'S1' });
    expect(asCsv.matched).toHaveLength(3);
    // the columns not read are named as each form writes them
    expect(asJson.otherColumns).toEqual(['customerId', 'quantity', 'termAndBillingCycle']);
    expect({ ...asJson, otherColumns: [] }).toEqual({ ...asCsv, otherColumns: [] });
    const off = csvRows.map((row, i) => (i === 1 ? { ...row, Subtotal: '31.25' } : row));
    const offJson = reconcile(effects, off.map(jsonLine), { subscriptionId: 'S1' });
    expect(offJson.different.map((d) => [d.rows, d.actual])).toEqual([
      [[3], { Subtotal: '31.25', BillableQuantity: '5', Currency: 'USD' }],
    ]);
    expect({ ...offJson, otherColumns: [] }).toEqual({
      ...reconcile(effects, off, { subscriptionId: 'S1' }),
      otherColumns: [],
    });
  });

  it('REC-3, INV-3: a JSON number keeps its digits, never read through a double: a Subtotal of 31.200000000000000001 differs from 31.20', () => {
    // as a double, 31.200000000000000001 is 31.2 and would match
    const line = jsonLine({
      ...(csvRows[1] as Record<string, string>),
      Subtotal: '31.200000000000000001',
    });
    const result = reconcile(
      effects,
      [
        jsonLine(csvRows[0] as Record<string, string>),
        line,
        jsonLine(csvRows[2] as Record<string, string>),
      ],
      {
        subscriptionId: 'S1',
      },
    );
    expect(result.different.map((d) => d.actual.Subtotal)).toEqual(['31.200000000000000001']);
  });

  it('REC-3, INV-3: a JSON null is an empty cell, and text that is no JSON object is an issue naming its row', () => {
    const lines = csvRows.map(jsonLine);
    lines[2] = (lines[2] as string).replace('"subtotal":-29.20', '"subtotal":null');
    const result = reconcile(effects, [...lines, '{"chargeType": "new"'], { subscriptionId: 'S1' });
    expect(result.issues.map((issue) => [issue.row, issue.column])).toEqual([
      [4, 'subtotal'],
      [5, ''],
    ]);
  });
});

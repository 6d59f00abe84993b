import { createUsageReconciler, readUsageLine } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { observeGroup } from '../_private.ts';
import { usageRow } from './_rows.ts';

/** Three lines alike but for Quantity and BillingPreTaxTotal (9.4 → 0.79, 3 → 0.25, 10 → 0.85 at 0.085). */
const LINES = [
  ['9.4', '0.79'],
  ['3', '0.25'],
  ['10', '0.85'],
].map(([Quantity, BillingPreTaxTotal], i) =>
  readUsageLine(
    usageRow({
      MeterId: 'bw',
      UnitPrice: '0.10',
      EffectiveUnitPrice: '0.085',
      Quantity: Quantity as string,
      BillingPreTaxTotal: BillingPreTaxTotal as string,
    }),
    i + 2,
  ),
);

describe('observeGroup (USG-7 --engine duckdb)', () => {
  it('USG-7: a group of three lines given as its first line and its sums finishes as the three lines observed one by one', () => {
    const each = createUsageReconciler();
    for (const line of LINES) each.observe(line);
    const grouped = createUsageReconciler();
    const taken = observeGroup(grouped, createUsageReconciler(), LINES[0] as never, {
      lines: 3,
      quantity: { units: 224n, scale: 1 },
      billed: 189,
      rows: [2, 3, 4],
    });
    expect(taken).toBe(true);
    expect(grouped.finish()).toEqual(each.finish());
  });

  it('USG-7, USG-4: a group of three corrections (each below zero) counts three negative lines, as the lines observed one by one: its band mirrored, [−2, 1] + a positive day’s [−1, 0]', () => {
    const corrections = LINES.map((_, i) =>
      readUsageLine(
        usageRow({
          MeterId: 'bw',
          UnitPrice: '0.10',
          EffectiveUnitPrice: '0.085',
          Quantity: '-3.4',
          BillingPreTaxTotal: '-0.28',
          UsageDate: '2026-11-29',
        }),
        i + 2,
      ),
    );
    const day = readUsageLine(
      usageRow({
        MeterId: 'bw',
        UnitPrice: '0.10',
        EffectiveUnitPrice: '0.085',
        Quantity: '28.2',
        BillingPreTaxTotal: '2.39',
      }),
      5,
    );
    const invoice = [
      {
        InvoiceNumber: 'G000000001',
        SubscriptionId: 'plan-1',
        ProductId: 'DZH318Z0BQ3Q',
        SkuId: '0001',
        AvailabilityId: 'DZH318Z0BQ3Q0001',
        MeterId: 'bw',
        EffectiveUnitPrice: '0.085',
        Subtotal: '1.53',
        Currency: 'USD',
      },
    ];
    const each = createUsageReconciler();
    for (const line of [...corrections, day]) each.observe(line);
    const grouped = createUsageReconciler();
    expect(
      observeGroup(grouped, createUsageReconciler(), corrections[0] as never, {
        lines: 3,
        quantity: { units: -102n, scale: 1 },
        billed: -84,
        rows: [2, 3, 4],
      }),
    ).toBe(true);
    grouped.observe(day);
    const result = grouped.finish(invoice);
    expect(result).toEqual(each.finish(invoice));
    expect(result.matched.map((m) => m.band)).toEqual([
      { low: { amount: -3, currency: 'USD' }, high: { amount: 1, currency: 'USD' } },
    ]);
  });

  it('USG-7: a group whose first line makes a PEC finding is left to the caller, line by line (each needs its own arithmetic)', () => {
    const lost = readUsageLine(
      usageRow({
        EffectiveUnitPrice: '0.20',
        BillingPreTaxTotal: '4.80',
        PartnerEarnedCreditPercentage: '0',
      }),
      2,
    );
    const into = createUsageReconciler();
    const taken = observeGroup(into, createUsageReconciler(), lost, {
      lines: 2,
      quantity: { units: 48n, scale: 0 },
      billed: 960,
      rows: [2, 3],
    });
    expect(taken).toBe(false);
    expect(into.finish().summary.lines).toBe(0);
  });
  it('USG-7, USG-3: one scratch reconciler used for the groups of two reconcilers gives each the months its own lines earned PEC in, nothing of the group before', () => {
    // a day of azure-1 that earned PEC (two lines: a group), and one that did not
    const earned = [2, 3].map((row) => readUsageLine(usageRow({ UsageDate: '2026-11-29' }), row));
    const lost = readUsageLine(
      usageRow({
        EffectiveUnitPrice: '0.20',
        BillingPreTaxTotal: '4.80',
        PartnerEarnedCreditPercentage: '0',
      }),
      4,
    );
    const sums = { lines: 2, quantity: { units: 48n, scale: 0 }, billed: 816, rows: [2, 3] };
    const scratch = createUsageReconciler();
    const first = createUsageReconciler();
    expect(observeGroup(first, scratch, earned[0] as never, sums)).toBe(true);
    const second = createUsageReconciler();
    expect(observeGroup(second, scratch, earned[0] as never, sums)).toBe(true);
    second.observe(lost);
    const each = createUsageReconciler();
    for (const line of [...earned, lost]) each.observe(line);
    const result = second.finish();
    expect(result).toEqual(each.finish());
    // the month earned PEC on an eligible meter: the day lost is a day, not the whole month
    expect(result.pec.notEarned.map((f) => f.days)).toEqual([['2026-11-30']]);
  });
});

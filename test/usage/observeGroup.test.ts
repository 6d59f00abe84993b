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
});

import fc from 'fast-check';
import * as root from 'subscription-rules';
import * as usage from 'subscription-rules/usage';
import { createUsageReconciler, readUsageLine, reconcileUsage } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';
import { reconRow, usageRow } from './_rows.ts';

/** A usage line drawn at random: a few customers, Azure subscriptions, meters, days, prices and PEC. */
const row = fc
  .record({
    customer: fc.constantFrom('c-1', 'c-2'),
    plan: fc.constantFrom('plan-1', 'plan-2'),
    entitlement: fc.constantFrom('azure-1', 'azure-2', 'azure-3'),
    meter: fc.constantFrom('vm-d2s', 'disk', 'spot'),
    day: fc.integer({ min: 1, max: 5 }),
    pec: fc.constantFrom('15', '0', '10'),
    credit: fc.constantFrom('0', '0', '100'),
    quantity: fc.integer({ min: -50, max: 5_000 }),
    extra: fc.integer({ min: -1, max: 1 }),
    currency: fc.constantFrom('USD', 'EUR'),
  })
  .map((r) => {
    const price = r.credit === '100' ? 0n : 20n * (100n - BigInt(r.pec));
    const billed = (price * BigInt(r.quantity)) / 10_000n + BigInt(r.extra);
    const quantity = (r.quantity / 100).toFixed(2);
    return usageRow({
      CustomerId: r.customer,
      SubscriptionId: r.plan,
      EntitlementId: r.entitlement,
      MeterId: r.meter,
      MeterName: r.meter === 'spot' ? 'D2s v5 Spot' : r.meter,
      UsageDate: `2026-11-0${r.day}`,
      PartnerEarnedCreditPercentage: r.pec,
      CreditPercentage: r.credit,
      Quantity: quantity,
      EffectiveUnitPrice: (Number(price) / 10_000).toFixed(4),
      BillingPreTaxTotal: (Number(billed) / 100).toFixed(2),
      BillingCurrency: r.currency,
    });
  });

const recon = [
  reconRow({ SubscriptionId: 'plan-1', Subtotal: '12.34' }),
  reconRow({ SubscriptionId: 'plan-2', Subtotal: '1.00', Currency: 'EUR' }),
  reconRow({ SubscriptionId: 'plan-3', Subtotal: '2.00' }),
];

describe('createUsageReconciler', () => {
  it('USG-6, INV-3: the entry exports its seven usage functions and the invoice tie-out, and the root entry none of them', () => {
    expect(Object.keys(usage).sort()).toEqual([
      'createTieOut',
      'createUsageReconciler',
      'expectedEffectiveUnitPrice',
      'isCreditedUsageLine',
      'readUsageLine',
      'reconcileUsage',
      'tieOut',
      'usageLineAmount',
      'usageTolerance',
    ]);
    for (const name of Object.keys(usage)) expect(Object.keys(root)).not.toContain(name);
  });

  it('USG-6: its state is one entry per key and day, not per line: 10,000 lines of one meter and day finish as one group', () => {
    const reconciler = createUsageReconciler();
    const line = readUsageLine(usageRow({ Quantity: '1', BillingPreTaxTotal: '0.17' }), 1);
    for (let i = 0; i < 10_000; i++)
      reconciler.observe(line.ok ? { ...line.line, row: i + 1 } : line);
    const result = reconciler.finish([
      reconRow({ EffectiveUnitPrice: '0.17', Subtotal: '1700.00' }),
    ]);
    expect(result.matched).toMatchObject([
      { lines: 10_000, rows: [1], daily: { amount: 170_000 } },
    ]);
  });

  it('USG-4: a customer is named by its smallest row, also when a larger row of the same group is observed first', () => {
    const lines = [
      // rows 3 and 2: one group (one price), the later day first in the file order below
      readUsageLine(usageRow({ UsageDate: '2026-11-29', CustomerName: 'Contoso (row 3)' }), 3),
      readUsageLine(usageRow({ UsageDate: '2026-11-30', CustomerName: 'Contoso (row 2)' }), 2),
      // row 4: PEC not earned, a finding naming the customer
      readUsageLine(
        usageRow({
          CustomerName: 'Contoso (row 4)',
          EffectiveUnitPrice: '0.20',
          BillingPreTaxTotal: '4.80',
          PartnerEarnedCreditPercentage: '0',
        }),
        4,
      ),
    ];
    const names = (order: readonly number[]) => {
      const reconciler = createUsageReconciler();
      for (const i of order) reconciler.observe(lines[i] as (typeof lines)[number]);
      return reconciler.finish().customers.map((c) => c.customerName);
    };
    expect(names([0, 1, 2])).toEqual(['Contoso (row 2)']);
    expect(names([2, 1, 0])).toEqual(['Contoso (row 2)']);
  });

  it('ERR-1: merging something that is not a usage reconciler is a RuleError at other', () => {
    expect(errorOf(() => createUsageReconciler().merge({} as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'other',
    });
    expect(errorOf(() => createUsageReconciler().observe({ row: 1 } as never))).toEqual({
      code: 'MISSING_FIELD',
      path: 'line.customerId',
    });
  });

  itKeepsTheContract(
    'reconcileUsage',
    reconcileUsage,
    fc.tuple(
      fc.array(row, { maxLength: 20 }),
      fc.constant(recon),
      fc.constant({ period: '2026-11' }),
    ) as fc.Arbitrary<Parameters<typeof reconcileUsage>>,
  );

  describe('properties', () => {
    it('USG-6: merging the reconcilers of any split of the lines, in any order, finishes as one pass over them', () => {
      fc.assert(
        fc.property(
          fc.array(row, { maxLength: 40 }),
          fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 40, maxLength: 40 }),
          fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
          (rows, shardOf, order) => {
            const once = reconcileUsage(rows, recon);
            const shards = [0, 1, 2, 3].map(() => createUsageReconciler());
            rows.forEach((r, i) => {
              (shards[shardOf[i] as number] as usage.UsageReconciler).observe(
                readUsageLine(r, i + 1),
              );
            });
            const sorted = [0, 1, 2, 3].sort(
              (a, b) => (order[a] as number) - (order[b] as number) || a - b,
            );
            const [first, ...rest] = sorted.map((i) => shards[i] as usage.UsageReconciler);
            // merged in a tree of its own shape: ((a + b) + (c + d)), or a chain, by the order drawn
            if ((order[0] as number) % 2 === 0) {
              (rest[0] as usage.UsageReconciler).merge(rest[1] as usage.UsageReconciler);
              (first as usage.UsageReconciler).merge(rest[2] as usage.UsageReconciler);
              (first as usage.UsageReconciler).merge(rest[0] as usage.UsageReconciler);
            } else for (const shard of rest) (first as usage.UsageReconciler).merge(shard);
            expect((first as usage.UsageReconciler).finish(recon)).toEqual(once);
          },
        ),
      );
    });

    it('USG-6: the lines in any order finish as the same result (rows keep their numbers)', () => {
      fc.assert(
        fc.property(
          fc.array(row, { maxLength: 30 }).chain((rows) =>
            fc.tuple(
              fc.constant(rows),
              fc.shuffledSubarray(
                rows.map((_, i) => i),
                { minLength: rows.length },
              ),
            ),
          ),
          ([rows, order]) => {
            const reconciler = createUsageReconciler();
            for (const i of order) reconciler.observe(readUsageLine(rows[i], i + 1));
            expect(reconciler.finish(recon)).toEqual(reconcileUsage(rows, recon));
          },
        ),
      );
    });
  });
});

import fc from 'fast-check';
import { readUsageLine, reconcileUsage } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import {
  type PartRow,
  partRows,
  planOf,
  usageJson,
  usageWhole,
  warehouseUsage,
} from '../_private.ts';
import { reconRow, usageRow } from '../usage/_rows.ts';
import { type Aggregate, type Plan, plans, runSplit } from './_split.ts';

const usage = warehouseUsage as unknown as Aggregate;
const summary = warehouseUsage.summary as unknown as Aggregate;

/** A usage line drawn at random: plans in two cases and none, entitlements, meters, days, PEC, credit. */
const line = fc
  .record({
    customer: fc.constantFrom('c-1', 'c-2', ''),
    name: fc.constantFrom('Contoso', 'Fabrikam'),
    plan: fc.constantFrom('plan-1', 'PLAN-1', 'plan-10', 'plan-2', ''),
    entitlement: fc.constantFrom('azure-1', 'azure-10', 'azure-2', ''),
    meter: fc.constantFrom('vm-d2s', 'disk', 'spot'),
    day: fc.integer({ min: 1, max: 5 }),
    pec: fc.constantFrom('15', '0', '10', ''),
    credit: fc.constantFrom('0', '0', '100'),
    quantity: fc.integer({ min: -50, max: 5_000 }),
    extra: fc.integer({ min: -1, max: 1 }),
    currency: fc.constantFrom('USD', 'EUR'),
    invoice: fc.constantFrom('G000000001', 'G0000000010', 'G000000002'),
    broken: fc.constantFrom(false, false, false, false, true),
    cycle: fc.constantFrom('2026-11-01', '2026-11-01', '2026-12-01'),
  })
  .map((r) => {
    const pec = r.pec === '' ? '0' : r.pec;
    const price = r.credit === '100' ? 0n : 20n * (100n - BigInt(pec));
    const billed = (price * BigInt(r.quantity)) / 10_000n + BigInt(r.extra);
    return usageRow({
      CustomerId: r.customer,
      CustomerName: r.name,
      InvoiceNumber: r.invoice,
      SubscriptionId: r.plan,
      EntitlementId: r.entitlement,
      MeterId: r.meter,
      MeterName: r.meter === 'spot' ? 'D2s v5 Spot' : r.meter,
      UsageDate: `2026-11-0${r.day}`,
      PartnerEarnedCreditPercentage: r.pec,
      CreditPercentage: r.credit,
      Quantity: (r.quantity / 100).toFixed(2),
      EffectiveUnitPrice: (Number(price) / 10_000).toFixed(4),
      BillingPreTaxTotal: r.broken ? 'x' : (Number(billed) / 100).toFixed(2),
      BillingCurrency: r.currency,
      ChargeStartDate: r.cycle,
    });
  });

/** The options of a run: the invoice month, the smallest money at stake, when the file was fetched. */
const runOptions = fc.record(
  {
    period: fc.constantFrom('2026-11', '2026-12'),
    minAtStake: fc.constantFrom('0.02'),
    at: fc.constantFrom('2026-11-04T12:00:00Z'),
  },
  { requiredKeys: [] },
);

const invoiceLine = fc
  .record({
    plan: fc.constantFrom('plan-1', 'plan-10', 'plan-2', 'plan-4', ''),
    subtotal: fc.integer({ min: 0, max: 2_000 }),
    price: fc.constantFrom('0.17', '0.2000', '0.1700'),
    invoice: fc.constantFrom('G000000001', 'G0000000010', 'G000000003'),
    currency: fc.constantFrom('USD', 'EUR', ''),
  })
  .map((r) =>
    reconRow({
      SubscriptionId: r.plan,
      InvoiceNumber: r.invoice,
      EffectiveUnitPrice: r.price,
      Subtotal: (r.subtotal / 100).toFixed(2),
      Currency: r.currency,
    }),
  );

/** The warehouse's input: each row tagged with its group, as the SQL tags it. */
function groupsOf(
  lines: readonly Record<string, string>[],
  invoices: readonly Record<string, string>[] | null,
  options: { period?: string; at?: string } = {},
): Map<string, unknown[][]> {
  const groups = new Map<string, unknown[][]>();
  const add = (key: string, args: unknown[]) => {
    const list = groups.get(key) ?? [];
    list.push(args);
    groups.set(key, list);
  };
  const products = new Set<string>();
  lines.forEach((row, i) => {
    const read = readUsageLine(row, i + 1);
    // the products of the lines the one pass reads: fetched before `at`, billed in `period`
    const { at, period } = options;
    if (
      read.ok &&
      (at === undefined || Date.parse(`${read.line.usageDate}T00:00:00Z`) < Date.parse(at)) &&
      (period === undefined ||
        (read.line.chargeStart ?? read.line.usageDate).slice(0, 7) === period)
    )
      products.add(
        JSON.stringify([read.line.productId, read.line.skuId, read.line.availabilityId]),
      );
    // rows numbered as text, as the SQL gives them
    add(planOf(row.SubscriptionId), ['usage', String(i + 1), JSON.stringify(row)]);
  });
  invoices?.forEach((row, i) => {
    const own = products.has(
      JSON.stringify([row.ProductId, row.SkuId, row.AvailabilityId ?? null]),
    );
    add(planOf(row.SubscriptionId), [
      'recon',
      BigInt(i + 1),
      JSON.stringify(own ? { ...row, UsageProduct: 'true' } : row),
    ]);
  });
  return groups;
}

/** Every group run as the plans say, the summary over their `summary` rows, put together. */
function warehouseRun(
  groups: Map<string, unknown[][]>,
  options: string,
  planOfGroup: (key: string, n: number) => Plan,
): string {
  const rows: PartRow[] = [];
  for (const [key, args] of groups)
    rows.push(...partRows(runSplit(usage, args, planOfGroup(key, args.length), options)));
  const summaryRows = rows.filter((r) => r.section === 'summary');
  const whole = JSON.parse(
    runSplit(
      summary,
      summaryRows.map((r) => [r.item]),
      planOfGroup('summary', summaryRows.length),
      options,
    ),
  ) as { file: Record<string, unknown>; rows: PartRow[] };
  return usageWhole([...rows.filter((r) => r.section !== 'summary'), ...whole.rows], whole.file);
}

function optionsOf(
  invoices: readonly Record<string, string>[] | null,
  filePec: boolean,
  more: Record<string, string> = {},
): string {
  return JSON.stringify({
    ...more,
    recon: invoices !== null,
    prices: false,
    filePec,
    pecRate: '15',
    invoices:
      invoices === null
        ? []
        : [...new Set(invoices.map((r) => (r.InvoiceNumber?.trim() ? r.InvoiceNumber : null)))],
  });
}

describe('the usage check inside a warehouse', () => {
  it("WH-4, WH-5: USG-3's worked month in its Azure plan's group gives usage --json's text", () => {
    const days = Array.from({ length: 30 }, (_, i) =>
      usageRow({
        UsageDate: `2026-11-${String(i + 1).padStart(2, '0')}`,
        PartnerEarnedCreditPercentage: i === 29 ? '0' : '15',
        EffectiveUnitPrice: i === 29 ? '0.20' : '0.17',
        BillingPreTaxTotal: i === 29 ? '4.80' : '4.08',
      }),
    );
    const once = JSON.stringify(JSON.parse(usageJson(reconcileUsage(days, null))));
    const groups = groupsOf(days, null);
    const text = warehouseRun(groups, optionsOf(null, true), () => ({
      workerOf: [],
      order: [],
      trips: [],
      tree: [],
    }));
    expect(text).toBe(once);
    const finding = JSON.parse(text).findings[0];
    expect([finding.kind, finding.days, finding.atStake, finding.remedy.when]).toEqual([
      'pec-not-earned',
      ['2026-11-30'],
      { amount: 72, currency: 'USD' },
      'now',
    ]);
  });

  it('WH-4, WH-5: every Azure plan split over random workers, serialized at random points, merged in random trees and finalized on its own, put together with the summary, is usage --json byte for byte, with any invoice month, money at stake and fetch instant', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 40 }),
        fc.option(fc.array(invoiceLine, { maxLength: 8 }), { nil: null }),
        fc.array(plans(48), { minLength: 8, maxLength: 8 }),
        runOptions,
        (lines, invoices, drawn, options) => {
          const result = reconcileUsage(lines, invoices, options);
          const once = JSON.stringify(JSON.parse(usageJson(result)));
          const groups = groupsOf(lines, invoices, options);
          const keys = [...groups.keys(), 'summary'].sort();
          const text = warehouseRun(
            groups,
            optionsOf(invoices, result.summary.checked.pec, options),
            (key) => drawn[keys.indexOf(key) % drawn.length] as Plan,
          );
          expect(text).toBe(once);
        },
      ),
    );
  });

  it("WH-2: a usage line's price-list row joined by the SQL is read as --prices reads its meter: Third Party earns no PEC, a rate column is the meter's rate", () => {
    const prices = [
      { MeterId: 'VM-D2S', Tags: 'Third Party', 'Partner Earned Credit Rate': '0.15' },
      { MeterId: 'disk', Tags: '', EarnedCreditPercentage: '10' },
      { MeterId: 'disk', Tags: 'Third Party' },
    ];
    const lines = [
      usageRow({ MeterId: 'vm-d2s', UsageDate: '2026-11-01' }),
      usageRow({ MeterId: 'disk', MeterName: 'disk', UsageDate: '2026-11-02' }),
      usageRow({
        MeterId: 'other',
        MeterName: 'other',
        SubscriptionId: 'plan-2',
        UsageDate: '2026-11-03',
      }),
    ];
    const once = JSON.stringify(JSON.parse(usageJson(reconcileUsage(lines, null, { prices }))));
    // the SQL's join: each meter's first row (MeterId in any case), as JSON text
    const first = (meter: string) =>
      prices.find((p) => p.MeterId.toLowerCase() === meter.toLowerCase());
    const groups = new Map<string, unknown[][]>();
    lines.forEach((row, i) => {
      const price = first(row.MeterId as string);
      const line = price === undefined ? row : { ...row, PriceListRow: JSON.stringify(price) };
      const key = planOf(row.SubscriptionId);
      groups.set(key, [...(groups.get(key) ?? []), ['usage', String(i + 1), JSON.stringify(line)]]);
    });
    const options = JSON.stringify({ prices: true, filePec: true, pecRate: '15' });
    const text = warehouseRun(groups, options, () => ({
      workerOf: [],
      order: [],
      trips: [],
      tree: [],
    }));
    expect(text).toBe(once);
    expect(JSON.parse(text).findings.map((f: { kind: string }) => f.kind)).toEqual([
      'pec-rate-unexpected',
      'pec-on-excluded-meter',
    ]);
  });
});

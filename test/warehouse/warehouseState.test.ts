import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partRows, warehouseTieOut, warehouseUsage } from '../_private.ts';
import { row } from '../invoices/_worked.ts';
import { usageRow } from '../usage/_rows.ts';
import type { Aggregate } from './_split.ts';

const usage = warehouseUsage as unknown as Aggregate;
const tie = warehouseTieOut as unknown as Aggregate;

const line = fc
  .record({
    day: fc.integer({ min: 1, max: 9 }),
    pec: fc.constantFrom('15', '0'),
    entitlement: fc.constantFrom('azure-1', 'azure-2'),
    quantity: fc.constantFrom('24', '24.0', '1.5'),
  })
  .map((r) =>
    usageRow({
      UsageDate: `2026-11-0${r.day}`,
      PartnerEarnedCreditPercentage: r.pec,
      EntitlementId: r.entitlement,
      Quantity: r.quantity,
    }),
  );

function serialized(agg: Aggregate, rows: readonly unknown[][]): string {
  const state = agg.initialState();
  for (const args of rows) agg.aggregate(state, ...args, '{}');
  return JSON.stringify(agg.serialize(state));
}

describe("a group's state in a warehouse", () => {
  it("WH-3: the serialized state depends on the group's rows, not their order, and reads back as itself, for the usage check and the tie-out", () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 20 }),
        fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
        (lines, order) => {
          const rows = lines.map((r, i) => ['usage', String(i + 2), JSON.stringify(r)]);
          const shuffled = rows
            .map((r, i) => ({ r, k: order[i] ?? 0 }))
            .sort((a, b) => a.k - b.k)
            .map(({ r }) => r);
          const text = serialized(usage, rows);
          expect(serialized(usage, shuffled)).toBe(text);
          expect(JSON.stringify(usage.serialize(usage.deserialize(JSON.parse(text))))).toBe(text);
          const recon = lines.map((r, i) => [
            'recon',
            String(i + 1),
            JSON.stringify(
              row(
                'G000000001',
                'USD',
                r.BillingPreTaxTotal as string,
                '0.00',
                r.BillingPreTaxTotal as string,
              ),
            ),
          ]);
          const tied = serialized(tie, recon);
          expect(serialized(tie, [...recon].reverse())).toBe(tied);
          expect(JSON.stringify(tie.serialize(tie.deserialize(JSON.parse(tied))))).toBe(tied);
        },
      ),
    );
  });

  it('WH-3: a state of another check or form is refused, never merged', () => {
    const data = usage.serialize(usage.initialState()) as Record<string, unknown>;
    expect(() => tie.deserialize(data)).toThrow(/tie-out/);
    expect(() => usage.deserialize({ ...data, format: 2 })).toThrow(/form 1/);
    expect(() => usage.merge(usage.initialState(), tie.initialState())).toThrow(/partialState/);
  });

  it("WH-3, WH-4: an empty state is merge's identity", () => {
    const a = usage.initialState();
    usage.aggregate(a, 'usage', '2', JSON.stringify(usageRow()), '{}');
    const text = JSON.stringify(usage.serialize(a));
    usage.merge(a, usage.initialState());
    expect(JSON.stringify(usage.serialize(a))).toBe(text);
  });

  it("WH-7: a group's part holds every finding, never truncated: 3,000 meters of one Azure plan billed wrong come back as 3,000 finding rows", () => {
    const state = usage.initialState();
    for (let i = 0; i < 3_000; i++)
      usage.aggregate(
        state,
        'usage',
        String(i + 2),
        JSON.stringify(
          usageRow({ MeterId: `m-${i}`, MeterName: `m-${i}`, BillingPreTaxTotal: '4.09' }),
        ),
        '{"filePec":true}',
      );
    const rows = partRows(usage.finalize(state, '{"filePec":true}'));
    expect(rows.filter((r) => r.section === 'findings').length).toBe(3_000);
  });

  it("WH-9: the guide says why rows stay text, the groups, the rows back to --json, each engine's limits, a worked BigQuery run and how the law is tested", () => {
    const guide = readFileSync(new URL('../../docs/warehouse.md', import.meta.url), 'utf8');
    for (const heading of [
      '## Rows stay text',
      '## Groups: what each one needs, and what the SQL brings to it',
      '## From the rows back to `--json`',
      '## Each engine and its limits',
      '## A worked BigQuery run',
      '## How the law is tested',
    ])
      expect(guide).toContain(heading);
  });
});

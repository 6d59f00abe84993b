import fc from 'fast-check';
import { tieOut } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { type PartRow, partRows, tieOutWhole, warehouseTieOut } from '../_private.ts';
import { g24135Rows, resource, row } from '../invoices/_worked.ts';
import { type Aggregate, type Plan, plans, runSplit } from './_split.ts';

const tie = warehouseTieOut as unknown as Aggregate;
const summary = warehouseTieOut.summary as unknown as Aggregate;

/**
 * Each invoice number's group as the SQL gives it (WH-4): an Invoice resource by the root of its
 * `amendsOf` chain, a reconciliation row by its number's resource's root, else its own number.
 */
function rootsOf(invoices: readonly Record<string, unknown>[]): (id: string) => string {
  const amends = new Map<string, string | undefined>();
  for (const invoice of invoices)
    amends.set(String(invoice.id).trim(), invoice.amendsOf as string | undefined);
  return (id) => {
    let at = id.trim();
    const seen = new Set<string>();
    while (amends.get(at) !== undefined && !seen.has(at)) {
      seen.add(at);
      at = (amends.get(at) as string).trim();
    }
    return at;
  };
}

function groupsOf(
  invoices: readonly Record<string, unknown>[],
  rows: readonly Record<string, string>[],
): Map<string, unknown[][]> {
  const root = rootsOf(invoices);
  const groups = new Map<string, unknown[][]>();
  const add = (key: string, args: unknown[]) => {
    groups.set(key, [...(groups.get(key) ?? []), args]);
  };
  invoices.forEach((invoice, i) => {
    add(root(String(invoice.id)), ['invoice', BigInt(i + 1), JSON.stringify(invoice)]);
  });
  rows.forEach((r, i) => {
    add(root(r.InvoiceNumber ?? ''), ['recon', String(i + 1), JSON.stringify(r)]);
  });
  return groups;
}

function warehouseRun(
  groups: Map<string, unknown[][]>,
  planOfGroup: (key: string) => Plan,
): string {
  const rows: PartRow[] = [];
  for (const [key, args] of groups)
    rows.push(...partRows(runSplit(tie, args, planOfGroup(key), '{}')));
  const summaryRows = rows.filter((r) => r.section === 'summary');
  const whole = JSON.parse(
    runSplit(
      summary,
      summaryRows.map((r) => [r.item]),
      planOfGroup('summary'),
      '{}',
    ),
  ) as { file: Record<string, unknown>; rows: PartRow[] };
  return tieOutWhole([...rows.filter((r) => r.section !== 'summary'), ...whole.rows], whole.file);
}

const once = (invoices: readonly unknown[], rows: readonly Record<string, string>[]): string => {
  const tied = tieOut(invoices, rows);
  return JSON.stringify({ results: tied.results, issues: tied.issues, summary: tied.summary });
};

const line = fc
  .record({
    invoice: fc.constantFrom('G000000001', 'G000000002', 'G000000003', 'G000000005', ''),
    currency: fc.constantFrom('USD', 'USD', 'EUR', 'JPY'),
    subtotal: fc.integer({ min: -5_000, max: 50_000 }),
    tax: fc.integer({ min: 0, max: 900 }),
    off: fc.constantFrom(0, 0, 0, 1),
    decimals: fc.constantFrom(2, 2, 1, 3),
  })
  .map((r) => {
    const scale = 10 ** r.decimals;
    const text = (n: number) => (n / scale).toFixed(r.decimals);
    return row(
      r.invoice,
      r.currency,
      text(r.subtotal),
      text(r.tax),
      text(r.subtotal + r.tax + r.off),
    );
  });

const invoiceDocs = fc
  .record({
    totals: fc.array(fc.integer({ min: -10_000, max: 60_000 }), { minLength: 4, maxLength: 4 }),
    currencies: fc.array(fc.constantFrom('USD', 'EUR', 'JPY'), { minLength: 4, maxLength: 4 }),
    given: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    amends: fc.constantFrom('G000000001', 'G000000002', 'G000000009'),
  })
  .map((d) => {
    const ids = ['G000000001', 'G000000002', 'G000000003', 'G000000004'];
    return ids.flatMap((id, i) => {
      if (d.given[i] !== true) return [];
      const currency = d.currencies[i] as string;
      const amount = (d.totals[i] as number) / (currency === 'JPY' ? 1 : 100);
      const credit = i === 3 || (i === 2 && d.amends !== 'G000000002');
      return [
        resource(
          id,
          currency === 'JPY' ? amount.toFixed(0) : amount.toFixed(2),
          currency,
          credit
            ? { documentType: 'Credit Note', amendsOf: i === 3 ? 'G000000003' : d.amends }
            : {},
        ),
      ];
    });
  });

describe('the tie-out inside a warehouse', () => {
  it("WH-4, WH-5: INV-2's worked G000024135 and its credit note in one group give tie-out --json's text", () => {
    const invoices = [
      resource('G000024135', '2075.89'),
      resource('G000000777', '-50.00', 'USD', {
        documentType: 'Credit Note',
        amendsOf: 'G000024135',
      }),
    ];
    const groups = groupsOf(invoices, g24135Rows);
    expect([...groups.keys()]).toEqual(['G000024135']);
    const text = warehouseRun(groups, () => ({ workerOf: [], order: [], trips: [], tree: [] }));
    expect(text).toBe(once(invoices, g24135Rows));
    expect(JSON.parse(text).results[1]).toMatchObject({
      invoiceNumber: 'G000024135',
      outcome: 'tied',
      netOfAmendments: { amount: 202_589, currency: 'USD' },
    });
  });

  it("WH-4, WH-5: every invoice's group split over random workers, serialized at random points, merged in random trees and finalized on its own, put together with the summary, is tie-out --json byte for byte", () => {
    fc.assert(
      fc.property(
        invoiceDocs,
        fc.array(line, { maxLength: 30 }),
        fc.array(plans(40), { minLength: 8, maxLength: 8 }),
        (invoices, rows, drawn) => {
          const groups = groupsOf(invoices, rows);
          const keys = [...groups.keys(), 'summary'].sort();
          const text = warehouseRun(
            groups,
            (key) => drawn[keys.indexOf(key) % drawn.length] as Plan,
          );
          expect(text).toBe(once(invoices, rows));
        },
      ),
    );
  });
});

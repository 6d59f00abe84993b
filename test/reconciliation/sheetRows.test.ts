import fc from 'fast-check';
import * as newCommerce from 'subscription-rules/new-commerce';
import { findingsCsv, reconcile, reconcileSubscriptions } from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { type Row, resource, WORKED } from '../cli/commands/_reconcileFiles.ts';
import { fetchedFiles } from './_fetchedFiles.ts';

const DAY = 86_400_000;

/** The worked file, its second line (sheet row 3: the header is row 1) edited. */
const edited = (changes: Row): Row[] =>
  WORKED.map((row, i) => (i === 1 ? { ...row, ...changes } : row));

describe('a file’s rows named by their sheet row (REC-6)', () => {
  it('REC-6: the second line billed 31.25 for 31.20 is sheet row 3 in the result’s rows, its finding, the remedy and the CSV', () => {
    const found = reconcileSubscriptions(edited({ Subtotal: '31.25' }), [resource(15)], {
      rules: newCommerce,
    });
    expect(found.different.map((d) => d.rows)).toEqual([[3]]);
    expect(found.matched.map((m) => m.rows)).toEqual([[2]]);
    const [finding] = found.findings;
    expect(finding?.finding === 'different' && finding.rows).toEqual([3]);
    expect(finding?.remedy?.message).toMatch(/^raise it with Microsoft: row 3, /);
    expect(findingsCsv(found.findings).split('\n')[1]?.split(',')[0]).toBe('3');
  });

  it('REC-6: a line whose Subtotal cannot be read is an issue at sheet row 3, and its subscription’s problem names row 3', () => {
    const found = reconcileSubscriptions(edited({ Subtotal: 'abc' }), [resource(15)], {
      rules: newCommerce,
    });
    expect(found.issues.map((i) => ('row' in i ? i.row : undefined))).toContain(3);
    expect(found.issues.some((i) => /\brow 3 of it cannot be read/.test(i.message))).toBe(true);
    expect(findingsCsv(found.findings).split('\n')[1]?.split(',')[0]).toBe('3');
  });

  it('REC-6: reconcile (one subscription’s lines) names the rows by their sheet row: the first line is row 2', () => {
    const result = reconcile([], [{ ...WORKED[0] }, { ...WORKED[1], ChargeType: 'refund' }]);
    expect(result.unexpected.map((u) => u.rows)).toEqual([[2], [3]]);
  });
});

describe('properties', () => {
  const instant = fc.integer({ min: -20 * DAY, max: 40 * DAY });

  it('REC-6: every row a finding cites is a sheet row (the header is row 1) holding that finding’s subscription, whenever the resources were fetched', () => {
    fc.assert(
      fc.property(fetchedFiles(), instant, (file, offset) => {
        const fetchedMs = Math.max(file.monthEndMs + offset, file.bornMs + 1);
        const result = reconcileSubscriptions(file.rows, file.resources(fetchedMs), {
          rules: newCommerce,
          period: file.period,
          prices: file.prices,
        });
        // the sheet as a spreadsheet shows it: the header at row 1, the first line at row 2
        const sheet: (Readonly<Record<string, string>> | 'header')[] = ['header', ...file.rows];
        const cited = result.findings.flatMap((f) =>
          'rows' in f ? f.rows.map((row) => [f.subscriptionId, row] as const) : [],
        );
        for (const [id, row] of cited) {
          const line = sheet[row - 1];
          expect(line === 'header' ? 'header' : line?.SubscriptionId, `row ${row}`).toBe(id);
        }
        for (const [kind, list] of [
          ['matched', result.matched],
          ['different', result.different],
        ] as const)
          for (const entry of list)
            for (const row of entry.rows) {
              const line = sheet[row - 1];
              expect(
                line === 'header' ? 'header' : line?.SubscriptionId,
                `${kind} row ${row}`,
              ).toBe(entry.subscriptionId);
            }
      }),
    );
  });
});

import { createTieOut, tieOut } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { jsonLine as toJsonLine } from '../_jsonLine.ts';
import { g24135Rows, resource, row } from './_worked.ts';

/** A row as one line of the Graph export: camelCase keys, its amounts as JSON numbers. */
const jsonLine = (row: Readonly<Record<string, string>>): string =>
  toJsonLine(row, /^(Subtotal|TaxTotal|Total)$/);

describe('tieOut: the Graph export’s lines (INV-3)', () => {
  it('REC-3, INV-3: G000024135’s four lines as the export’s JSON text tie out as their CSV cells do (tied, residual 0)', () => {
    const invoices = [resource('G000024135', 2075.89)];
    const asJson = tieOut(invoices, g24135Rows.map(jsonLine));
    expect(asJson).toEqual(tieOut(invoices, g24135Rows));
    expect(asJson.results.map((r) => [r.outcome, r.residual])).toEqual([
      ['tied', { amount: 0, currency: 'USD' }],
    ]);
    const fed = createTieOut();
    for (const [i, line] of g24135Rows.map(jsonLine).entries()) fed.observe(line, i + 1);
    expect(fed.finish(invoices).results).toEqual(asJson.results);
  });

  it('REC-3, INV-3: an amount’s JSON digits are kept: 200.40000000000000001 JPY is no whole yen, never the double 200.4', () => {
    const line = jsonLine(
      row('G000000001', 'JPY', '200.40000000000000001', '0', '200.40000000000000001'),
    );
    const { results } = tieOut([resource('G000000001', 200, 'JPY')], [line]);
    expect(results[0]?.total).toEqual({ exact: '200.40000000000000001', currency: 'JPY' });
  });

  it('REC-3, INV-3: a line that is no JSON object is an issue of its row, not a crash', () => {
    const { issues } = tieOut([resource('G000024135', 2075.89)], ['{"invoiceNumber":']);
    expect(issues.map((issue) => [issue.row, issue.column])).toEqual([[1, '']]);
  });
});

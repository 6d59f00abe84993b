import { describe, expect, it } from 'vitest';
import { resource } from '../../invoices/_worked.ts';
import { runStreaming } from '../_run.ts';
import { usageFile } from './_usageFiles.ts';

const invoices = (...items: Record<string, unknown>[]) =>
  usageFile(JSON.stringify(items), 'invoices.json');

/** `tie-out --json` of a reconciliation file against one invoice, on an engine. */
const tieOutJson = (recon: string, invoice: Record<string, unknown>, engine: string) =>
  runStreaming([
    'tie-out',
    '--invoices',
    invoices(invoice),
    '--file',
    recon,
    '--json',
    '--engine',
    engine,
  ]);

describe('subscription-rules tie-out: shapes and money', () => {
  it('INV-2: a row shorter or longer than its header is an issue naming the row and both counts, exit 1', async () => {
    const recon = usageFile(
      [
        'InvoiceNumber,Currency,Subtotal,TaxTotal,Total',
        'G000000001,USD,1.00,0,1.00',
        'G000000001,USD,2.00,0',
        'G000000001,USD,3.00,0,3.00,extra',
      ].join('\n'),
      'recon.csv',
    );
    for (const engine of ['default']) {
      const run = await tieOutJson(recon, resource('G000000001', 4), engine);
      expect(run.code).toBe(1);
      const read = JSON.parse(run.out);
      expect(read.issues.map((i: { row: number; message: string }) => [i.row, i.message])).toEqual([
        [2, 'the row has 4 cells, its header 5 names; its cells are read by place'],
        [2, 'expected a number'],
        [3, 'the row has 6 cells, its header 5 names; its cells are read by place'],
      ]);
    }
  });

  it('INV-2, ERR-1: a header repeating the exact same name is the column-named-twice issue naming both, on both engines', async () => {
    const recon = usageFile(
      [
        'InvoiceNumber,Currency,Subtotal,TaxTotal,Total,Total',
        'G000000001,USD,1.00,0,1.00,9.00',
        'G000000001,USD,2.00,0,2.00,9.00',
      ].join('\n'),
      'recon.csv',
    );
    const outs: string[] = [];
    for (const engine of ['default', 'duckdb']) {
      const run = await tieOutJson(recon, resource('G000000001', 3), engine);
      expect(run.code).toBe(1);
      const read = JSON.parse(run.out);
      expect(
        read.issues.map((i: { row: number; column: string; message: string }) => [
          i.row,
          i.column,
          i.message,
        ]),
      ).toEqual([
        [1, 'Total', 'the header also names this column Total; the first (Total) is read'],
      ]);
      expect(read.results[0].total).toEqual({ amount: 300, currency: 'USD' });
      outs.push(run.out);
    }
    expect(outs[1]).toBe(outs[0]);
  });

  it('INV-2, PRICE-1: JPY sums with extra decimals print exactly, whole ones as Money; a line past the safe integers is an issue, never a float', async () => {
    const recon = usageFile(
      [
        'InvoiceNumber,Currency,Subtotal,TaxTotal,Total',
        'G000000001,JPY,200.4,0,200.4',
        'G000000001,JPY,300.6,0,300.6',
        'G000000002,USD,17000000000000000000000000000000.00,0,17000000000000000000000000000000.00',
      ].join('\n'),
      'recon.csv',
    );
    const args = [
      'tie-out',
      '--invoices',
      invoices(resource('G000000001', 501, 'JPY')),
      '--file',
      recon,
    ];
    const json = await runStreaming([...args, '--json']);
    const read = JSON.parse(json.out);
    expect(read.results[0].total).toEqual({ amount: 501, currency: 'JPY' });
    expect(read.issues.map((i: { row: number; column: string }) => [i.row, i.column])).toEqual([
      [3, 'Subtotal'],
      [3, 'Total'],
    ]);
    const text = await runStreaming(args);
    expect(text.out).not.toMatch(/e\+/);
    expect(text.out).toContain(
      'recon.csv:3 Subtotal: expected an amount of at most 9007199254740991 minor units',
    );
  });
});

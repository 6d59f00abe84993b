import { describe, expect, it } from 'vitest';
import { licence } from '../_licence.ts';
import { exportFolder, jsonLine } from '../cli/_exportFolder.ts';
import { runCli as run, scratch } from './_cli.ts';
import { HEADER, invoice, LINES } from './_tieOutFixtures.ts';

const { file, folder } = scratch('cli-graph-export-', 'recon.csv');

/** A reconciliation line's cells the export writes as JSON numbers. */
const NUMBERS =
  /^(UnitPrice|EffectiveUnitPrice|Quantity|BillableQuantity|Subtotal|TaxTotal|Total)$/;

/** CSV text's rows as objects keyed by its header (no cell here holds a comma or a quote). */
function rowsOf(header: string, lines: readonly string[]): Record<string, string>[] {
  const names = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
}

const RECON_HEADER =
  'SubscriptionId,ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,EffectiveUnitPrice,Quantity,BillableQuantity,Subtotal,Currency';

/** Three subscriptions' purchases, one billed a cent over, one a line of no resource. */
const RECON_LINES = [
  'sub-1,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD',
  'sub-2,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.01,USD',
  'sub-3,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD',
  'sub-9,new,2026-11-20,2026-12-19,12.50,12.50,4,4,50.00,USD',
];

/** The lines as the Graph export's folder: a manifest and the lines cut into `parts` blobs. */
function exported(header: string, lines: readonly string[], parts: number): string {
  const json = rowsOf(header, lines).map((row) => jsonLine(row, NUMBERS));
  const size = Math.ceil(json.length / parts);
  const blobs = Array.from({ length: parts }, (_, i) => json.slice(i * size, (i + 1) * size));
  return exportFolder(folder('export'), blobs);
}

describe('the Graph export’s blobs, built (REC-3, INV-3)', () => {
  it('REC-3, INV-3: reconcile --file <export folder> gives the CSV’s findings and money (--json and --csv), on 1 and 3 workers', () => {
    const resources = file(
      ['sub-1', 'sub-2', 'sub-3'].map((id) => licence({ id, quantity: 10 })),
      'resources.json',
    );
    const csv = file(`${[RECON_HEADER, ...RECON_LINES].join('\n')}\n`);
    const blobs = exported(RECON_HEADER, RECON_LINES, 3);
    const reconcile = (path: string, ...more: string[]) =>
      run(['reconcile', '--file', path, '--subscriptions', resources, ...more]);
    const fromCsv = reconcile(csv, '--json');
    expect(fromCsv.code).toBe(1);
    for (const workers of ['1', '3']) {
      const fromBlobs = reconcile(blobs, '--json', '--workers', workers);
      expect(fromBlobs.code).toBe(1);
      const a = JSON.parse(fromBlobs.out);
      const b = JSON.parse(fromCsv.out);
      expect(a.findings).toEqual(b.findings);
      expect([a.summary.lines, a.summary.atStake]).toEqual([4, b.summary.atStake]);
    }
    expect(JSON.parse(fromCsv.out).findings.map((f: { finding: string }) => f.finding)).toEqual([
      'different',
      'unexpected',
      'issue',
    ]);
    expect(reconcile(blobs, '--csv').out).toBe(reconcile(csv, '--csv').out);
  });

  it('REC-3, INV-3: tie-out --file <export folder> gives the CSV’s table and results; a missing blob exits 2', () => {
    const invoices = file(invoice('2075.89'), 'invoices.json');
    const csv = file(`${[HEADER, ...LINES].join('\n')}\n`);
    const blobs = exported(HEADER, LINES, 2);
    const tieOut = (path: string, ...more: string[]) =>
      run(['tie-out', '--invoices', invoices, '--file', path, ...more]);
    const fromCsv = tieOut(csv, '--json');
    const fromBlobs = tieOut(blobs, '--json');
    expect([fromBlobs.code, fromCsv.code]).toEqual([0, 0]);
    const a = JSON.parse(fromBlobs.out);
    const b = JSON.parse(fromCsv.out);
    expect(a.results).toEqual(b.results);
    expect(a.summary).toEqual(b.summary);
    expect(a.results[0].outcome).toBe('tied');
    const text = tieOut(blobs);
    expect(text.out).toContain('exports/2026-11/part-000.json.gz');
    const incomplete = exportFolder(folder('export'), [[]], {
      extra: ['exports/2026-11/part-001.json.gz'],
      blobCount: 1,
    });
    const missing = tieOut(incomplete);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('names a blob the folder does not hold');
  });
});

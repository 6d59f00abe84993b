import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { g24135Rows, resource as invoice } from '../../invoices/_worked.ts';
import { exportFolder, jsonLine } from '../_exportFolder.ts';
import { runStreaming } from '../_run.ts';
import { scratch } from '../_scratch.ts';
import { csv, file, type Row, resource, WORKED } from './_reconcileFiles.ts';

/** This run's own folder under the temporary folder: no test assumes it is alone there. */
const folders = scratch('graph-export-');

/** A reconciliation line's cells the export writes as JSON numbers. */
const NUMBERS =
  /^(UnitPrice|EffectiveUnitPrice|Quantity|BillableQuantity|Subtotal|TaxTotal|Total)$/;

/** The rows as the export's folder: the lines cut into `parts` blobs at the places given. */
function blobs(rows: readonly Row[], cuts: readonly number[] = [], more = {}): string {
  const lines = rows.map((row) => jsonLine(row, NUMBERS));
  const at = [0, ...cuts, lines.length];
  const parts = at.slice(1).map((end, i) => lines.slice(at[i], end));
  return exportFolder(folders.folder('export'), parts, more);
}

/** `reconcile` of a file or folder against the worked resource (15 seats), for people. */
function textOf(path: string, ...flags: string[]) {
  return runStreaming([
    'reconcile',
    '--file',
    path,
    '--subscriptions',
    file([resource(15)], { name: 'resources.json' }),
    ...flags,
  ]);
}

/** `reconcile --json` of a file or folder against the worked resource, its output parsed. */
async function reconciled(path: string, ...flags: string[]) {
  const run = await textOf(path, '--json', ...flags);
  return { ...run, parsed: run.code === 2 ? undefined : JSON.parse(run.out) };
}

/** `tie-out` of a file or folder against G000024135 (2075.89 USD). */
function tiedOut(path: string, ...flags: string[]) {
  const invoices = file([invoice('G000024135', 2075.89)], { name: 'invoices.json' });
  return runStreaming(['tie-out', '--invoices', invoices, '--file', path, ...flags]);
}

/** The summary but what names the input and measures the run. */
const same = (summary: Record<string, unknown>) => {
  const { file: _, gzip: __, run: ___, ...rest } = summary;
  return rest;
};

/** Two amounts of two decimals added, digit by digit (`125.00` + `0.05` = `125.05`). */
function plus(a: string, b: string): string {
  const cents = (BigInt(a.replace('.', '')) + BigInt(b.replace('.', ''))).toString();
  return `${cents.slice(0, -2)}.${cents.slice(-2)}`;
}

/** The worked month: a subscription of five lines, one billed 5 cents over. */
const MONTH: readonly Row[] = [
  ...WORKED,
  {
    ...(WORKED[1] as Row),
    ChargeStartDate: '2026-12-10',
    EffectiveUnitPrice: '4.16',
    Subtotal: '20.85',
  },
];

describe('reconcile and tie-out: a folder of the Graph export’s blobs (REC-3, INV-3)', () => {
  it('REC-3, INV-3: reconcile --file <export folder> gives the findings, money and summary of the same lines as CSV, and names the rows of each blob’s lines', async () => {
    const fromCsv = await reconciled(file(csv(MONTH)));
    const fromBlobs = await reconciled(blobs(MONTH, [1]));
    expect(fromBlobs.err).not.toMatch(/error|warning/);
    expect(fromCsv.code).toBe(1);
    expect(fromBlobs.code).toBe(fromCsv.code);
    expect(fromBlobs.parsed.findings).toEqual(fromCsv.parsed.findings);
    // the export names the columns not read as it writes them
    const camel = (name: string) => name[0]?.toLowerCase() + name.slice(1);
    expect(fromBlobs.parsed.summary.otherColumns).toEqual(
      (fromCsv.parsed.summary.otherColumns as string[]).map(camel),
    );
    const { blobs: where, ...summary } = same(fromBlobs.parsed.summary);
    expect({ ...summary, otherColumns: [] }).toEqual({
      ...same(fromCsv.parsed.summary),
      otherColumns: [],
    });
    // the sheet's row 4 of the CSV is the second blob's line 2, and the summary says so
    expect(fromBlobs.parsed.findings.map((f: { rows?: number[] }) => f.rows)).toContainEqual([4]);
    expect(where).toEqual([
      { blob: 'exports/2026-11/part-000.json.gz', lines: 1, first: 2, last: 2 },
      { blob: 'exports/2026-11/part-001.json.gz', lines: 2, first: 3, last: 4 },
    ]);
    const text = await textOf(blobs(MONTH, [1]));
    expect(text.out).toContain(
      'blobs          exports/2026-11/part-000.json.gz: lines 1 to 1 are rows 2 to 2\n               exports/2026-11/part-001.json.gz: lines 1 to 2 are rows 3 to 4\n',
    );
    expect(fromBlobs.parsed.summary.lines).toBe(3);
  });

  test.prop(
    [
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 0, maxLength: 4 }),
      fc.subarray([0, 1, 2]),
      fc.constantFrom('0.01', '0.05', '1.00'),
    ],
    { numRuns: 12 },
  )(
    'REC-3, INV-3: a month’s reconciliation lines as CSV and as export blobs give the same findings and money, whatever the blob count',
    async (cuts, off, cents) => {
      const rows = MONTH.map((row, i) =>
        off.includes(i) ? { ...row, Subtotal: plus(row.Subtotal as string, cents) } : row,
      );
      const fromCsv = await reconciled(file(csv(rows)));
      const fromBlobs = await reconciled(blobs(rows, [...cuts].sort()));
      expect(fromBlobs.code).toBe(fromCsv.code);
      expect(fromBlobs.parsed.findings).toEqual(fromCsv.parsed.findings);
      expect(fromBlobs.parsed.summary.atStake).toEqual(fromCsv.parsed.summary.atStake);
      expect(fromBlobs.parsed.summary.customers).toEqual(fromCsv.parsed.summary.customers);
    },
  );

  it('REC-3, INV-3: a manifest naming a blob the folder lacks exits 2 with one line naming it, for reconcile and tie-out, even when blobCount is the blobs there', async () => {
    const folder = blobs(MONTH, [1], { extra: ['exports/2026-11/part-002.json.gz'], blobCount: 2 });
    const recon = await reconciled(folder);
    expect(recon.code).toBe(2);
    expect(recon.out).toBe('');
    expect(recon.err.trim().split('\n')).toHaveLength(1);
    expect(recon.err).toContain(
      'names a blob the folder does not hold (exports/2026-11/part-002.json.gz)',
    );
    const tied = await tiedOut(folder);
    expect(tied.code).toBe(2);
    expect(tied.err).toContain(
      'names a blob the folder does not hold (exports/2026-11/part-002.json.gz)',
    );
  });

  it('REC-3, INV-3: an export of attributeSet basic without EffectiveUnitPrice names the checks not run and why, and no finding comes of the absent column', async () => {
    // the second line prints another EffectiveUnitPrice: in full a note, in basic nothing to note
    const printed = MONTH.slice(0, 2).map((row, i) =>
      i === 1 ? { ...row, EffectiveUnitPrice: '6.25' } : row,
    );
    const basic = printed.map(({ EffectiveUnitPrice: _, ...row }) => row);
    const folder = blobs(basic, [], { attributeSet: 'basic' });
    const run = await textOf(folder);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /\nnot checked +EffectiveUnitPrice notes \(REC-2\): no EffectiveUnitPrice column\n +an export of attributeSet basic: export with attributeSet full\n/,
    );
    const json = await reconciled(folder);
    expect(json.parsed.summary).toMatchObject({
      matched: 2,
      notes: 0,
      notChecked: ['EffectiveUnitPrice', 'basic'],
    });
    const full = await reconciled(blobs(printed, [], { attributeSet: 'full' }));
    expect(full.parsed.summary).toMatchObject({ matched: 2, notes: 1, notChecked: [] });
  });

  it('REC-3, INV-3: lines without UnitPrice and no --prices: the summary says the file’s own prices were not read, and why', async () => {
    const noPrice = MONTH.slice(0, 2).map(({ UnitPrice: _, ...row }) => row);
    const json = await reconciled(blobs(noPrice));
    expect(json.parsed.summary.notChecked).toEqual(['UnitPrice']);
    const run = await textOf(blobs(noPrice));
    expect(run.out).toMatch(
      /\nnot checked +prices from the file \(REC-2\): no UnitPrice column; give --prices\n/,
    );
  });

  it('REC-3, INV-3: reconcile --engine duckdb refuses an export folder with one line naming the default engine', async () => {
    const run = await reconciled(blobs(MONTH), '--engine', 'duckdb');
    expect(run.code).toBe(2);
    expect(run.err).toContain('--engine duckdb: reads one reconciliation CSV file, not a folder');
    expect(run.err).toContain('--engine default');
  });

  it('REC-3, INV-3: tie-out --file <export folder> ties out as the CSV does, a line not read named by its blob and line', async () => {
    const invoices = file([invoice('G000024135', 2075.89)], { name: 'invoices.json' });
    const lines = g24135Rows.map((row) => jsonLine(row, NUMBERS));
    lines[3] = (lines[3] as string).replace('"total":56.16', '"total":"x"');
    const folder = exportFolder(folders.folder('export'), [lines.slice(0, 2), lines.slice(2)]);
    const rows = g24135Rows.map((row, i) => (i === 3 ? { ...row, Total: 'x' } : row));
    const names = Object.keys(g24135Rows[0] as object);
    const fromCsv = await runStreaming([
      'tie-out',
      '--invoices',
      invoices,
      '--file',
      file(csv(rows, names)),
      '--json',
    ]);
    const fromBlobs = await runStreaming([
      'tie-out',
      '--invoices',
      invoices,
      '--file',
      folder,
      '--json',
    ]);
    expect(fromBlobs.code).toBe(fromCsv.code);
    const a = JSON.parse(fromBlobs.out);
    const b = JSON.parse(fromCsv.out);
    expect(a.results).toEqual(b.results);
    expect(a.summary).toEqual(b.summary);
    expect(a.issues.map((issue: { place: string }) => issue.place)).toEqual([
      expect.stringMatching(/exports\/2026-11\/part-001\.json\.gz:2$/),
    ]);
    expect(b.issues.map((issue: { column: string }) => issue.column)).toEqual(['Total']);
    expect(a.issues.map((issue: { column: string }) => issue.column)).toEqual(['total']);
  });

  it('REC-3, INV-3: an empty reconciliation file is refused naming --file, for reconcile and tie-out', async () => {
    const empty = file('');
    const recon = await reconciled(empty);
    expect([recon.code, recon.err.trim()]).toEqual([
      2,
      expect.stringContaining('--file: empty, expected a header row and lines'),
    ]);
    const tied = await tiedOut(empty);
    expect([tied.code, tied.err]).toEqual([
      2,
      expect.stringContaining(`--file: ${empty} is empty, expected a header row and lines`),
    ]);
  });
});

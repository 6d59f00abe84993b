import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fc } from '@fast-check/vitest';
import { parseInvoice } from 'subscription-rules/schemas';
import type { Invoice } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import {
  loadDuckdb,
  mergeTieOuts,
  runEngine,
  tieOutCells,
  tieOutDuckdb,
  tieOutJob,
  tieOutOptions,
  tieOutPlaces,
} from '../../_private.ts';
import { resource } from '../../invoices/_worked.ts';
import { scratch } from '../_scratch.ts';

/** A folder of this file's own: other runs may share the temporary folder. */
const { file } = scratch('tie-out-duckdb-', 'recon.csv');

const duckdb = await loadDuckdb();

/** The invoices as `parseInvoice` reads the resources. */
function invoicesOf(resources: readonly Record<string, unknown>[]): readonly Invoice[] {
  const read = parseInvoice(JSON.stringify(resources));
  if (!read.ok) throw new Error('the test invoices do not read');
  return read.value;
}

/** A CSV file of the header and lines. */
function csv(header: string, lines: readonly string[], name?: string): string {
  return file(`${[header, ...lines].join('\n')}\n`, name);
}

/** Both engines on the files: the default engine's tie-out and DuckDB's, and DuckDB's warnings. */
async function both(
  files: readonly string[],
  invoices: readonly Invoice[],
  more: { workers?: number; memory?: number | undefined; locale?: string } = {},
) {
  const setup = { invoices, locale: more.locale };
  const done = await runEngine(tieOutJob(setup), {
    files,
    flag: '--file',
    workers: 1,
    memory: more.memory,
    script: undefined,
    setup,
  });
  const warnings: string[] = [];
  const duck = await tieOutDuckdb(
    duckdb,
    { files, setup, workers: more.workers ?? 1, memory: more.memory },
    (line) => warnings.push(line),
  );
  return {
    base: { tied: mergeTieOuts(done.results, tieOutOptions(setup)), records: done.records },
    duck,
    warnings,
  };
}

/** Both engines give the same bytes: every result, issue and summary, keys in the same order. */
async function same(
  files: readonly string[],
  invoices: readonly Invoice[],
  more?: { workers?: number; memory?: number | undefined; locale?: string },
) {
  const { base, duck, warnings } = await both(files, invoices, more);
  expect(JSON.stringify(duck.tied, null, 2)).toBe(JSON.stringify(base.tied, null, 2));
  expect(duck.records).toEqual(base.records);
  return { tied: duck.tied, warnings };
}

const HEADER = 'InvoiceNumber,ChargeType,Subtotal,TaxTotal,Total,Currency';
/** G000024135's four lines (INV-2's worked invoice), Σ Total 2075.89 USD, k = 4. */
const LINES = [
  'G000024135,cycleCharge,1200.00,96.00,1296.00,USD',
  'G000024135,usage,700.12,56.01,756.13,USD',
  'G000024135,cancelImmediate,-30.00,-2.40,-32.40,USD',
  'G000024135,new,52.00,4.16,56.16,USD',
];
/** G000000001's three untaxed JPY usage lines, Σ 901.2, m = 3. */
const JPY = [
  'G000000001,usage,200.4,0,200.4,JPY',
  'G000000001,usage,300.4,0,300.4,JPY',
  'G000000001,usage,400.4,0,400.4,JPY',
];
/** G000000002, one number in two currencies. */
const MIXED = ['G000000002,usage,10.00,0,10.00,EUR', 'G000000002,usage,12.00,0,12.00,USD'];

describe('tie-out --engine duckdb', () => {
  it('INV-3: the worked invoices on DuckDB give the default engine’s tie-out, byte for byte: 2075.89 tied, JPY m = 3 rounding, mixed currencies, the credit note without lines', async () => {
    const files = [
      csv(HEADER, [...LINES, ...JPY.slice(0, 1)]),
      csv(HEADER, [...JPY.slice(1), ...MIXED]),
    ];
    const invoices = invoicesOf([
      resource('G000024135', '2075.89'),
      resource('G000000001', 900, 'JPY'),
      resource('G000000002', '22.00'),
      resource('G000000777', '-50.00', 'USD', {
        documentType: 'Credit Note',
        amendsOf: 'G000024135',
      }),
    ]);
    const { tied, warnings } = await same(files, invoices);
    expect(warnings).toEqual([]);
    expect(tied.results.map((r) => [r.invoiceNumber, r.currency, r.outcome])).toEqual([
      ['G000000001', 'JPY', 'rounding'],
      ['G000000002', 'EUR', 'mixed-currency'],
      ['G000000002', 'USD', 'mixed-currency'],
      ['G000000777', 'USD', 'no-lines'],
      ['G000024135', 'USD', 'tied'],
    ]);
    const jpy = tied.results[0];
    expect([jpy?.total, jpy?.residual, jpy?.tolerance, jpy?.fractionalLines]).toEqual([
      { exact: '901.2', currency: 'JPY' },
      { exact: '-1.2', currency: 'JPY' },
      { amount: 3, currency: 'JPY' },
      3,
    ]);
    expect(tied.results[4]?.netOfAmendments).toEqual({ amount: 202589, currency: 'USD' });
    expect(tied.results[4]?.rows).toEqual([1, 2, 3, 4]);
    expect(tied.results[0]?.rows).toEqual([5, 6, 7]);
  });

  it('INV-2, INV-3: on DuckDB 2075.90 is 0.01 rounding, 2125.89 a 50.00 adjustment, JPY 897 an adjustment; at k = 4 the bound’s edge: 0.04 rounding, 0.05 an adjustment', async () => {
    const files = [csv(HEADER, [...LINES, ...JPY])];
    const cases = [
      ['2075.90', 'rounding', 1],
      ['2125.89', 'adjustment-not-in-files', 5000],
      ['2075.93', 'rounding', 4],
      ['2075.94', 'adjustment-not-in-files', 5],
      ['2075.85', 'rounding', -4],
      ['2075.84', 'adjustment-not-in-files', -5],
    ] as const;
    for (const [total, outcome, residual] of cases) {
      const { tied } = await same(
        files,
        invoicesOf([resource('G000024135', total), resource('G000000001', 897, 'JPY')]),
      );
      expect(tied.results.map((r) => r.outcome)).toEqual(['adjustment-not-in-files', outcome]);
      expect(tied.results[1]?.residual).toEqual({ amount: residual, currency: 'USD' });
      expect(tied.results[0]?.residual).toEqual({ exact: '-4.2', currency: 'JPY' });
    }
  });

  it('INV-3, REC-2: odd decimal texts on DuckDB (apostrophes, 0E-20, spaces, 19 decimals, 21 digits, exponents, 10^18, trailing zeros, letter case, a dotless ı, empty and bad cells, Total ≠ Subtotal + TaxTotal) give the default engine’s sums, issues and notes', async () => {
    const header = '\uFEFF invoicenumber ,Currency,SUBTOTAL,TaxTotal,Total,INVOICENUMBER';
    const lines = [
      "G1,usd,'1200.00,'96.00,'1296.00,X",
      'G1,USD,0E-20,0.000,0E-20,X',
      'G1,USD, 1.50 ,\u00a00.10,1.600000000000000000,X',
      'G1,USD,0.0000000000000000001,0,0.0000000000000000001,X',
      'G1,USD,123456789012345678901,0,123456789012345678901,X',
      'G1,USD,1.5E+2,0,150,X',
      'G1,USD,1000000000000000000,0,1000000000000000000,X',
      'G1,USD,999999999999999999.99,0,999999999999999999.99,X',
      'G1,ınr,1.00,0,1.00,X',
      'G1,,1.00,0,1.00,X',
      ',USD,1.00,0,1.00,X',
      '\u00a0 ,USD,1.00,0,1.00,X',
      'G1,USD,,0,1.00,X',
      'G1,USD,one,0,1.00,X',
      'G1,USD,1.00,0.10,1.00,X',
      'G1,USD,.5,0,.5,X',
      'G2,JPY,200.40,0,200.40,X',
      'G2,JPY,300.60,0,300.60,X',
      'G2,jpy,-0,0,-0,X',
      '"G3",EUR,"1,000.00",0,1000.00,X',
      'G3,EUR,+12.3400,-0.0100,12.3300,X',
    ];
    const invoices = invoicesOf([resource('G1', '1300.00'), resource('G2', 501, 'JPY')]);
    const { tied } = await same([csv(header, lines)], invoices);
    // the header names InvoiceNumber twice (said at the first row); 10^20, 10^18 and 10^18 − 0.01
    // dollars are past Number.MAX_SAFE_INTEGER cents (PRICE-1): issues, not summed
    expect(tied.issues.map((issue) => [issue.row, issue.column])).toEqual([
      [1, ' invoicenumber '],
      [5, 'SUBTOTAL'],
      [5, 'Total'],
      [7, 'SUBTOTAL'],
      [7, 'Total'],
      [8, 'SUBTOTAL'],
      [8, 'Total'],
      [9, 'Currency'],
      [10, 'Currency'],
      [11, ' invoicenumber '],
      [12, ' invoicenumber '],
      [13, 'SUBTOTAL'],
      [14, 'SUBTOTAL'],
      [15, 'Total'],
      [16, 'SUBTOTAL'],
      [16, 'Total'],
      [20, 'SUBTOTAL'],
    ]);
    // 200.40 + 300.60 + -0 is 501 printed with decimals: whole yen, so Money
    expect(tied.results.map((r) => [r.total, r.lines])).toEqual([
      [{ exact: '1448.6000000000000000001', currency: 'USD' }, 6],
      [{ amount: 501, currency: 'JPY' }, 3],
      [{ amount: 1233, currency: 'EUR' }, 1],
    ]);
    await same([csv(header, lines)], invoices, { locale: 'ko' });
  });

  it('INV-3: a file DuckDB’s reader splits otherwise (a quote that never closes, a short row, a header after an empty line) is read by the default engine in its place: the same tie-out, and a warning naming the file', async () => {
    const plain = csv(HEADER, LINES.slice(0, 2));
    const unclosed = file(`${[HEADER, LINES[2], '"G1,usage'].join('\n')}\n`);
    const short = csv(HEADER, [LINES[3] as string, 'G000024135,usage']);
    const late = file(`\n\n${[HEADER, ...JPY].join('\n')}\n`);
    const invoices = invoicesOf([resource('G000024135', '2075.89')]);
    const { tied, warnings } = await same([plain, unclosed, short, late], invoices);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(
      new RegExp(`^warning: --engine duckdb: ${unclosed}: .*; the default engine reads the file$`),
    );
    expect(warnings[2]).toBe(
      `warning: --engine duckdb: ${late}: its header is not on its first line; the default engine reads the file`,
    );
    expect(tied.summary.rows).toBe(2 + 2 + 2 + 3);
  });

  it('INV-3, REC-3: a gzip cut short is refused with the default engine’s error, not tied out of the lines before the cut', async () => {
    const whole = gzipSync(`${[HEADER, ...LINES, ...JPY].join('\n')}\n`);
    const cut = file(whole.subarray(0, whole.length - 12), 'cut.csv.gz');
    const invoices = invoicesOf([resource('G000024135', '2075.89')]);
    const setup = { invoices, locale: undefined };
    const base = runEngine(tieOutJob(setup), {
      files: [cut],
      flag: '--file',
      workers: 1,
      memory: undefined,
      script: undefined,
      setup,
    });
    await expect(base).rejects.toThrow(
      /^--file: .*cut\.csv\.gz starts as gzip but does not inflate/,
    );
    const error = await base.catch((e: unknown) => e);
    await expect(
      tieOutDuckdb(duckdb, { files: [cut], setup, workers: 1, memory: undefined }, () => undefined),
    ).rejects.toThrow((error as Error).message);
  });

  it('ERR-2: on DuckDB an empty file and a file without InvoiceNumber are refused naming --file, as the default engine refuses them', async () => {
    const empty = file('');
    const other = file('SubscriptionId,Total\nS1,1.00\n');
    const setup = { invoices: [] as readonly Invoice[], locale: undefined };
    const run = (path: string) =>
      tieOutDuckdb(
        duckdb,
        { files: [path], setup, workers: 1, memory: undefined },
        () => undefined,
      );
    await expect(run(empty)).rejects.toThrow(
      `--file: ${empty} is empty, expected a header row and lines`,
    );
    await expect(run(other)).rejects.toThrow(`--file: ${other} has no InvoiceNumber column`);
  });

  it('INV-3: the columns the SQL reads are the ones the row reader reads, whatever the header’s case, spaces, byte-order mark and repeats', () => {
    expect(
      tieOutPlaces(['\uFEFFinvoicenumber', 'Total', ' currency ', 'Subtotal', 'TaxTotal']),
    ).toEqual({ invoiceNumber: 0, currency: 2, subtotal: 3, tax: 4, total: 1 });
    expect(tieOutPlaces(['total', 'Total', 'TOTAL', 'Currency', 'Currency'])).toEqual({
      invoiceNumber: undefined,
      currency: 3,
      subtotal: undefined,
      tax: undefined,
      total: 1,
    });
    expect(tieOutCells(['A', 'B', 'A'], (i) => ['1', null, '3'][i])).toEqual({ A: '1', B: '' });
    expect(readFileSync(csv(HEADER, []), 'utf8')).toBe(`${HEADER}\n`);
  });

  describe('properties', () => {
    /** A cell of an amount, in one of the dialect's spellings or none. */
    const amountArb = fc.oneof(
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((cents) => (cents / 100).toFixed(2)),
      fc.integer({ min: -1000, max: 1000 }).map((units) => (units / 1000).toFixed(3)),
      fc.constantFrom("'0E-20", '0', ' 1.10 ', "'12.500000000000000000", '1.5E+2', 'x', ''),
    );
    const rowArb = fc
      .record({
        number: fc.constantFrom('G1', 'G2', ' G3 ', 'G4', ''),
        currency: fc.constantFrom('USD', 'usd', 'JPY', 'EUR', 'X'),
        subtotal: amountArb,
        tax: amountArb,
        total: fc.option(amountArb, { nil: undefined }),
      })
      .map(({ number, currency, subtotal, tax, total }) => {
        // most rows add up, as Partner Center's do
        const sum =
          total ??
          (() => {
            const [a, b] = [Number(subtotal), Number(tax)];
            return Number.isFinite(a) && Number.isFinite(b) && subtotal.trim() !== ''
              ? String(Math.round((a + b) * 1000) / 1000)
              : '1';
          })();
        return `${number},usage,${subtotal},${tax},${sum},${currency}`;
      });

    it('both engines give the same tie-out, byte for byte, for any rows split into any files, on 1 or 2 threads and any budget', async () => {
      const invoices = invoicesOf([
        resource('G1', '10.00'),
        resource('G2', 12, 'JPY'),
        resource('G4', '-1.00', 'USD', { documentType: 'Credit Note', amendsOf: 'G1' }),
      ]);
      await fc.assert(
        fc.asyncProperty(
          fc.array(rowArb, { maxLength: 30 }),
          fc.nat(),
          fc.constantFrom(1, 2),
          fc.constantFrom(undefined, 512 * 1024 ** 2),
          async (rows, cut, workers, memory) => {
            const at = cut % (rows.length + 1);
            const files = [csv(HEADER, rows.slice(0, at)), csv(HEADER, rows.slice(at))];
            const { warnings } = await same(files, invoices, { workers, memory });
            expect(warnings).toEqual([]);
          },
        ),
        { numRuns: 12 },
      );
    });
  });
});

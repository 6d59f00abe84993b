import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { reconciliationRows } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import {
  loadDuckdb,
  progressBar,
  readDuckdbFile,
  reconcileFileJob,
  reconPlains,
  scanFiles,
  UsageError,
} from '../../../_private.ts';
import { tempFolder } from '../../../_tempFolder.ts';
import { SETUP } from '../_pieces.ts';

const dir = tempFolder('read-duckdb-file-');
let files = 0;

/** A cell as a CSV writer quotes it. */
function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as a file, CRLF, the header from the first row's keys. */
function written(rows: readonly Readonly<Record<string, string>>[]): string {
  const header = Object.keys(rows[0] ?? {});
  const path = join(dir, `${files++}.csv`);
  writeFileSync(
    path,
    [header, ...rows.map((row) => header.map((name) => row[name] ?? ''))]
      .map((cells) => cells.map(cell).join(','))
      .join('\r\n'),
  );
  return path;
}

/** A decimal's digits as text, whether kept as a number or, written, as digits ending in `n`. */
const digits = (value: unknown): unknown =>
  typeof value === 'number'
    ? String(value)
    : typeof value === 'string' && value.endsWith('n')
      ? value.slice(0, -1)
      : value;

type Plain = Parameters<typeof reconPlains.key>[0];
type Subscription = Extract<Plain, { s: unknown }>['s'];
type Group = Record<string, unknown> & {
  chargeType: string;
  lines: number;
  rows: number[];
  quantities: { units: unknown; scale: number }[] | null;
};

/**
 * What a file is handed to the replay as: every subscription in the job's plain form as JSON (the
 * engine's own crossing), by id, its digits as text; the rows' issues by row; and what the summary
 * says of the file.
 */
function held(
  plains: readonly Plain[],
  file: { lines: number; otherColumns: readonly string[]; window: unknown },
) {
  const json = plains.map((plain) => JSON.parse(JSON.stringify(plain)) as Plain);
  const subscriptions = json
    .flatMap((plain) => ('s' in plain ? [plain.s] : []))
    .map(({ seats, ...s }: Subscription) => ({
      ...s,
      // no seat seen is none, whichever way it is said
      ...(seats === undefined || Object.keys(seats).length === 0 ? {} : { seats }),
      groups: (s.groups as Group[]).map((group) => ({
        ...group,
        subtotalUnits: digits(group.subtotalUnits),
        quantityUnits: digits(group.quantityUnits),
        priceUnits: digits(group.priceUnits),
        quantities: group.quantities?.map((q) => ({ units: digits(q.units), scale: q.scale })),
      })),
    }))
    .sort((a, b) => String(a.id).localeCompare(String(b.id), 'en'));
  const issues = json
    .flatMap((plain) => ('i' in plain ? [plain.i] : []))
    .sort((a, b) => a[1].row - b[1].row || a[1].column.localeCompare(b[1].column, 'en'));
  return { subscriptions, issues, ...file };
}

/** The file as the default engine's reconcile job holds it: one share, every row observed. */
async function byDefault(path: string, withPrices: boolean) {
  const job = reconcileFileJob({ ...SETUP, withPrices });
  const state = job.create();
  const facts = job.facts?.create() as Parameters<typeof job.finish>[2];
  let read: ReturnType<typeof job.header> | undefined;
  const [lines = 0] = await scanFiles(
    [path],
    '--file',
    {
      header(_, names) {
        read = job.header(names, path);
      },
      record(_, record, place) {
        const row = read?.(record, place);
        if (row === undefined) return;
        job.facts?.see(facts, row, place);
        job.observe(state, row, place);
      },
    },
    false,
  );
  const plains = [...reconPlains.write(state, () => 0)].map(([, plain]) => plain);
  return held(plains, { lines, otherColumns: job.otherColumns(), window: job.window() });
}

/** The file as DuckDB hands it to the engine, each plain value at its key; `why` when it does not. */
async function byDuckdb(
  duckdb: Awaited<ReturnType<typeof loadDuckdb>>,
  path: string,
  withPrices: boolean,
) {
  const found = await readDuckdbFile(duckdb, path, quiet, withPrices);
  if (found.file === undefined) return { why: found.why };
  const plains: Plain[] = [];
  for await (const [key, plain] of found.file.groups) {
    expect(key).toBe(reconPlains.key(plain));
    plains.push(plain);
  }
  const { lines, otherColumns, window } = found.file;
  return held(plains, { lines, otherColumns, window });
}

const quiet = progressBar(undefined, 0);

/** What reading the file rejects with: its class and message, or `read` when it reads. */
async function refusal(read: () => Promise<unknown>): Promise<string> {
  try {
    await read();
    return 'read';
  } catch (error) {
    return `${error instanceof UsageError ? 'UsageError' : String(error)}: ${(error as Error).message}`;
  }
}

describe('readDuckdbFile', () => {
  it('REC-3: a gzip cut short (inside a line, at the end of a line, in its 8-byte trailer) is refused with the default reader’s error naming --file, never read as the lines before the cut', async () => {
    const duckdb = await loadDuckdb();
    const line = 'S1,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD\n';
    const text = `SubscriptionId,ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,EffectiveUnitPrice,Quantity,BillableQuantity,Subtotal,Currency\n${line.repeat(2000)}`;
    const whole = gzipSync(text);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 9, max: whole.length - 20 })),
        async (cut) => {
          const path = join(dir, `${files++}.csv.gz`);
          writeFileSync(path, whole.subarray(0, whole.length - cut));
          const expected = `UsageError: --file: ${path} starts as gzip but does not inflate (Z_BUF_ERROR)`;
          expect(await refusal(() => byDefault(path, false))).toBe(expected);
          expect(await refusal(() => readDuckdbFile(duckdb, path, quiet, false))).toBe(expected);
        },
      ),
      { numRuns: 10 },
    );
  }, 300_000);

  it('REC-2, REC-3: a file of every dialect quirk and broken cells reads as the default reader reads it, group for group, issue for issue, note for note — whichever rows the SQL hands to that reader', async () => {
    const duckdb = await loadDuckdb();
    await fc.assert(
      fc.asyncProperty(
        reconciliationRows({ maxBroken: 3 }),
        fc.boolean(),
        async ({ rows }, withPrices) => {
          const path = written(rows);
          expect(await byDuckdb(duckdb, path, withPrices)).toEqual(
            await byDefault(path, withPrices),
          );
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);
  it("REC-2, REC-3: a group of 105 lines (its first 10 rows, no quantities), groups of 3 lines interleaved with other subscriptions (each line's own quantity in the file's order), a unit price and seats on lines other than the first, seats before 1970: as the default reader reads them", async () => {
    const duckdb = await loadDuckdb();
    const line = (
      id: string,
      type: string,
      day: string,
      quantity: string,
      more: Readonly<Record<string, string>> = {},
    ) => ({
      SubscriptionId: id,
      CustomerName: `Customer of ${id}`,
      ChargeType: type,
      ChargeStartDate: day,
      ChargeEndDate: '2026-12-31',
      BillableQuantity: quantity,
      Subtotal: `${quantity}.25`,
      EffectiveUnitPrice: '12.50',
      Currency: 'usd',
      Quantity: '',
      UnitPrice: '',
      ...more,
    });
    const rows = [
      line('S2', 'new', '2026-12-01', '4'),
      ...Array.from({ length: 105 }, (_, i) => line('S1', 'cycleCharge', '2026-12-01', `${i + 1}`)),
      line('S1', 'addQuantity', '2026-12-05', '7', { Quantity: '12' }),
      line('S2', 'addQuantity', '2026-12-05', '2', { UnitPrice: '12.50', Quantity: '6' }),
      line('S1', 'ADDQUANTITY', '2026-12-05', '3'),
      line('S2', 'addquantity', '2026-12-05', '5', { UnitPrice: '13.00', Quantity: '11' }),
      line('S1', 'addQuantity', '2026-12-05', '1', { Quantity: '16.0' }),
      line('S1', 'removeQuantity', '2026-12-05', '2', { Quantity: '14' }),
      // seats on days before 1970: the order of a subscription's lines below zero
      line('S3', 'new', '1969-12-30', '2', { Quantity: '2' }),
      line('S3', 'addQuantity', '1969-12-31', '1', { Quantity: '3' }),
    ];
    const path = written(rows);
    for (const withPrices of [true, false]) {
      const read = await byDuckdb(duckdb, path, withPrices);
      expect(read).toEqual(await byDefault(path, withPrices));
      if (!('subscriptions' in read)) continue;
      // what the file is there to reach: a group past 100 lines and groups of lines in between
      const s1 = read.subscriptions.find(({ id }) => id === 'S1')?.groups ?? [];
      expect(s1.map((group) => [group.chargeType, group.lines, group.rows.length])).toEqual([
        ['cycleCharge', 105, 10],
        ['addQuantity', 3, 3],
        ['removeQuantity', 1, 1],
      ]);
      // `null` past 100 lines, which `held` maps to nothing
      expect(s1[0]?.quantities).toBeUndefined();
      expect(s1[1]?.quantities).toEqual([
        { units: '7', scale: 0 },
        { units: '3', scale: 0 },
        { units: '1', scale: 0 },
      ]);
    }
  }, 120_000);

  it('REC-3: DuckDB hands each subscription’s labels and unit price on as the default engine’s share writes them: a customer’s subscriptions of one invoice and product the same texts, another product its own', async () => {
    const duckdb = await loadDuckdb();
    const line = (id: string, product: string, price: string) => ({
      SubscriptionId: id,
      CustomerId: 'c1',
      CustomerName: 'Contoso',
      InvoiceNumber: 'G001',
      ProductName: product,
      SkuName: product,
      ChargeType: 'new',
      ChargeStartDate: '2026-12-01',
      ChargeEndDate: '2026-12-31',
      BillableQuantity: '1',
      Subtotal: price,
      Currency: 'USD',
      UnitPrice: price,
    });
    const path = written([
      line('S1', 'Microsoft 365 E3', '12.50'),
      line('S2', 'Microsoft 365 E3', '12.50'),
      line('S3', 'Microsoft 365 E5', '20.00'),
    ]);
    const read = await byDuckdb(duckdb, path, true);
    expect(read).toEqual(await byDefault(path, true));
    if (!('subscriptions' in read)) throw new Error(`not grouped: ${read.why}`);
    const [s1, s2, s3] = read.subscriptions;
    expect(s2?.labels).toEqual(s1?.labels);
    expect(s3?.labels).toEqual({
      customerId: 'c1',
      customerName: 'Contoso',
      invoiceNumber: 'G001',
      productName: 'Microsoft 365 E5',
      skuName: 'Microsoft 365 E5',
    });
    expect(s2?.unitPrice).toEqual(s1?.unitPrice);
    expect(s3?.unitPrice).toEqual({ UnitPrice: '20.00', Currency: 'USD' });
  }, 120_000);
});

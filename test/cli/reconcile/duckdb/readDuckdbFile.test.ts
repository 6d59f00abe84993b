import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { reconciliationRows } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import {
  fileText,
  loadDuckdb,
  progressBar,
  readDuckdbFile,
  readReconFile,
  UsageError,
} from '../../../_private.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-duckdb-file-'));
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

/** A decimal's digits as text, whether the reader kept them as a number or a `bigint`. */
const digits = (value: unknown): unknown =>
  typeof value === 'number' || typeof value === 'bigint' ? String(value) : value;

/** What a read file holds, every subscription's groups taken in the order they come. */
function held(read: Awaited<ReturnType<typeof readReconFile>>) {
  const ids = [...read.groups.subscriptionIds()];
  return {
    groups: ids.map(
      (id) =>
        [
          id,
          read.groups.take(id).map((group) => ({
            ...group,
            subtotalUnits: digits(group.subtotalUnits),
            quantityUnits: digits(group.quantityUnits),
            priceUnits: digits(group.priceUnits),
            quantities: group.quantities?.map((q) => ({ units: digits(q.units), scale: q.scale })),
          })),
        ] as const,
    ),
    issues: read.issues,
    otherColumns: read.otherColumns,
    lines: read.lines,
    window: read.window,
    // looked up by subscription, never listed: their order is the reading's, not the file's
    unitPrices: new Map(read.unitPrices.entries()),
    unread: read.unread,
    labels: new Map(read.labels.entries()),
    seats: [...new Set([...ids, ...[...read.labels.entries()].map(([id]) => id)])].map((id) =>
      read.seats.of(id),
    ),
    subscriptions: read.subscriptions,
    spilled: read.spill !== undefined,
  };
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
          expect(await refusal(() => readReconFile(fileText(path, '--file'), quiet, false))).toBe(
            expected,
          );
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
          const byDefault = await readReconFile(fileText(path, '--file'), quiet, withPrices);
          const byDuckdb = await readDuckdbFile(duckdb, path, quiet, withPrices);
          expect(byDuckdb.why).toBeUndefined();
          expect(byDuckdb.file).toBeDefined();
          if (byDuckdb.file !== undefined) expect(held(byDuckdb.file)).toEqual(held(byDefault));
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
      const byDefault = held(await readReconFile(fileText(path, '--file'), quiet, withPrices));
      const byDuckdb = await readDuckdbFile(duckdb, path, quiet, withPrices);
      expect(byDuckdb.why).toBeUndefined();
      expect(byDuckdb.file).toBeDefined();
      if (byDuckdb.file === undefined) continue;
      const read = held(byDuckdb.file);
      expect(read).toEqual(byDefault);
      // what the file is there to reach: a group past 100 lines and groups of lines in between
      const s1 = read.groups.find(([id]) => id === 'S1')?.[1] ?? [];
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

  it("REC-3: DuckDB's reader holds the labels and the unit price of a customer's subscriptions of one invoice and product once, as the default reader does, so the memory budget counts what it holds", async () => {
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
    const byDefault = await readReconFile(fileText(path, '--file'), quiet, true);
    const byDuckdb = (await readDuckdbFile(duckdb, path, quiet, true)).file;
    expect(byDuckdb).toBeDefined();
    for (const read of [byDefault, byDuckdb]) {
      if (read === undefined) continue;
      expect(read.labels.get('S2')).toBe(read.labels.get('S1'));
      expect(read.labels.get('S3')).not.toBe(read.labels.get('S1'));
      expect(read.labels.get('S3')).toEqual({
        customerId: 'c1',
        customerName: 'Contoso',
        invoiceNumber: 'G001',
        productName: 'Microsoft 365 E5',
        skuName: 'Microsoft 365 E5',
      });
      expect(read.unitPrices.get('S2')).toBe(read.unitPrices.get('S1'));
      expect(read.unitPrices.get('S3')).toEqual({ UnitPrice: '20.00', Currency: 'USD' });
    }
  }, 120_000);
});

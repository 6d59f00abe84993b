import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { reconciliationRows } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import {
  fileText,
  loadDuckdb,
  progressBar,
  readDuckdbFile,
  readReconFile,
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
    groups: ids.map((id) => [
      id,
      read.groups.take(id).map((group) => ({
        ...group,
        subtotalUnits: digits(group.subtotalUnits),
        quantityUnits: digits(group.quantityUnits),
        priceUnits: digits(group.priceUnits),
        quantities: group.quantities?.map((q) => ({ units: digits(q.units), scale: q.scale })),
      })),
    ]),
    issues: read.issues,
    otherColumns: read.otherColumns,
    lines: read.lines,
    window: read.window,
    // looked up by subscription, never listed: their order is the reading's, not the file's
    unitPrices: read.unitPrices,
    unread: read.unread,
    labels: read.labels,
    seats: [...new Set([...ids, ...read.labels.keys()])].map((id) => read.seats.of(id)),
    subscriptions: read.subscriptions,
    spilled: read.spill !== undefined,
  };
}

const quiet = progressBar(undefined, 0);

describe('readDuckdbFile', () => {
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
});

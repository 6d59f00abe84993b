import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import {
  createUsageReconciler,
  readUsageLine,
  type UsageLine,
  usageLineAmount,
} from 'subscription-rules/usage';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the bench's generator is plain JavaScript
import { USAGE_FILE_COLUMNS, writeUsageFile } from '../../bench/usageFile.mjs';
import { tempFolder } from '../_tempFolder.ts';

// The usage file `npm run bench:usage` times (bench/usageFile.mjs), small: every line it writes,
// in each of its three forms, is one the library reads, so the bench never times a file the
// library refuses.

const dir = tempFolder('bench-usage-file-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const LINES = 3_000;
/**
 * Few subscriptions, and a seed whose Azure subscriptions include one that loses admin access for
 * some days and a customer on an Azure credit (one in 25, one in 50: a seed of a small file may
 * draw neither).
 */
const options = { lines: LINES, linesPerBlob: 1_000, subscriptions: 40, seed: 2 };
const written = await writeUsageFile(join(dir, 'a'), options);
const again = await writeUsageFile(join(dir, 'b'), options);

/** The CSV's rows, keyed by the header, as the bench's parser gives them. */
function csvRows(bytes: Buffer): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function readAll(rows: readonly unknown[]): UsageLine[] {
  return rows.map((row, i) => {
    const read = readUsageLine(row, i + 1);
    if (!read.ok) throw new Error(`row ${i + 1}: ${JSON.stringify(read.issues)}`);
    expect(read.otherColumns).toEqual([]);
    return read.line;
  });
}

const csv = readAll(csvRows(readFileSync(written.csv)));

describe('the bench’s usage file (bench/usageFile.mjs)', () => {
  it('USG-1: its CSV has the 55 columns of a real export, a byte-order mark and CRLF, and every line reads without an issue', () => {
    const text = readFileSync(written.csv, 'utf8');
    expect(USAGE_FILE_COLUMNS).toHaveLength(55);
    expect(text.startsWith(`\uFEFF${USAGE_FILE_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv).toHaveLength(LINES);
    expect(new Set(csv.map((line) => line.billingCurrency))).toEqual(
      new Set(['USD', 'EUR', 'GBP', 'AUD', 'JPY']),
    );
  });

  it('USG-1: the gzip CSV and the Graph blobs (JSON lines, manifest blobCount) read as the same lines as the CSV', () => {
    expect(readAll(csvRows(gunzipSync(readFileSync(written.gzip))))).toEqual(csv);
    const manifest = JSON.parse(readFileSync(join(written.blobs, 'manifest.json'), 'utf8'));
    const blobs = readdirSync(written.blobs).filter((name) => name.endsWith('.json.gz'));
    expect(manifest.blobCount).toBe(3);
    expect(manifest.blobs.map((blob: { name: string }) => blob.name)).toEqual(blobs.sort());
    const lines = blobs.flatMap((name) =>
      gunzipSync(readFileSync(join(written.blobs, name)))
        .toString('utf8')
        .split('\n')
        .filter((line) => line !== ''),
    );
    expect(readAll(lines)).toEqual(csv);
  });

  it('USG-2: every BillingPreTaxTotal is the library’s amount of its line (one truncation, computed apart)', () => {
    const off = csv.filter(
      (line) => usageLineAmount(line).amount !== line.billingPreTaxTotal.amount,
    );
    expect(off).toEqual([]);
    expect(csv.some((line) => /\.\d{15}$/.test(line.quantity))).toBe(true);
  });

  it('USG-3, USG-5: the days without PEC, the excluded meters and the credits it plants are there for the rules to find', () => {
    const reconciler = createUsageReconciler();
    for (const line of csv) reconciler.observe(line);
    const { summary, pec } = reconciler.finish();
    expect(written.planted.pecNotEarned).toBeGreaterThan(0);
    expect(summary.pecDaysLost).toBeGreaterThan(0);
    expect(pec.onExcludedMeter).toEqual([]);
    expect(written.planted.credit).toBeGreaterThan(0);
    expect(summary.creditUsed.length).toBeGreaterThan(0);
    expect(summary.issues).toBe(0);
  });

  it('USG-1: the same seed writes the same bytes', () => {
    // Buffer#equals: a deep comparison of megabytes byte by byte is slow to report
    expect(readFileSync(again.csv).equals(readFileSync(written.csv))).toBe(true);
    expect(again.planted).toEqual(written.planted);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type CliRun, runCli, scratch } from './_cli.ts';

const { dir, file, folder: newFolder } = scratch('cli-usage-duckdb-', 'dru.csv');

/** The built `usage` run as a child process, its temporary files in this test's folder. */
const run = (args: readonly string[]): CliRun =>
  runCli(['usage', ...args], { env: { TMPDIR: dir } });

/** Each test runs DuckDB and the default engine many times over, each in a process of its own. */
const SLOW = 600_000;

const HEADER =
  'CustomerId,CustomerName,InvoiceNumber,ProductId,SkuId,AvailabilityId,PublisherName,SubscriptionId,ChargeStartDate,ChargeEndDate,UsageDate,MeterId,MeterName,UnitPrice,Quantity,EffectiveUnitPrice,PCToBCExchangeRate,BillingPreTaxTotal,BillingCurrency,PricingCurrency,EntitlementId,PartnerEarnedCreditPercentage';
/** One day of an Azure plan's VM meter (USG-3's worked numbers): PEC 15 (4.08) or none (4.80). */
const day = (plan: number, d: number, pec: boolean): string =>
  `c-${plan},Customer ${plan},G000000001,DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,Microsoft,plan-${plan},2026-11-01,2026-11-30,2026-11-${String(d).padStart(2, '0')},vm-d2s,D2s v5,0.20,24,${pec ? '0.17' : '0.20'},1,${pec ? '4.08' : '4.80'},USD,USD,azure-${plan},${pec ? '15' : '0'}`;
/** Four plans' November, each losing PEC on a day of its own; two bandwidth lines of one day alike. */
const ROWS = [
  ...[1, 2, 3, 4].flatMap((p) =>
    Array.from({ length: 30 }, (_, i) => day(p, i + 1, i + 1 !== 10 + p)),
  ),
  ...['9.4', '9.4', '3'].map(
    (q) =>
      `c-1,Customer 1,G000000001,DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,Microsoft,plan-1,2026-11-01,2026-11-30,2026-11-02,bw,Bandwidth,0.10,${q},0.085,1,${q === '3' ? '0.25' : '0.79'},USD,USD,azure-1,15`,
  ),
];

/** The rows as the export's JSON lines: camelCase keys, numbers bare. */
function jsonLines(rows: readonly string[]): string {
  const names = HEADER.split(',');
  return rows
    .map((row) => {
      const cells = row.split(',');
      return `{${names
        .map((name, i) => {
          const value = cells[i] ?? '';
          const key = JSON.stringify(name[0]?.toLowerCase() + name.slice(1));
          return /^[0-9.]+$/.test(value) && name !== 'SkuId'
            ? `${key}:${value}`
            : `${key}:${JSON.stringify(value)}`;
        })
        .join(',')}}`;
    })
    .join('\n');
}

/** A folder of two gzip blobs and the export's manifest counting `blobCount`. */
function blobs(blobCount: number): string {
  const folder = newFolder('export');
  writeFileSync(join(folder, 'a.json.gz'), gzipSync(`${jsonLines(ROWS.slice(0, 70))}\n`));
  writeFileSync(join(folder, 'b.json.gz'), gzipSync(`${jsonLines(ROWS.slice(70))}\n`));
  writeFileSync(
    join(folder, 'manifest.json'),
    JSON.stringify({ blobCount, blobs: ['a.json.gz', 'b.json.gz'] }),
  );
  return folder;
}

describe('subscription-rules usage --engine duckdb, built', () => {
  // each run starts DuckDB in a process of its own: minutes on a busy machine
  it(
    'USG-7: usage --engine duckdb gives the default engine’s bytes (text, --json, --csv) on CSV, gzip and a folder of blobs, --workers 1/2, --memory',
    () => {
      const text = `${[HEADER, ...ROWS].join('\r\n')}\r\n`;
      const inputs = [file(text), file(gzipSync(text), 'dru.csv.gz'), blobs(2)];
      for (const input of inputs)
        for (const format of [[], ['--json'], ['--csv']]) {
          const mine = run(['--file', input, ...format]);
          expect(mine.code).toBe(1);
          for (const way of [
            ['--workers', '1'],
            ['--workers', '2'],
            ['--memory', '512M', '--workers', '2'],
          ]) {
            const duckdb = run(['--file', input, ...format, '--engine', 'duckdb', ...way]);
            expect([input, format, way, duckdb]).toEqual([input, format, way, mine]);
          }
        }
      const { summary } = JSON.parse(
        run(['--file', inputs[2] as string, '--json', '--engine', 'duckdb']).out,
      );
      expect([
        summary.lines,
        summary.entitlements,
        summary.pecMeterDaysLost,
        summary.pecDaysLost,
      ]).toEqual([123, 4, 4, 4]);
    },
    SLOW,
  );

  it(
    'USG-7: a manifest whose blobCount is not its blobs’ exits 2 with both engines; a gzip cut short is the default engine’s error with both',
    () => {
      const folder = blobs(3);
      const mine = run(['--file', folder]);
      expect(mine.code).toBe(2);
      expect(run(['--file', folder, '--engine', 'duckdb'])).toEqual(mine);
      const whole = gzipSync(`${[HEADER, ...ROWS].join('\n')}\n`);
      const cut = file(whole.subarray(0, whole.length - 9), 'cut.csv.gz');
      const short = run(['--file', cut]);
      expect(short.code).toBe(2);
      expect(run(['--file', cut, '--engine', 'duckdb'])).toEqual(short);
    },
    SLOW,
  );
});

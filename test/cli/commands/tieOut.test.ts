import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { g24135Rows, resource } from '../../invoices/_worked.ts';
import { usageRow } from '../../usage/_rows.ts';
import { runStreaming } from '../_run.ts';
import { blobOf, csvOf, jsonLineOf, usageFile, usageFolder } from './_usageFiles.ts';

/** The usage line's key on both files. */
const KEY = {
  InvoiceNumber: 'G000024135',
  SubscriptionId: 'plan-1',
  ProductId: 'DZH318Z0BQ3Q',
  SkuId: '0001',
  AvailabilityId: 'DZH318Z0BQ3Q0001',
};
/** G000024135's lines (Σ Total 2075.89), its usage line 700.12 = r(0.10 × 7001.2) with its key. */
const recon = csvOf(
  g24135Rows.map((r) =>
    r.ChargeType === 'usage'
      ? {
          ...r,
          ...KEY,
          MeterDescription: 'Bandwidth',
          EffectiveUnitPrice: '0.10',
          BillableQuantity: '7001.2',
        }
      : {
          ...r,
          SubscriptionId: '',
          ProductId: '',
          SkuId: '',
          AvailabilityId: '',
          MeterDescription: '',
          EffectiveUnitPrice: '',
          BillableQuantity: '',
        },
  ),
);
/** A day of the usage line at 0.10 USD, without PEC's column (not checked). */
const day = (date: string, quantity: string, billed: string) =>
  usageRow({
    ...KEY,
    UsageDate: date,
    Quantity: quantity,
    UnitPrice: '0.10',
    EffectiveUnitPrice: '0.10',
    BillingPreTaxTotal: billed,
    PartnerEarnedCreditPercentage: '',
  });
/** Three days: 233.37 each, Σ 700.11 against the usage line's 700.12 (band −0.01 … +0.02). */
const days = [
  day('2026-10-01', '2333.73', '233.37'),
  day('2026-10-02', '2333.73', '233.37'),
  day('2026-10-03', '2333.74', '233.37'),
];
/** The third day short: Σ 700.08, d = +0.04, past the band. */
const short = [days[0], days[1], day('2026-10-03', '2333.74', '233.34')] as Record<
  string,
  string
>[];

/** The worked invoice's resource (2075.89) and its reconciliation file, written once. */
const invoices = usageFile(JSON.stringify([resource('G000024135', 2075.89)]), 'invoices.json');
const reconFile = usageFile(recon, 'recon.csv');

/** `tie-out` of the worked invoice with the usage given. */
const tieOut = (usage: string, ...more: string[]) =>
  runStreaming(['tie-out', '--invoices', invoices, '--file', reconFile, '--usage', usage, ...more]);

describe('subscription-rules tie-out --usage (INV-3)', () => {
  it('INV-3: G000024135 with days summing 700.11 against its usage line 700.12: tied, exit 0, the usage matched with rounding +0.01 in its row', async () => {
    const run = await tieOut(usageFile(csvOf(days)));
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const row = run.out.slice(run.out.indexOf('  G000024135'));
    expect(row).toMatch(/tied\s+1 matched, rounding 0\.01 USD/);
    expect(run.out).toContain('Every invoice ties out to its lines');
  });

  it('INV-3: --json carries each result’s usage block and the whole usage check; --csv its columns', async () => {
    const json = await tieOut(usageFile(csvOf(days)), '--json');
    expect(json.code).toBe(0);
    const read = JSON.parse(json.out);
    expect(read.results[0].outcome).toBe('tied');
    expect(read.results[0].residual).toEqual({ amount: 0, currency: 'USD' });
    expect(read.results[0].usage).toMatchObject({
      matched: 1,
      rounding: { amount: 1, currency: 'USD' },
      different: 0,
      missing: 0,
      unexpected: 0,
    });
    expect(read.usage.matched).toHaveLength(1);
    const csv = await tieOut(usageFile(csvOf(days)), '--csv');
    const [header, line] = csv.out.split('\n');
    expect(header).toMatch(
      /,UsageMatched,UsageRounding,UsageDifferent,UsageMissing,UsageUnexpected$/,
    );
    expect(line).toMatch(/,1,0\.01,0,0,0$/);
  });

  it('INV-3, USG-4: days billed on an invoice this reconciliation file does not hold are counted under it in the text, never missing: G000024135 still tied and matched, exit 0', async () => {
    const other = days.map((d) => ({ ...d, InvoiceNumber: 'G071000101' }));
    const run = await tieOut(usageFile(csvOf([...days, ...other])));
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/tied\s+1 matched, rounding 0\.01 USD/);
    expect(run.out).toContain(
      '  3 lines of 1 key are billed on G071000101, whose file was not given',
    );
    const ko = await tieOut(usageFile(csvOf([...days, ...other])), '--locale', 'ko');
    expect(ko.out).toContain('G071000101');
    expect(ko.out).not.toContain('whose file was not given');
  });

  it('INV-3: days past the band (Σ 700.08): the invoice still tied, its usage different, exit 1', async () => {
    const run = await tieOut(usageFile(csvOf(short)));
    expect(run.code).toBe(1);
    const row = run.out.slice(run.out.indexOf('  G000024135'));
    expect(row).toMatch(/tied\s+1 different/);
    expect(run.out).toContain('USG-4');
    const json = await tieOut(usageFile(csvOf(short)), '--json');
    const read = JSON.parse(json.out);
    expect([read.results[0].outcome, read.summary.tied]).toEqual(['tied', true]);
    expect(read.results[0].usage).toMatchObject({ matched: 0, different: 1 });
  });

  it('INV-3: a folder of the export’s blobs with its manifest reads as the one file does', async () => {
    const folder = usageFolder();
    const names = ['part-000.json.gz', 'part-001.json.gz'];
    writeFileSync(join(folder, names[0] as string), blobOf(days.slice(0, 2).map(jsonLineOf)));
    writeFileSync(join(folder, names[1] as string), blobOf(days.slice(2).map(jsonLineOf)));
    writeFileSync(
      join(folder, 'manifest.json'),
      JSON.stringify({ blobCount: 2, blobs: names.map((name) => ({ name })) }),
    );
    const run = await tieOut(folder, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).results[0].usage).toMatchObject({ matched: 1, different: 0 });
    const missing = await tieOut(usageFolder());
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--usage: the folder .* holds no \.json\.gz/);
  });

  it('INV-3: --usage of a file that is not there is exit 2 naming --usage', async () => {
    const run = await tieOut(join(usageFolder(), 'no-such.csv'));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--usage: cannot read .*no-such\.csv/);
    expect(run.out).toBe('');
  });

  it('INV-3: --usage gives the same bytes for --workers 1, 2 and 4 and with --memory spilling or not', async () => {
    const usage = usageFile(
      csvOf([...short, ...days.map((d) => ({ ...d, SubscriptionId: 'plan-2' }))]),
    );
    const outputs = [];
    for (const more of [
      ['--workers', '1'],
      ['--workers', '2'],
      ['--workers', '4'],
      ['--memory', '1K'],
      ['--memory', '2G'],
    ]) {
      for (const format of [[], ['--json'], ['--csv']]) {
        const run = await tieOut(usage, ...more, ...format);
        expect(run.code).toBe(1);
        outputs.push(`${format.join('')}\n${run.code}\n${run.out}`);
      }
    }
    expect(new Set(outputs).size).toBe(3);
  });

  /** A day of any quantity and billed amount in October, as the export's JSON line. */
  const anyDay = fc
    .record({ day: fc.integer({ min: 1, max: 31 }), cents: fc.integer({ min: 0, max: 40_000 }) })
    .map(({ day: d, cents }) =>
      jsonLineOf(
        day(`2026-10-${String(d).padStart(2, '0')}`, String(cents / 10), (cents / 100).toFixed(2)),
      ),
    );

  test.prop(
    [fc.array(anyDay, { minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { maxLength: 3 })],
    {
      numRuns: 10,
    },
  )(
    'INV-3: for any days split among the blobs of a folder, --usage leaves each residual and outcome as without it, and the split reads as one blob does',
    async (lines, cuts) => {
      const at = [...new Set(cuts.map((c) => c % (lines.length + 1)))].sort((a, b) => a - b);
      const bounds = [0, ...at, lines.length];
      const folder = (parts: readonly (readonly string[])[]) => {
        const path = usageFolder();
        const names = parts.map((_, i) => `part-${String(i).padStart(3, '0')}.json.gz`);
        parts.forEach((part, i) => {
          writeFileSync(join(path, names[i] as string), blobOf(part));
        });
        writeFileSync(
          join(path, 'manifest.json'),
          JSON.stringify({ blobCount: names.length, blobs: names }),
        );
        return path;
      };
      const split = folder(bounds.slice(1).map((end, i) => lines.slice(bounds[i], end)));
      const whole = folder([lines]);
      const without = JSON.parse(
        (await runStreaming(['tie-out', '--invoices', invoices, '--file', reconFile, '--json']))
          .out,
      );
      const one = await tieOut(whole, '--json');
      const parts = await tieOut(split, '--json', '--workers', '2', '--memory', '1K');
      expect(parts.out).toBe(one.out);
      expect(parts.code).toBe(one.code);
      const read = JSON.parse(one.out);
      expect(read.results.map(({ usage: _, ...rest }: { usage: unknown }) => rest)).toEqual(
        without.results,
      );
      expect(read.summary).toEqual(without.summary);
    },
  );

  it('INV-3: --usage with --engine duckdb gives the default engine’s bytes (text, --json, --csv) for a CSV and a folder of blobs, on 1 or 2 threads and a budget', async () => {
    const folder = usageFolder();
    const names = ['part-000.json.gz', 'part-001.json.gz'];
    writeFileSync(join(folder, names[0] as string), blobOf(short.slice(0, 2).map(jsonLineOf)));
    writeFileSync(join(folder, names[1] as string), blobOf(days.map(jsonLineOf)));
    writeFileSync(
      join(folder, 'manifest.json'),
      JSON.stringify({ blobCount: 2, blobs: names.map((name) => ({ name })) }),
    );
    for (const usage of [usageFile(csvOf(days)), usageFile(csvOf(short)), folder])
      for (const more of [
        ['--workers', '1'],
        ['--workers', '2', '--memory', '1K'],
      ])
        for (const format of [[], ['--json'], ['--csv']]) {
          const base = await tieOut(usage, ...more, ...format);
          const duck = await tieOut(usage, ...more, ...format, '--engine', 'duckdb');
          expect([duck.code, duck.out, duck.err]).toEqual([base.code, base.out, base.err]);
        }
    const matched = await tieOut(usageFile(csvOf(days)), '--engine', 'duckdb', '--json');
    expect(JSON.parse(matched.out).results[0].usage).toMatchObject({ matched: 1, different: 0 });
  });

  it('INV-3: a gzip --usage cut short is refused naming --usage by both engines', async () => {
    const whole = gzipSync(csvOf(days));
    const cut = usageFile(whole.subarray(0, whole.length - 6), 'usage.csv.gz');
    const base = await tieOut(cut);
    const duck = await tieOut(cut, '--engine', 'duckdb');
    expect(base.code).toBe(2);
    expect(base.err).toMatch(/^error: --usage: /);
    expect([duck.code, duck.err]).toEqual([base.code, base.err]);
  });
});

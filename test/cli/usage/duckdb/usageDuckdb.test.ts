import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { usageRow } from '../../../usage/_rows.ts';
import { runStreaming } from '../../_run.ts';
import { scratch } from '../../_scratch.ts';

const { file, folder: newFolder } = scratch('usage-duckdb-', 'dru.csv');

/** A cell as a CSV writer quotes it. */
const cell = (text: string): string =>
  /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

/** Rows as a CSV file's text, the header from the first row's keys. */
function csv(rows: readonly Readonly<Record<string, string>>[]): string {
  const header = Object.keys(rows[0] ?? {});
  return `${[header, ...rows.map((row) => header.map((name) => row[name] ?? ''))]
    .map((cells) => cells.map(cell).join(','))
    .join('\r\n')}\r\n`;
}

/** Rows as the export's JSON lines, camelCase keys, numbers written bare as JSON numbers. */
function jsonLines(rows: readonly Readonly<Record<string, string>>[]): string {
  return rows
    .map(
      (row) =>
        `{${Object.entries(row)
          .map(([name, value]) => {
            const key = JSON.stringify(name[0]?.toLowerCase() + name.slice(1));
            return /^-?[0-9]+(\.[0-9]+)?$/.test(value) && name !== 'SkuId'
              ? `${key}:${value}`
              : `${key}:${JSON.stringify(value)}`;
          })
          .join(',')}}`,
    )
    .join('\n');
}

/** A folder of gzip blobs of JSON lines, with the export's manifest counting `blobCount`. */
function folder(rows: readonly Readonly<Record<string, string>>[], blobCount = 2): string {
  const path = newFolder('export');
  const half = Math.ceil(rows.length / 2);
  writeFileSync(join(path, 'part-000.json.gz'), gzipSync(`${jsonLines(rows.slice(0, half))}\n`));
  writeFileSync(join(path, 'part-001.json.gz'), gzipSync(`${jsonLines(rows.slice(half))}\n`));
  writeFileSync(
    join(path, 'manifest.json'),
    JSON.stringify({
      blobCount,
      blobs: [{ name: 'part-001.json.gz' }, { name: 'part-000.json.gz' }],
    }),
  );
  return path;
}

/** November of USG-3's worked VM meter: PEC on 1–29, none on the 30th (0.72 USD lost). */
const NOVEMBER = Array.from({ length: 30 }, (_, i) => {
  const day = `2026-11-${String(i + 1).padStart(2, '0')}`;
  return i < 29
    ? usageRow({ UsageDate: day })
    : usageRow({
        UsageDate: day,
        EffectiveUnitPrice: '0.20',
        BillingPreTaxTotal: '4.80',
        PartnerEarnedCreditPercentage: '0',
      });
});

/** USG-4's worked case (1): three lines of 9.4 at 0.085 (0.79 each), two of them on one day and meter. */
const THREE = ['2026-11-01', '2026-11-02', '2026-11-02'].map((day) =>
  usageRow({
    UsageDate: day,
    MeterId: 'bw',
    MeterName: 'Bandwidth',
    UnitPrice: '0.10',
    Quantity: '9.4',
    EffectiveUnitPrice: '0.085',
    BillingPreTaxTotal: '0.79',
  }),
);
const invoice = (subtotal: string): string =>
  `CustomerId,InvoiceNumber,SubscriptionId,ProductId,SkuId,AvailabilityId,ChargeType,MeterDescription,ChargeStartDate,ChargeEndDate,EffectiveUnitPrice,BillableQuantity,Subtotal,Currency\r\nc-1,G000000001,plan-1,DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,new,Bandwidth,2026-11-01,2026-11-30,0.085,28.2,${subtotal},USD\r\n`;

/** Both engines on the same arguments: each one's exit code and output. */
async function both(args: readonly string[]) {
  const mine = await runStreaming(['usage', ...args]);
  const duckdb = await runStreaming(['usage', ...args, '--engine', 'duckdb']);
  return { mine, duckdb };
}

describe('usage --engine duckdb', () => {
  it('USG-7: usage --engine duckdb gives the default engine’s bytes (text, --json, --csv) on CSV, gzip and a folder of blobs, --workers 1/2, --memory', async () => {
    const inputs = [
      file(csv(NOVEMBER)),
      file(gzipSync(csv(NOVEMBER)), 'dru.csv.gz'),
      folder(NOVEMBER),
    ];
    for (const input of inputs)
      for (const format of [[], ['--json'], ['--csv']])
        for (const way of [
          ['--workers', '1'],
          ['--workers', '2'],
          ['--memory', '512M'],
        ]) {
          const { mine, duckdb } = await both(['--file', input, ...format, ...way]);
          expect(mine.code).toBe(1);
          expect([input, format, way, duckdb]).toEqual([input, format, way, mine]);
        }
    const { mine } = await both(['--file', inputs[0] as string]);
    expect(mine.out).toContain(
      'USG-3 PEC not earned · azure-1 · vm-d2s · days 2026-11-30 · 0.72 USD',
    );
  }, 120_000);

  it('USG-4: the worked band through both engines: 2.39 against three lines of 0.79 is rounding +0.02 (exit 0); 2.35 is different from S = 2.39 (exit 1)', async () => {
    for (const input of [file(csv(THREE)), folder(THREE)])
      for (const [subtotal, code] of [
        ['2.39', 0],
        ['2.35', 1],
      ] as const) {
        const { mine, duckdb } = await both([
          '--file',
          input,
          '--invoice-file',
          file(invoice(subtotal), 'recon.csv'),
          '--json',
        ]);
        expect(mine.code).toBe(code);
        expect(duckdb).toEqual(mine);
      }
  });

  it('USG-4: usage and its corrections through both engines — 28.2 (2.39), then on one day 3.4 (0.28) and three alike of −3.4 (−0.28 each; the SQL groups lines of one sign): S = r(0.085 × 21.4) = 1.81, Σ 1.83, matched in the band [−1, 1] + [−2, 1] (exit 0)', async () => {
    const line = (day: string, quantity: string, billed: string) =>
      usageRow({
        UsageDate: day,
        MeterId: 'bw',
        MeterName: 'Bandwidth',
        UnitPrice: '0.10',
        Quantity: quantity,
        EffectiveUnitPrice: '0.085',
        BillingPreTaxTotal: billed,
      });
    const rows = [
      line('2026-11-01', '28.2', '2.39'),
      line('2026-11-02', '3.4', '0.28'),
      ...[1, 2, 3].map(() => line('2026-11-02', '-3.4', '-0.28')),
    ];
    for (const input of [file(csv(rows)), folder(rows)]) {
      const { mine, duckdb } = await both([
        '--file',
        input,
        '--invoice-file',
        file(invoice('1.81'), 'recon.csv'),
        '--json',
      ]);
      expect(mine.code).toBe(0);
      expect(JSON.parse(mine.out).matched.map((m: { band: unknown }) => m.band)).toEqual([
        { low: { amount: -3, currency: 'USD' }, high: { amount: 2, currency: 'USD' } },
      ]);
      expect(duckdb).toEqual(mine);
    }
  });

  it('USG-2: a JSON number of 17 significant digits is read as written: 100 × 0.29999999999999999 = 29.999999999999999 → 29.99 USD, no difference (a double would say 30.00)', async () => {
    const rows = [
      usageRow({
        UsageDate: '2026-11-01',
        UnitPrice: '',
        PartnerEarnedCreditPercentage: '15',
        Quantity: '0.29999999999999999',
        EffectiveUnitPrice: '100',
        BillingPreTaxTotal: '29.99',
      }),
      usageRow({ UsageDate: '2026-11-02' }),
    ];
    const { mine, duckdb } = await both(['--file', folder(rows), '--json']);
    expect(duckdb).toEqual(mine);
    expect(JSON.parse(duckdb.out).summary.lines).toBe(2);
    expect(duckdb.out).not.toContain('29.999999999999999');
    expect(mine.code).toBe(0);
  });

  it('USG-2: a line billed a cent more than its arithmetic (1.82 for 1.81424 EUR) is the same difference through both engines', async () => {
    const euro = (billed: string) =>
      usageRow({
        UnitPrice: '0.10',
        Quantity: '23.2',
        EffectiveUnitPrice: '0.085',
        PCToBCExchangeRate: '0.92',
        BillingCurrency: 'EUR',
        BillingPreTaxTotal: billed,
      });
    for (const billed of ['1.81', '1.82']) {
      const { mine, duckdb } = await both(['--file', file(csv([euro(billed), euro('1.81')]))]);
      expect(duckdb).toEqual(mine);
      expect(mine.code).toBe(billed === '1.81' ? 0 : 1);
    }
  });

  it('USG-7: a manifest whose blobCount is not its blobs’ exits 2 with both engines, naming both counts', async () => {
    const { mine, duckdb } = await both(['--file', folder(NOVEMBER, 3)]);
    expect(mine.code).toBe(2);
    expect(mine.err).toContain('blobCount 3');
    expect(duckdb).toEqual(mine);
  });

  it('USG-7: a gzip cut short is the default engine’s error with both engines (exit 2)', async () => {
    const whole = gzipSync(csv(NOVEMBER));
    const { mine, duckdb } = await both([
      '--file',
      file(whole.subarray(0, whole.length - 12), 'cut.csv.gz'),
    ]);
    expect(mine.code).toBe(2);
    expect(duckdb).toEqual(mine);
  });

  it('USG-7: rows the SQL does not read exactly (an apostrophe, an exponent, a bad date, a missing column) go through the default reader: the same issues and findings', async () => {
    const rows = [
      usageRow({ UsageDate: '2026-11-01', Quantity: "'24" }),
      usageRow({ UsageDate: '2026-11-02', Quantity: '2.4E1' }),
      usageRow({ UsageDate: 'yesterday' }),
      usageRow({ UsageDate: '2026-11-03', BillingPreTaxTotal: '4.081' }),
      usageRow({ UsageDate: '2026-11-04', BillingCurrency: 'usd' }),
      usageRow({ UsageDate: '2026-11-05' }),
    ];
    for (const input of [file(csv(rows)), folder(rows)]) {
      const { mine, duckdb } = await both(['--file', input, '--json']);
      expect(duckdb).toEqual(mine);
    }
  });

  it('USG-7: blank lines between a blob’s JSON lines are no records: the rows after them are numbered as the default engine numbers them; a blob DuckDB cannot read goes to the default engine with a warning', async () => {
    const path = newFolder('blank');
    const lines = jsonLines([
      usageRow({ UsageDate: '2026-11-01' }),
      usageRow({ UsageDate: 'yesterday' }),
      usageRow({ UsageDate: '2026-11-03', BillingPreTaxTotal: '4.09' }),
    ]).split('\n');
    writeFileSync(
      join(path, 'a.json.gz'),
      gzipSync(`\n${lines[0]}\n\n  \n${lines[1]}\n\n${lines[2]}\n\n`),
    );
    const { mine, duckdb } = await both(['--file', path, '--json']);
    expect(mine.code).toBe(1);
    expect(duckdb).toEqual(mine);
    // line breaks of both kinds in one blob: DuckDB's reader refuses it, the default engine reads it
    writeFileSync(join(path, 'a.json.gz'), gzipSync(`${lines[0]}\r\n${lines[1]}\n${lines[2]}\n`));
    const mixed = await both(['--file', path, '--json']);
    expect(mixed.duckdb.err).toBe(
      `warning: --engine duckdb: DuckDB cannot read ${join(path, 'a.json.gz')} (Invalid Input Error: The CSV Parser state machine reached an invalid state.); the default engine reads the file\n${mixed.mine.err}`,
    );
    expect([mixed.duckdb.code, mixed.duckdb.out]).toEqual([mixed.mine.code, mixed.mine.out]);
  });

  describe('properties', () => {
    const row = fc
      .record({
        plan: fc.constantFrom('plan-1', 'plan-2'),
        entitlement: fc.constantFrom('azure-1', 'azure-2'),
        day: fc.integer({ min: 1, max: 3 }),
        meter: fc.constantFrom('vm-d2s', 'bw'),
        quantity: fc.stringMatching(/^[0-9]{1,3}(\.[0-9]{1,4})?$/),
        pec: fc.constantFrom('15', '0'),
        billedOff: fc.constantFrom(0, 0, 0, 1),
        negative: fc.constantFrom(false, false, true),
        misprinted: fc.constantFrom(false, false, false, true),
      })
      .map(({ plan, entitlement, day, meter, quantity, pec, billedOff, negative, misprinted }) => {
        const price = misprinted ? '0.18' : pec === '15' ? '0.17' : '0.20';
        const cents =
          (BigInt(quantity.replace('.', '')) * 17n) /
          10n ** BigInt((quantity.split('.')[1] ?? '').length);
        const amount = (pec === '15' ? cents : (cents * 20n) / 17n) + BigInt(billedOff);
        const sign = negative ? '-' : '';
        return usageRow({
          SubscriptionId: plan,
          EntitlementId: entitlement,
          MeterId: meter,
          UsageDate: `2026-11-0${day}`,
          Quantity: `${sign}${quantity}`,
          EffectiveUnitPrice: price,
          PartnerEarnedCreditPercentage: pec,
          BillingPreTaxTotal: `${sign}${amount / 100n}.${String(amount % 100n).padStart(2, '0')}`,
        });
      });
    test.prop([fc.array(row, { minLength: 1, maxLength: 25 }), fc.boolean()], { numRuns: 5 })(
      'USG-7: both engines write the same bytes for any file (usage and corrections, prices printed otherwise, against an invoice line), as CSV or as blobs',
      async (rows, blobs) => {
        const { mine, duckdb } = await both([
          '--file',
          blobs ? folder(rows) : file(csv(rows)),
          '--invoice-file',
          file(invoice('2.39'), 'recon.csv'),
          '--json',
        ]);
        expect(duckdb).toEqual(mine);
      },
      120_000,
    );
  });
});

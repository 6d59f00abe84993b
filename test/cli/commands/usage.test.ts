import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { usageCommand } from '../../_private.ts';
import { usageRow } from '../../usage/_rows.ts';
import { exportFolder as writeExport } from '../_exportFolder.ts';
import { run as runNow, runStreaming } from '../_run.ts';
import {
  blobOf,
  csvOf,
  invoiceOf,
  jsonLineOf,
  november,
  threeDays,
  usageFile,
  usageFolder,
} from './_usageFiles.ts';

/** A folder of the export: each part of the lines a gzip blob, and a manifest naming them. */
function exportFolder(
  parts: readonly (readonly string[])[],
  blobCount = parts.length,
  extra: readonly string[] = [],
): string {
  return writeExport(usageFolder(), parts, { blobCount, extra });
}

describe('subscription-rules usage: the file and the summary (USG-7)', () => {
  it('USG-7, MSG-1: the count of days and Azure subscriptions is said in the singular for one, in each language (1 day, 1 Azure subscription; 1,204 lines with the thousands mark)', async () => {
    const one = usageFile(csvOf(november().slice(0, 1)));
    const said = async (locale: string): Promise<string> =>
      (await runStreaming(['usage', '--file', one, '--locale', locale])).out;
    expect(await said('en')).toContain(
      'Lines: 1 over 1 day, 1 Azure subscription; rows not read: 0',
    );
    expect(await said('ko')).toContain('줄: 1개, 1일, Azure 구독 1개; 읽지 못한 행: 0');
    expect(await said('zh-Hans')).toContain('行：1 行，1 天，1 个 Azure 订阅；未能读取的行：0');
    expect(await said('zh-Hant')).toContain('行：1 行，1 天，1 個 Azure 訂用帳戶；未能讀取的行：0');
  });

  it('USG-7: November of the worked VM meter (PEC 0 on the 30th) as CSV: exit 1, PEC not earned 0.72 USD, and the summary says the invoice was not checked', async () => {
    const run = await runStreaming(['usage', '--file', usageFile(csvOf(november()))]);
    expect(run.err).toBe('');
    expect(run.code).toBe(1);
    expect(run.out).toContain('Lines: 30 over 30 days, 1 Azure subscription; rows not read: 0');
    expect(run.out).toContain('Invoice usage lines: not checked (USG-4)');
    expect(run.out).toContain(
      'PEC: lost on 1 meter-day (an Azure subscription’s meter on one day), over 1 calendar day: 0.72 USD',
    );
    expect(run.out).toContain(
      'USG-3 PEC not earned · azure-1 · vm-d2s · days 2026-11-30 · 0.72 USD',
    );
    expect(run.out).toContain(
      'restore admin access for the whole day — AOBO (Admin agents), Azure Lighthouse, or an RBAC role for the transacting partner — on Azure subscription azure-1',
    );
    expect(run.out).toContain('Money at stake, per currency: 0.72 USD');
    expect(run.out).toContain('  c-1 (Contoso): 0.72 USD');
    expect(run.out).toContain('Result: findings above (30 lines read).');
  });

  it('USG-7: the same file gzipped under a name saying .csv is told by its bytes and reads the same', async () => {
    const plain = await runStreaming(['usage', '--file', usageFile(csvOf(november())), '--json']);
    const zipped = await runStreaming([
      'usage',
      '--file',
      usageFile(gzipSync(csvOf(november())), 'dru.csv'),
      '--json',
    ]);
    expect(zipped.code).toBe(1);
    expect(zipped.out).toBe(plain.out);
  });

  it('REC-6, USG-7: a line at a wrong EffectiveUnitPrice is a finding whose remedy says “Microsoft’s to answer” once in the text report', async () => {
    const wrong = usageRow({ EffectiveUnitPrice: '0.18', BillingPreTaxTotal: '4.32' });
    const run = await runStreaming(['usage', '--file', usageFile(csvOf([wrong]))]);
    expect(run.code).toBe(1);
    expect(run.out).toContain('\n    Microsoft’s to answer: ask about it with the rows named\n');
    expect(run.out.split('to answer').length).toBe(2);
  });

  it('USG-7: every day with its PEC and no invoice file: nothing found, exit 0', async () => {
    const run = await runStreaming(['usage', '--file', usageFile(csvOf(november().slice(0, 29)))]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      'PEC: lost on 0 meter-days (an Azure subscription’s meter on one day), over 0 calendar days: none',
    );
    expect(run.out).toContain('Result: nothing found (29 lines read).');
  });

  it('USG-3, USG-7: PEC 10 where the rate is 15 on 0.16 h (0.02 USD either way) is a note with no money at stake: exit 0; on 0.17 h (0.03 against 0.02) a finding: exit 1', async () => {
    const line = (quantity: string, billed: string) =>
      csvOf([
        usageRow({
          Quantity: quantity,
          PartnerEarnedCreditPercentage: '10',
          EffectiveUnitPrice: '0.18',
          BillingPreTaxTotal: billed,
        }),
      ]);
    const quiet = await runStreaming([
      'usage',
      '--file',
      usageFile(line('0.16', '0.02')),
      '--json',
    ]);
    expect(quiet.code).toBe(0);
    const json = JSON.parse(quiet.out) as { findings: unknown[] };
    expect(json.findings).toEqual([]);
    const found = await runStreaming(['usage', '--file', usageFile(line('0.17', '0.03'))]);
    expect(found.code).toBe(1);
    expect(found.out).toContain('Result: findings above (1 lines read).');
  });

  it('USG-7, USG-4: --invoice-file with the three days of 9.4 at 0.085 against 2.39 is matched within the band (exit 0); against 2.35 it is different from S = 2.39 by 0.04 USD, naming the product (exit 1)', async () => {
    const days = usageFile(csvOf(threeDays()));
    const tied = await runStreaming([
      'usage',
      '--file',
      days,
      '--invoice-file',
      usageFile(invoiceOf('2.39'), 'recon.csv'),
    ]);
    expect(tied.code).toBe(0);
    expect(tied.out).toContain(
      'Invoice usage lines: 1 matched, 0 different, 0 missing, 0 unexpected',
    );
    const json = await runStreaming([
      'usage',
      '--file',
      days,
      '--invoice-file',
      usageFile(invoiceOf('2.39'), 'recon.csv'),
      '--json',
    ]);
    expect(JSON.parse(json.out).matched[0].rounding).toEqual({ amount: 2, currency: 'USD' });
    const past = await runStreaming([
      'usage',
      '--file',
      days,
      '--invoice-file',
      usageFile(invoiceOf('2.35'), 'recon.csv'),
    ]);
    expect(past.code).toBe(1);
    expect(past.out).toContain(
      'Invoice usage lines: 0 matched, 1 different, 0 missing, 0 unexpected',
    );
    expect(past.out).toContain(
      'USG-4 different · plan-1 · DZH318Z0BQ3Q/0001 · rows 2, 3, 4 · 0.04 USD',
    );
  });

  it('USG-7: a folder of JSON-lines gzip blobs whose manifest counts them reads as the same lines in one file do', async () => {
    const lines = november().map(jsonLineOf);
    const folder = exportFolder([lines.slice(0, 10), lines.slice(10)]);
    const blobs = await runStreaming(['usage', '--file', folder, '--json']);
    const one = await runStreaming([
      'usage',
      '--file',
      usageFile(`${lines.join('\n')}\n`, 'dru.jsonl'),
      '--json',
    ]);
    expect(blobs.err).not.toContain('error');
    expect(blobs.code).toBe(1);
    expect(blobs.out).toBe(one.out);
    expect(JSON.parse(blobs.out).summary.pecLost).toEqual([{ amount: 72, currency: 'USD' }]);
  });

  it('USG-7: a manifest whose blobCount is not the number of its blobs in the folder exits 2 with one line naming both counts', async () => {
    const lines = november().map(jsonLineOf);
    const folder = exportFolder([lines.slice(0, 10), lines.slice(10)], 3);
    const run = await runStreaming(['usage', '--file', folder]);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toContain('says blobCount 3, but the folder holds 2 of the blobs it names');
  });

  it('USG-7: a manifest naming a blob the folder lacks exits 2 naming it, even when blobCount is the number of blobs there', async () => {
    const lines = november().map(jsonLineOf);
    const folder = exportFolder([lines.slice(0, 10), lines.slice(10)], 2, [
      'exports/2026-11/part-002.json.gz',
    ]);
    const run = await runStreaming(['usage', '--file', folder]);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toContain(
      'names a blob the folder does not hold (exports/2026-11/part-002.json.gz)',
    );
  });

  it('USG-7: a manifest’s blobs are compared by their whole relative path: a blob of the same name elsewhere in the folder is not it', async () => {
    const lines = november().map(jsonLineOf);
    const folder = exportFolder([lines.slice(0, 10), lines.slice(10)]);
    // the same names at the folder's top, the manifest's paths gone
    for (const name of ['part-000.json.gz', 'part-001.json.gz'])
      writeFileSync(join(folder, name), readFileSync(join(folder, 'exports/2026-11', name)));
    rmSync(join(folder, 'exports/2026-11/part-001.json.gz'));
    const run = await runStreaming(['usage', '--file', folder]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      'names a blob the folder does not hold (exports/2026-11/part-001.json.gz)',
    );
  });

  it('USG-7: a folder without a manifest reads every .json.gz, .jsonl.gz, .csv and .csv.gz in it, and nothing else', async () => {
    const folder = usageFolder();
    const rows = november();
    writeFileSync(join(folder, 'a.csv'), csvOf(rows.slice(0, 10)));
    writeFileSync(join(folder, 'b.csv.gz'), gzipSync(csvOf(rows.slice(10, 20))));
    writeFileSync(join(folder, 'c.jsonl.gz'), blobOf(rows.slice(20, 25).map(jsonLineOf)));
    writeFileSync(join(folder, 'd.json.gz'), blobOf(rows.slice(25).map(jsonLineOf)));
    writeFileSync(join(folder, 'notes.txt'), 'not usage');
    const run = await runStreaming(['usage', '--file', folder, '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out).summary.lines).toBe(30);
    expect(JSON.parse(run.out).summary.pecLost).toEqual([{ amount: 72, currency: 'USD' }]);
  });

  it('USG-7: --min-at-stake at the finding’s 0.72 USD and 0.01 below lists it (exit 1); 0.01 above leaves it out (exit 0)', async () => {
    const file = usageFile(csvOf(november()));
    for (const [floor, code, listed] of [
      ['0.71', 1, 1],
      ['0.72', 1, 1],
      ['0.73', 0, 0],
    ] as const) {
      const run = await runStreaming(['usage', '--file', file, '--min-at-stake', floor, '--json']);
      expect([floor, run.code, JSON.parse(run.out).findings.length]).toEqual([floor, code, listed]);
    }
  });

  it('USG-7, USG details: --json writes { findings, summary } with the money at stake per currency and customer; standard error gets one line of its result, never the text report', async () => {
    const run = await runStreaming(['usage', '--file', usageFile(csvOf(november())), '--json']);
    const written = JSON.parse(run.out);
    expect(written.findings.map((f: { kind: string; rule: string }) => [f.rule, f.kind])).toEqual([
      ['USG-3', 'pec-not-earned'],
    ]);
    expect(written.summary.atStake).toEqual([
      { currency: 'USD', amount: { amount: 72, currency: 'USD' }, net: expect.anything() },
    ]);
    expect(written.summary.customers[0].customerId).toBe('c-1');
    expect(written.summary.checked.invoice).toBe(false);
    expect(run.err).toBe(
      'Result: 1 findings, 0 rows not read, money at stake 0.72 USD (30 lines read).\n',
    );
    // the same with --csv, and in Korean
    const csv = await runStreaming(['usage', '--file', usageFile(csvOf(november())), '--csv']);
    expect(csv.err).toBe(run.err);
    const ko = await runStreaming([
      'usage',
      '--file',
      usageFile(csvOf(november())),
      '--json',
      '--locale',
      'ko',
    ]);
    expect(ko.err).toBe(
      '결과: 발견 사항 1개, 읽지 못한 행 0개, 걸린 금액 0.72 USD(읽은 줄 30개).\n',
    );
    // the text report itself is still what the command writes without --json
    const text = await runStreaming(['usage', '--file', usageFile(csvOf(november()))]);
    expect([text.err, text.out]).toEqual([
      '',
      expect.stringContaining(
        'PEC: lost on 1 meter-day (an Azure subscription’s meter on one day), over 1 calendar day: 0.72 USD',
      ),
    ]);
  });

  it('USG-7: --json and --csv to --out are the bytes written to standard output, with a finding’s remedy past Latin-1 and several lists of items, on one thread and two workers', async () => {
    const rows: Record<string, string>[] = ['plan-1', 'plan-2'].flatMap((plan, p) =>
      november().map((row) => ({ ...row, SubscriptionId: plan, EntitlementId: `azure-${p + 1}` })),
    );
    // a row not read: an item of the issues' list after the findings'
    rows.push({ ...rows[0], BillingPreTaxTotal: 'x' });
    const file = usageFile(csvOf(rows));
    const invoice = usageFile(invoiceOf('2.35'), 'recon.csv');
    for (const format of ['--json', '--csv'])
      for (const workers of ['1', '2']) {
        const args = ['usage', '--file', file, '--invoice-file', invoice, format];
        const shown = await runStreaming([...args, '--workers', workers]);
        const out = usageFile('', 'written');
        const written = await runStreaming([...args, '--workers', workers, '--out', out]);
        expect([written.code, shown.code]).toEqual([1, 1]);
        expect(readFileSync(out, 'utf8')).toBe(shown.out);
        if (format === '--json') {
          const lists = Object.entries(JSON.parse(shown.out)).filter(
            ([, items]) => Array.isArray(items) && items.length > 0,
          );
          expect([lists.map(([section]) => section), shown.out.includes('’')]).toEqual([
            ['findings', 'issues'],
            true,
          ]);
        }
      }
  });

  it('USG-7: --csv starts with a byte-order mark and writes one row a finding; --out writes it there and keeps the summary on standard output', async () => {
    const file = usageFile(csvOf(november()));
    const out = usageFile('', 'findings.csv');
    const run = await runStreaming(['usage', '--file', file, '--csv', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      'PEC: lost on 1 meter-day (an Azure subscription’s meter on one day), over 1 calendar day: 0.72 USD',
    );
    const written = readFileSync(out, 'utf8');
    expect(written.startsWith('\uFEFFRule,Kind,CustomerId,')).toBe(true);
    const rows = written.trim().split('\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/^USG-3,pec-not-earned,c-1,G000000001,plan-1,azure-1,/);
    expect(rows[1]).toContain(',USD,4.08,4.80,0.72,0.72,');
  });

  it('USG-7: a row without BillingPreTaxTotal is named by its row and column, the others still read: exit 1', async () => {
    const rows = november().slice(0, 3);
    rows[1] = usageRow({ UsageDate: '2026-11-02', BillingPreTaxTotal: '' });
    const run = await runStreaming(['usage', '--file', usageFile(csvOf(rows))]);
    expect(run.code).toBe(1);
    expect(run.out).toContain('rows not read: 1');
    expect(run.out).toMatch(/rows 3 BillingPreTaxTotal: /);
  });

  it('USG-7: a bad command line or file exits 2 with one line naming the flag', async () => {
    const file = usageFile(csvOf(november()));
    for (const [args, says] of [
      [[], '--file: required'],
      [['--file', file, '--out', 'x.json'], '--out: says where --json or --csv goes'],
      [['--file', file, '--pec-rate', '101'], '--pec-rate: expected a percentage from 0 to 100'],
      [['--file', file, '--period', '2026-13'], '--period: expected the billing month'],
      [['--file', file, '--min-at-stake', '1,5'], '--min-at-stake: expected an amount'],
      [['--file', file, '--engine', 'spark'], '--engine: expected default'],
      [['--file', join(file, 'none.csv')], '--file: cannot read'],
      [['--file', usageFile('', 'empty.csv')], 'is empty, expected usage lines'],
      [['--file', usageFolder()], 'holds no .json.gz, .jsonl.gz, .csv or .csv.gz file'],
    ] as const) {
      const run = await runStreaming(['usage', ...args]);
      expect([run.code, run.err.trim().split('\n').length]).toEqual([2, 1]);
      expect(run.err).toContain(says);
    }
  });

  it('USG-7: --workers 1, 2 and 4 and a budget of 1K write the same findings and summary', async () => {
    const file = usageFile(csvOf(november()));
    const one = await runStreaming(['usage', '--file', file, '--json', '--workers', '1']);
    expect([one.code, JSON.parse(one.out).summary.pecDaysLost]).toEqual([1, 1]);
    for (const way of [
      ['--workers', '2'],
      ['--workers', '4'],
      ['--memory', '1K', '--workers', '1'],
    ]) {
      const run = await runStreaming(['usage', '--file', file, '--json', ...way]);
      expect([way, run.code, run.out]).toEqual([way, one.code, one.out]);
    }
  });

  it('USG-1, USG-7: a header naming a column twice (the same name, or an alias) and a row shorter or longer than its header are issues naming the row and both names or counts, the same on both engines', async () => {
    const rows = november().slice(0, 3);
    const names = [...Object.keys(rows[0] ?? {}), 'BillingCurrency', 'rateOfPartnerEarnedCredit'];
    const line = (row: Record<string, string>) =>
      [...Object.values(row), row.BillingCurrency ?? '', '0'].join(',');
    const file = usageFile(
      [
        names.join(','),
        line(rows[0] as Record<string, string>),
        line(rows[1] as Record<string, string>).replace(/,0$/, ''),
        `${line(rows[2] as Record<string, string>)},extra`,
      ].join('\r\n'),
    );
    const mine = await runStreaming(['usage', '--file', file, '--json']);
    const read = JSON.parse(mine.out);
    expect(
      read.issues.map((i: { row: number; column: string; message: string }) => [
        i.row,
        i.column,
        i.message,
      ]),
    ).toEqual([
      [
        2,
        'BillingCurrency',
        'the header also names this column BillingCurrency; the first (BillingCurrency) is read',
      ],
      [
        2,
        'PartnerEarnedCreditPercentage',
        'the header also names this column rateOfPartnerEarnedCredit; the first (PartnerEarnedCreditPercentage) is read',
      ],
      [3, '', 'the row has 25 cells, its header 26 names; its cells are read by place'],
      [4, '', 'the row has 27 cells, its header 26 names; its cells are read by place'],
    ]);
    expect([read.summary.lines, read.summary.issues]).toEqual([3, 0]);
    // DuckDB's reader refuses a file of rows of other widths: the default engine reads it, saying so
    const duckdb = await runStreaming(['usage', '--file', file, '--json', '--engine', 'duckdb']);
    expect([duckdb.code, duckdb.out]).toEqual([mine.code, mine.out]);
    expect(duckdb.err).toBe(
      `warning: --engine duckdb: ${file}: DuckDB's reader splits its rows otherwise than the default reader (line 3: missing columns; lines refused: 2); the default engine reads the file\n${mine.err}`,
    );
    // a header naming columns twice, its rows all of its width: DuckDB's own reading, the same bytes
    const wide = usageFile([names.join(','), ...november().map((row) => line(row))].join('\r\n'));
    for (const json of [['--json'], []]) {
      const base = await runStreaming(['usage', '--file', wide, ...json]);
      const duck = await runStreaming(['usage', '--file', wide, '--engine', 'duckdb', ...json]);
      expect(duck).toEqual(base);
      expect(base.err).not.toContain('warning');
    }
    const both = JSON.parse((await runStreaming(['usage', '--file', wide, '--json'])).out);
    expect(both.issues.map((i: { row: number; column: string }) => [i.row, i.column])).toEqual([
      [2, 'BillingCurrency'],
      [2, 'PartnerEarnedCreditPercentage'],
    ]);
  });

  it('USG-7: --engine duckdb reads usage files to the default engine’s bytes; without DuckDB installed it exits 2 naming --engine and the package', async () => {
    const file = usageFile(csvOf(november()));
    const mine = await runStreaming(['usage', '--file', file]);
    const duckdb = await runStreaming(['usage', '--file', file, '--engine', 'duckdb']);
    expect(mine.code).toBe(1);
    expect(duckdb).toEqual(mine);
    const before = process.env.SUBSCRIPTION_RULES_DUCKDB_MODULE;
    process.env.SUBSCRIPTION_RULES_DUCKDB_MODULE = 'no-such-duckdb-package';
    try {
      const run = await runStreaming(['usage', '--file', file, '--engine', 'duckdb']);
      expect([run.code, run.out, run.err.trim().split('\n').length]).toEqual([2, '', 1]);
      expect(run.err).toContain('--engine duckdb: needs the optional package @duckdb/node-api');
    } finally {
      if (before === undefined) delete process.env.SUBSCRIPTION_RULES_DUCKDB_MODULE;
      else process.env.SUBSCRIPTION_RULES_DUCKDB_MODULE = before;
    }
  });

  it('USG-7: four Azure plans (SubscriptionIds) in CSV and in a folder of JSON-lines blobs, with their invoice: --workers 1, 2, 4 and a budget of 1K (held whole on one thread, spilled to partitions by each worker) write byte-identical text, JSON and CSV', async () => {
    const plans = ['plan-1', 'plan-2', 'plan-3', 'plan-4'];
    const rows = plans.flatMap((plan, p) =>
      november().map((row, day) => ({
        ...row,
        SubscriptionId: plan,
        EntitlementId: `azure-${p + 1}`,
        CustomerId: `c-${(p % 2) + 1}`,
        // each plan loses PEC on a day of its own, and two plans on the 30th
        ...(day === 10 + p || day === 29
          ? {
              PartnerEarnedCreditPercentage: '0',
              EffectiveUnitPrice: '0.20',
              BillingPreTaxTotal: '4.80',
            }
          : {}),
      })),
    );
    const csv = usageFile(csvOf(rows));
    const blobs = exportFolder(
      [rows.slice(0, 50), rows.slice(50, 51), rows.slice(51)].map((part) => part.map(jsonLineOf)),
    );
    const invoice = usageFile(invoiceOf('2.39'), 'recon.csv');
    for (const file of [csv, blobs])
      for (const format of [[], ['--json'], ['--csv']]) {
        const args = ['usage', '--file', file, '--invoice-file', invoice, ...format];
        const one = await runStreaming([...args, '--workers', '1']);
        expect(one.code).toBe(1);
        if (format[0] === '--json') {
          const { summary } = JSON.parse(one.out);
          // the days and Azure subscriptions of every plan counted once
          // PEC lost on 8 meter-days, on 5 calendar days (11–14 and 30 November)
          expect([
            summary.lines,
            summary.days,
            summary.entitlements,
            summary.pecMeterDaysLost,
            summary.pecDaysLost,
          ]).toEqual([120, 30, 4, 8, 5]);
        }
        for (const way of [
          ['--workers', '2'],
          ['--workers', '4'],
          ['--memory', '1K'],
          ['--memory', '1K', '--workers', '4'],
        ]) {
          const run = await runStreaming([...args, ...way]);
          expect([file, format, way, run.code, run.out, run.err]).toEqual([
            file,
            format,
            way,
            one.code,
            one.out,
            one.err,
          ]);
        }
      }
  });

  it('USG-7: --help names every flag within 100 columns, with two examples; the tool’s help lists the command', () => {
    const help = runNow('usage', '--help');
    expect(help.code).toBe(0);
    expect(Math.max(...help.out.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(
      100,
    );
    for (const flag of [
      '--file',
      '--invoice-file',
      '--period',
      '--prices',
      '--pec-rate',
      '--min-at-stake',
      '--workers',
      '--memory',
      '--engine',
    ])
      expect(help.out, flag).toContain(`  ${flag} `);
    expect(help.out.split('Examples:\n')[1]?.match(/^ {2}subscription-rules usage/gm)).toHaveLength(
      2,
    );
    expect(runNow('--help').out).toMatch(/^ {2}usage +Check an Azure plan's daily usage/m);
  });

  it('USG-7: --prices: a meter the Azure price list tags Third Party is excluded from PEC, so its PEC of 1 November (0.72 USD) is a finding; a price list row whose quotes do not close exits 2 naming it', async () => {
    const file = usageFile(csvOf([november()[0] as Record<string, string>]));
    const prices = usageFile(
      'MeterId,MeterName,Tags,UnitPrice\r\nvm-d2s,D2s v5,Third Party,0.20\r\n',
      'prices.csv',
    );
    const run = await runStreaming(['usage', '--file', file, '--prices', prices]);
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      'USG-3 PEC on an excluded meter · azure-1 · vm-d2s · days 2026-11-01 · 0.72 USD',
    );
    const without = await runStreaming(['usage', '--file', file]);
    expect(without.code).toBe(0);
    expect(without.out).toContain('Third Party meters not told apart: no price list given');
    const broken = await runStreaming([
      'usage',
      '--file',
      file,
      '--prices',
      usageFile('MeterId,Tags\r\nvm-d2s,"Third Party\r\n', 'prices.csv'),
    ]);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/--prices: .*prices\.csv: row 2: its quotes do not close/);
    const rate = await runStreaming([
      'usage',
      '--file',
      file,
      '--prices',
      usageFile('MeterId,Tags,PartnerEarnedCredit\r\nvm-d2s,,fifteen\r\n', 'prices.csv'),
    ]);
    expect([rate.code, rate.err.trim().split('\n').length]).toEqual([2, 1]);
    expect(rate.err).toMatch(/--prices: .*prices\.csv: row 2, PartnerEarnedCredit: expected text/);
  });

  it('USG-7: --locale ko writes the summary and the finding in Korean', async () => {
    const run = await runStreaming([
      'usage',
      '--file',
      usageFile(csvOf(november())),
      '--locale',
      'ko',
    ]);
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      'PEC: 미터-일 1개(Azure 구독의 미터 하루) 손실, 달력 날짜로 1일: 0.72 USD',
    );
    expect(run.out).toContain('USG-3 PEC 미적립 · azure-1 · vm-d2s · 날짜 2026-11-30 · 0.72 USD');
    expect(run.out).toContain('결과: 위의 발견 사항을 확인하세요(읽은 줄 30개).');
  });
});

describe('subscription-rules usage: properties (USG-7)', () => {
  const day = fc.record({
    day: fc.integer({ min: 1, max: 30 }),
    plan: fc.constantFrom('plan-1', 'plan-2'),
    entitlement: fc.constantFrom('azure-1', 'azure-2'),
    pec: fc.constantFrom('15', '0'),
    hours: fc.integer({ min: 1, max: 24 }),
  });
  const line = ({
    day: d,
    plan,
    entitlement,
    pec,
    hours,
  }: typeof day extends fc.Arbitrary<infer T> ? T : never) => {
    const price = pec === '15' ? 17 : 20;
    const billed = price * hours;
    return jsonLineOf(
      usageRow({
        UsageDate: `2026-11-${String(d).padStart(2, '0')}`,
        SubscriptionId: plan,
        EntitlementId: entitlement,
        PartnerEarnedCreditPercentage: pec,
        EffectiveUnitPrice: pec === '15' ? '0.17' : '0.20',
        Quantity: String(hours),
        BillingPreTaxTotal: `${Math.floor(billed / 100)}.${String(billed % 100).padStart(2, '0')}`,
      }),
    );
  };

  test.prop(
    [
      fc.array(day, { minLength: 1, maxLength: 30 }),
      fc.array(fc.nat(), { maxLength: 4 }),
      fc.boolean(),
    ],
    { numRuns: 20 },
  )(
    'USG-7: the output is byte-identical whatever the split of the lines between blobs and the order the manifest names them',
    async (days, cuts, reverse) => {
      const lines = days.map(line);
      const at = [...new Set(cuts.map((c) => c % (lines.length + 1)))].sort((a, b) => a - b);
      const parts = [0, ...at, lines.length]
        .slice(1)
        .map((end, i) => lines.slice([0, ...at][i], end));
      const folder = exportFolder(parts);
      if (reverse) {
        const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
        manifest.blobs.reverse();
        writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest));
      }
      const whole = exportFolder([lines]);
      for (const format of ['--json', '--csv']) {
        const split = await runStreaming(['usage', '--file', folder, format]);
        const one = await runStreaming(['usage', '--file', whole, format]);
        expect([one.err.includes('error'), one.out.length > 0]).toEqual([false, true]);
        expect(split.code).toBe(one.code);
        expect(split.out).toBe(one.out);
      }
    },
  );
});

describe('subscription-rules usage: a long report waits for standard output (USG-7)', () => {
  it('USG-7: the report for people waits for standard output to take its lines every 256 lines, and is the same text', async () => {
    // 300 Azure plans each missing from the invoice: a report of more than 600 lines
    const rows = Array.from({ length: 300 }, (_, i) =>
      usageRow({ SubscriptionId: `plan-${i}`, EntitlementId: `azure-${i}` }),
    );
    const file = usageFile(csvOf(rows));
    const invoice = usageFile(invoiceOf('1.00'), 'recon.csv');
    for (const budget of [[], ['--memory', '1K']]) {
      const args = ['--file', file, '--invoice-file', invoice, ...budget];
      const out: string[] = [];
      const err: string[] = [];
      let waits = 0;
      const code = await usageCommand.stream?.(
        { file, 'invoice-file': [invoice], ...(budget.length > 0 ? { memory: '1K' } : {}) },
        {
          out: (text) => out.push(text),
          err: (text) => err.push(text),
          drained: async () => {
            waits++;
          },
        },
      );
      const plain = await runStreaming(['usage', ...args]);
      expect([code, `${out.join('\n')}\n`, err]).toEqual([plain.code, plain.out, []]);
      expect(out.length).toBeGreaterThan(600);
      expect(waits).toBe(Math.floor(out.length / 256));
    }
  });
});

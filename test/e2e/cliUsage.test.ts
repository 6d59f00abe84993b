import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type CliRun, runCli, scratch } from './_cli.ts';

const { file, folder: newFolder } = scratch('cli-usage-', 'dru.csv');

/** The built `usage` run as a child process. */
const run = (args: readonly string[]): CliRun => runCli(['usage', ...args]);

const HEADER =
  'CustomerId,CustomerName,InvoiceNumber,ProductId,SkuId,AvailabilityId,PublisherName,SubscriptionId,ChargeStartDate,ChargeEndDate,UsageDate,MeterId,MeterName,UnitPrice,Quantity,EffectiveUnitPrice,PCToBCExchangeRate,BillingPreTaxTotal,BillingCurrency,PricingCurrency,EntitlementId,PartnerEarnedCreditPercentage';
/** One day of USG-3's worked VM meter: 24 h at 0.20 USD, with PEC 15 (4.08) or without (4.80). */
const day = (d: number, pec = true) =>
  `c-1,Contoso,G000000001,DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,Microsoft,plan-1,2026-11-01,2026-11-30,2026-11-${String(d).padStart(2, '0')},vm-d2s,D2s v5,0.20,24,${pec ? '0.17' : '0.20'},1,${pec ? '4.08' : '4.80'},USD,USD,azure-1,${pec ? '15' : '0'}`;
/** November: PEC on 1–29, none on the 30th. */
const NOVEMBER = [HEADER, ...Array.from({ length: 30 }, (_, i) => day(i + 1, i < 29))];
/**
 * 20 plans, 30 days, 20 meters: 12,000 rows of {@link day}, each plan its own Azure subscription
 * and customer, PEC lost on a day of each plan's own, each meter's cells as `meter` writes them.
 */
function manyRows(meter: (m: number) => string): string[] {
  const rows: string[] = [];
  for (let p = 1; p <= 20; p++)
    for (let d = 1; d <= 30; d++)
      for (let m = 1; m <= 20; m++)
        rows.push(
          day(d, d !== 10 + (p % 15))
            .replace(',plan-1,', `,plan-${p},`)
            .replace(',azure-1,', `,azure-${p},`)
            .replace(',vm-d2s,D2s v5,', meter(m))
            .replace(/^c-1,Contoso,/, `c-${p},Customer ${p},`),
        );
  return rows;
}

/** The same days as the Graph export's JSON lines, numbers as JSON numbers. */
const jsonLine = (d: number, pec = true) =>
  `{"customerId":"c-1","customerName":"Contoso","invoiceNumber":"G000000001","productId":"DZH318Z0BQ3Q","skuId":"0001","availabilityId":"DZH318Z0BQ3Q0001","publisherName":"Microsoft","subscriptionId":"plan-1","chargeStartDate":"2026-11-01","chargeEndDate":"2026-11-30","usageDate":"2026-11-${String(d).padStart(2, '0')}","meterId":"vm-d2s","meterName":"D2s v5","unitPrice":0.20,"quantity":24,"effectiveUnitPrice":${pec ? '0.17' : '0.20'},"pcToBCExchangeRate":1,"billingPreTaxTotal":${pec ? '4.08' : '4.80'},"billingCurrency":"USD","pricingCurrency":"USD","entitlementId":"azure-1","rateOfPartnerEarnedCredit":${pec ? '0.15' : '0'}}`;

/** A folder of two gzip blobs of JSON lines and the export's manifest counting `blobCount`. */
function exportFolder(blobCount: number): string {
  const folder = newFolder('export');
  const lines = Array.from({ length: 30 }, (_, i) => jsonLine(i + 1, i < 29));
  writeFileSync(join(folder, 'part-000.json.gz'), gzipSync(`${lines.slice(0, 12).join('\n')}\n`));
  writeFileSync(join(folder, 'part-001.json.gz'), gzipSync(`${lines.slice(12).join('\n')}\n`));
  writeFileSync(
    join(folder, 'manifest.json'),
    JSON.stringify({
      blobCount,
      dataFormat: 'compressedJSONLines',
      blobs: [{ name: 'part-001.json.gz' }, { name: 'part-000.json.gz' }],
    }),
  );
  return folder;
}

/** The invoice file's usage line of three days of 9.4 at 0.085 (0.79 each), its Subtotal given. */
const THREE = [
  HEADER,
  ...[1, 2, 3].map(
    (d) =>
      `c-1,Contoso,G000000001,DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,Microsoft,plan-1,2026-11-01,2026-11-30,2026-11-0${d},bw,Bandwidth,0.10,9.4,0.085,1,0.79,USD,USD,azure-1,15`,
  ),
];
const invoice = (subtotal: string) =>
  `CustomerId,InvoiceNumber,SubscriptionId,ProductId,SkuId,AvailabilityId,ChargeType,MeterDescription,ChargeStartDate,ChargeEndDate,EffectiveUnitPrice,BillableQuantity,Subtotal,Currency\nc-1,G000000001,plan-1,DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,new,Bandwidth,2026-11-01,2026-11-30,0.085,28.2,${subtotal},USD\n`;

describe('subscription-rules usage, built', () => {
  it('USG-7: a CSV with PEC lost on 30 November: exit 1, 0.72 USD at stake for the customer, the invoice not checked', () => {
    const { code, out, err } = run(['--file', file(`${NOVEMBER.join('\r\n')}\r\n`)]);
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(out).toContain('Lines: 30 over 30 days, 1 Azure subscription; rows not read: 0');
    expect(out).toContain('Invoice usage lines: not checked (USG-4)');
    expect(out).toContain(
      'PEC: lost on 1 meter-day (an Azure subscription’s meter on one day), over 1 calendar day: 0.72 USD',
    );
    expect(out).toContain('USG-3 PEC not earned · azure-1 · vm-d2s · days 2026-11-30 · 0.72 USD');
    expect(out).toContain('  c-1 (Contoso): 0.72 USD');
  });

  it('USG-7: the same file in Korean, gzipped: the summary and the finding in Korean', () => {
    const { code, out } = run([
      '--file',
      file(gzipSync(`${NOVEMBER.join('\n')}\n`), 'dru.csv.gz'),
      '--locale',
      'ko',
    ]);
    expect(code).toBe(1);
    expect(out).toContain('줄: 30개, 30일, Azure 구독 1개; 읽지 못한 행: 0');
    expect(out).toContain(
      'PEC: 미터-일 1개(Azure 구독의 미터 하루) 손실, 달력 날짜로 1일: 0.72 USD',
    );
    expect(out).toContain('USG-3 PEC 미적립 · azure-1 · vm-d2s · 날짜 2026-11-30 · 0.72 USD');
    expect(out).toContain('Azure 구독 azure-1');
  });

  it('USG-7: a folder of JSON-lines gzip blobs whose manifest counts them finds what the CSV finds; a blobCount of 3 exits 2 naming both counts', () => {
    const blobs = run(['--file', exportFolder(2), '--json']);
    const csv = run(['--file', file(`${NOVEMBER.join('\n')}\n`), '--json']);
    expect(blobs.code).toBe(1);
    const days = (text: string) =>
      JSON.parse(text).findings.map((f: { days: string[]; atStake: unknown }) => [
        f.days,
        f.atStake,
      ]);
    expect(days(blobs.out)).toEqual(days(csv.out));
    expect(days(blobs.out)).toEqual([[['2026-11-30'], { amount: 72, currency: 'USD' }]]);
    const short = run(['--file', exportFolder(3)]);
    expect(short.code).toBe(2);
    expect(short.out).toBe('');
    expect(short.err.trim().split('\n')).toHaveLength(1);
    expect(short.err).toContain('says blobCount 3, but the folder holds 2 of the blobs it names');
  });

  it('USG-7, USG-4: --invoice-file: 2.39 against three days of 0.79 is rounding within the band (exit 0); 2.35 is different from S = 2.39 by 0.04 USD, naming the product (exit 1), in English and Korean', () => {
    const days = file(`${THREE.join('\n')}\n`);
    const tied = run(['--file', days, '--invoice-file', file(invoice('2.39'), 'recon.csv')]);
    expect(tied.code).toBe(0);
    expect(tied.out).toContain(
      'Invoice usage lines: 1 matched, 0 different, 0 missing, 0 unexpected',
    );
    expect(tied.out).toContain('Result: nothing found (3 lines read).');
    const past = run(['--file', days, '--invoice-file', file(invoice('2.35'), 'recon.csv')]);
    expect(past.code).toBe(1);
    expect(past.out).toContain(
      'USG-4 different · plan-1 · DZH318Z0BQ3Q/0001 · rows 2, 3, 4 · 0.04 USD',
    );
    const ko = run([
      '--file',
      days,
      '--invoice-file',
      file(invoice('2.35'), 'recon.csv'),
      '--locale',
      'ko',
    ]);
    expect(ko.code).toBe(1);
    expect(ko.out).toContain('청구서 사용량 줄: 일치 0, 다름 1, 누락 0, 예상 밖 0');
  });

  it('USG-7, USG-2: a price error on one meter over 31 days is one finding naming the meter and its days, 7.44 USD, kept by --min-at-stake 1.00 (exit 1)', () => {
    const december = Array.from(
      { length: 31 },
      (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`,
    );
    const rows = december.map(
      (d) =>
        `c-1,Contoso,G000000002,DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,Microsoft,plan-1,2026-12-01,2026-12-31,${d},vm-d2s,D2s v5,0.20,24,0.18,1,4.32,USD,USD,azure-1,15`,
    );
    const { code, out } = run([
      '--file',
      file(`${[HEADER, ...rows].join('\n')}\n`),
      '--min-at-stake',
      '1.00',
    ]);
    expect(code).toBe(1);
    expect(out.match(/^ {2}USG-2 different/gm)).toHaveLength(1);
    expect(out).toContain(
      `USG-2 different · azure-1 · vm-d2s · days ${december.join(', ')} · 7.44 USD`,
    );
    expect(out).toContain(
      `    D2s v5 on ${december.join(', ')}, 31 lines: 126.48 USD expected, billed 133.92 USD; the first line:`,
    );
  });

  it('USG-7: --json and --csv to --out, the summary on standard output; --csv with a byte-order mark', () => {
    const dru = file(`${NOVEMBER.join('\n')}\n`);
    const json = file('', 'findings.json');
    const asJson = run(['--file', dru, '--json', '--out', json]);
    expect(asJson.code).toBe(1);
    expect(asJson.out).toContain(
      'PEC: lost on 1 meter-day (an Azure subscription’s meter on one day), over 1 calendar day: 0.72 USD',
    );
    const written = JSON.parse(readFileSync(json, 'utf8'));
    expect(Object.keys(written)).toEqual(expect.arrayContaining(['findings', 'summary']));
    expect(written.summary.pecLost).toEqual([{ amount: 72, currency: 'USD' }]);
    const csv = file('', 'findings.csv');
    const asCsv = run(['--file', dru, '--csv', '--out', csv]);
    expect(asCsv.code).toBe(1);
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\n');
    expect(lines[0]?.startsWith('\uFEFFRule,Kind,')).toBe(true);
    expect(lines).toHaveLength(2);
  });

  it('USG-7: --min-at-stake 0.72 and 0.71 list the 0.72 USD finding (exit 1); 0.73 lists nothing (exit 0)', () => {
    const dru = file(`${NOVEMBER.join('\n')}\n`);
    const listed = (floor: string) => {
      const r = run(['--file', dru, '--json', '--min-at-stake', floor]);
      return [r.code, JSON.parse(r.out).findings.length];
    };
    expect(listed('0.71')).toEqual([1, 1]);
    expect(listed('0.72')).toEqual([1, 1]);
    expect(listed('0.73')).toEqual([0, 0]);
  });

  it('USG-7: a row whose BillingPreTaxTotal has more decimals than USD is named by its row and column (exit 1); a bad flag exits 2 naming it', () => {
    const rows = [...NOVEMBER.slice(0, 3)];
    rows[2] = (rows[2] as string).replace(',4.08,USD,', ',4.081,USD,');
    const bad = run(['--file', file(`${rows.join('\n')}\n`)]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/rows 3 BillingPreTaxTotal: /);
    const flag = run(['--file', file(`${rows.join('\n')}\n`), '--pec-rate', 'fifteen']);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain('--pec-rate: expected a percentage');
  });

  it('USG-7: four Azure plans on --workers 2 and 4 threads, and past a 1K budget on disk, as CSV and as the export’s blobs: the same bytes as one thread', () => {
    // each plan its own Azure subscription and customer, PEC lost on a day of its own
    const plan = (p: number, d: number) =>
      day(d, d !== 10 + p)
        .replace(',plan-1,', `,plan-${p},`)
        .replace(',azure-1,', `,azure-${p},`)
        .replace(/^c-1,Contoso,/, `c-${p},Customer ${p},`);
    const rows = [1, 2, 3, 4].flatMap((p) => Array.from({ length: 30 }, (_, i) => plan(p, i + 1)));
    const csv = file(`${[HEADER, ...rows].join('\n')}\n`);
    const folder = newFolder('plans');
    const json = rows.map((row) => {
      const cells = row.split(',');
      const names = HEADER.split(',');
      return JSON.stringify(
        Object.fromEntries(names.map((n, i) => [n[0]?.toLowerCase() + n.slice(1), cells[i]])),
      );
    });
    writeFileSync(join(folder, 'a.json.gz'), gzipSync(`${json.slice(0, 70).join('\n')}\n`));
    writeFileSync(join(folder, 'b.json.gz'), gzipSync(`${json.slice(70).join('\n')}\n`));
    for (const input of [csv, folder]) {
      const one = run(['--file', input, '--json', '--workers', '1']);
      expect(one.code).toBe(1);
      const { summary } = JSON.parse(one.out);
      expect([
        summary.lines,
        summary.days,
        summary.entitlements,
        summary.pecMeterDaysLost,
        summary.pecDaysLost,
      ]).toEqual([120, 30, 4, 4, 4]);
      for (const way of [
        ['--workers', '2'],
        ['--workers', '4'],
        ['--memory', '1K', '--workers', '2'],
      ]) {
        const other = run(['--file', input, '--json', ...way]);
        expect([input, way, other.code, other.out]).toEqual([input, way, one.code, one.out]);
      }
    }
  });

  it('USG-7: a usage file of megabytes, cut into chunks of rows for --workers 2 and 4 (rows not read, a blank line, a last row whose quote never closes; plain, with a byte-order mark, gzip): the same bytes as one thread, every issue at its row', () => {
    // 20 plans, 30 days, 20 meters: 12,000 rows, some 4 MB, so the rows go to the workers in
    // several chunks; every 997th row billed with a decimal too many (an issue naming its row)
    const rows = manyRows((m) => `,vm-${m},"D${m}s v5, ""general""",`).map((row, i) =>
      i % 997 === 996 ? row.replace(',4.08,', ',4.081,') : row,
    );
    rows.splice(5000, 0, '');
    const last = day(3).replace('c-1,Contoso', 'c-1,"Contoso');
    const text = `${[HEADER, ...rows].join('\r\n')}\r\n${last}`;
    // plain, its blocks read by the workers from where they lie (past a byte-order mark too), and gzip
    for (const input of [
      file(text),
      file(`\uFEFF${text}`, 'bom.csv'),
      file(gzipSync(text), 'dru.csv.gz'),
    ]) {
      const one = run(['--file', input, '--json', '--workers', '1']);
      expect(one.code).toBe(1);
      const { summary, issues } = JSON.parse(one.out) as {
        summary: { lines: number };
        issues: { row: number }[];
      };
      // the row whose quote never closes is a line not read
      expect(summary.lines).toBe(12_001);
      expect(issues.length).toBeGreaterThanOrEqual(13);
      for (const way of [
        ['--workers', '2'],
        ['--workers', '4'],
      ]) {
        const other = run(['--file', input, '--json', ...way]);
        expect([input, way, other.code, other.out]).toEqual([input, way, one.code, one.out]);
      }
    }
  });

  it('USG-7: a usage file of twenty megabytes on --workers 2, its blocks given to the workers as more than a megabyte each (each worker eight of them, fewer plans cut between the two): the same bytes as one thread', () => {
    // 12,000 rows of some 1.7 kB (a long meter name): past 16 MiB, so each of the two workers'
    // eight blocks is larger than a megabyte
    const rows = manyRows((m) => `,vm-${m},"D${m}s v5 ${'x'.repeat(1500)}",`);
    const input = file(`${[HEADER, ...rows].join('\r\n')}\r\n`, 'wide.csv');
    expect(statSync(input).size).toBeGreaterThan(18 * 2 ** 20);
    // to files: the matches name their meters, megabytes of them
    const folder = newFolder('wide');
    const written = (workers: string): [number | null, string] => {
      const out = join(folder, `workers-${workers}.json`);
      const { code } = run(['--file', input, '--json', '--out', out, '--workers', workers]);
      return [code, readFileSync(out, 'utf8')];
    };
    const one = written('1');
    expect(one[0]).toBe(1);
    expect((JSON.parse(one[1]) as { summary: { lines: number } }).summary.lines).toBe(12_000);
    expect(written('2')).toEqual(one);
  });

  it('USG-7: a usage file of megabytes as plain JSON lines (not gzip), its lines gathered for the workers past the pieces they were read in: the same bytes on --workers 2 and 4 as one thread', () => {
    const names = HEADER.split(',');
    const lines = manyRows((m) => `,vm-${m},D${m}s v5,`).map((row) => {
      const cells = row.split(',');
      const line = JSON.stringify(
        Object.fromEntries(names.map((n, i) => [n[0]?.toLowerCase() + n.slice(1), cells[i]])),
      );
      // each line 1,024 bytes with its break: every piece of 256 KiB ends where a line does,
      // so the lines are read in place, not out of a row cut by the piece before
      return `${line.slice(0, -1)},"note":"${'x'.repeat(1023 - line.length - 10)}"}`;
    });
    expect(new Set(lines.map((line) => line.length))).toEqual(new Set([1023]));
    const input = file(`${lines.join('\n')}\n`, 'dru.jsonl');
    // many pieces of the reader's 256 KiB
    expect(statSync(input).size).toBeGreaterThan(16 * 2 ** 18);
    const one = run(['--file', input, '--json', '--workers', '1']);
    expect(one.code).toBe(1);
    expect((JSON.parse(one.out) as { summary: { lines: number } }).summary.lines).toBe(12_000);
    for (const workers of ['2', '4']) {
      const other = run(['--file', input, '--json', '--workers', workers]);
      expect([workers, other.code, other.out]).toEqual([workers, one.code, one.out]);
    }
  });

  it('USG-7, USG-4: a usage file of megabytes with its invoice, its plans finished by the workers that hold them whole and the plans cut between blocks, or of invoice rows alone, by the command: the same bytes as one thread, for --json and for people', () => {
    // 24 plans of 500 rows (some 4 MB: several blocks, a few plans cut between them), each
    // plan's meters on its invoice at a Subtotal of its own; a plan written in capitals there,
    // and a plan with invoice rows and no lines
    const rows: string[] = [];
    for (let p = 1; p <= 24; p++)
      for (let d = 1; d <= 25; d++)
        for (let m = 1; m <= 20; m++)
          rows.push(
            day(d, d !== p)
              .replace(',plan-1,', `,plan-${p},`)
              .replace(',azure-1,', `,azure-${p},`)
              .replace(',vm-d2s,D2s v5,', `,vm-${m},D${m}s v5,`)
              .replace(/^c-1,Contoso,/, `c-${p % 7},Customer ${p % 7},`),
          );
    const csv = file(`${[HEADER, ...rows].join('\n')}\n`);
    const invoiceRow = (plan: string, subtotal: string) =>
      `c-1,G000000001,${plan},DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,new,D2s v5,2026-11-01,2026-11-30,0.17,12000,${subtotal},USD`;
    const recon = file(
      `${[
        'CustomerId,InvoiceNumber,SubscriptionId,ProductId,SkuId,AvailabilityId,ChargeType,MeterDescription,ChargeStartDate,ChargeEndDate,EffectiveUnitPrice,BillableQuantity,Subtotal,Currency',
        ...Array.from({ length: 24 }, (_, i) =>
          invoiceRow(i === 4 ? 'PLAN-5' : `plan-${i + 1}`, (1958.4 - (i % 3) * 4.08).toFixed(2)),
        ),
        invoiceRow('plan-99', '12.00'),
      ].join('\n')}\n`,
      'recon.csv',
    );
    const args = ['--file', csv, '--invoice-file', recon, '--period', '2026-11'];
    const one = run([...args, '--json', '--workers', '1']);
    const people = run([...args, '--workers', '1']);
    expect(one.code).toBe(1);
    const { summary, findings } = JSON.parse(one.out) as {
      summary: { lines: number; groups: Record<string, number> };
      findings: { kind: string }[];
    };
    expect(summary.lines).toBe(12_000);
    expect(findings.some((f) => f.kind === 'unexpected')).toBe(true);
    expect(summary.groups.matched).toBeGreaterThan(0);
    for (const workers of ['2', '4']) {
      const other = run([...args, '--json', '--workers', workers]);
      expect([workers, other.code, other.out]).toEqual([workers, one.code, one.out]);
      const read = run([...args, '--workers', workers]);
      expect([workers, read.code, read.out]).toEqual([workers, people.code, people.out]);
    }
  });

  it('USG-6: --at through the built command: the 30th’s PEC lost is provisional at 2026-12-01T23:59:59.999Z and final 1 ms later; its line is USAGE_AFTER_AT at 2026-11-30T00:00:00.000Z and read 1 ms later, on --workers 1 and 2 and past a 1K budget alike', () => {
    const csv = file(`${NOVEMBER.join('\r\n')}\r\n`);
    const at = (instant: string, ...flags: string[]) => {
      const ways = [
        ['--workers', '1'],
        ['--workers', '2'],
        ['--memory', '1K', '--workers', '2'],
      ];
      const [one, ...others] = ways.map((way) =>
        run(['--file', csv, '--json', '--at', instant, ...way, ...flags]),
      );
      for (const other of others) expect([other.code, other.out]).toEqual([one?.code, one?.out]);
      return JSON.parse(one?.out ?? '') as {
        findings: { provisional?: true; provisionalUntil?: string }[];
        issues: { row: number; code: string }[];
      };
    };
    expect(at('2026-12-01T23:59:59.999Z').findings[0]).toMatchObject({
      provisional: true,
      provisionalUntil: '2026-12-02T00:00:00.000Z',
    });
    expect(at('2026-12-02T00:00:00.000Z').findings[0]?.provisional).toBeUndefined();
    const fetched = at('2026-11-30T00:00:00.000Z');
    expect([fetched.findings, fetched.issues.map((i) => [i.row, i.code])]).toEqual([
      [],
      [[31, 'USAGE_AFTER_AT']],
    ]);
    expect(at('2026-11-30T00:00:00.001Z').issues).toEqual([]);
    const text = run(['--file', csv, '--at', '2026-12-02T00:00:00Z', '--locale', 'zh-Hant']);
    expect(text.out).toContain('取得時間：2026-12-02T00:00:00Z');
    const bad = run(['--file', csv, '--at', '2026-12-02']);
    expect([bad.code, bad.out, bad.err.trim().split('\n').length]).toEqual([2, '', 1]);
    expect(bad.err).toContain('--at: "2026-12-02" is a date');
  });
});

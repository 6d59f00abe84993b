import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type CliRun, runCli as run, scratch } from './_cli.ts';
import {
  creditNote,
  DAYS,
  DAYS_PAST,
  DRU_HEADER,
  HEADER,
  invoice,
  LINES,
  MIXED,
  USAGE_RECON,
  WORKED,
} from './_tieOutFixtures.ts';

const { dir, file, folder: newFolder } = scratch('cli-tie-out-', 'recon.csv');

/** The worked invoice's files with its usage line: `tie-out` on them, `--usage` the days given. */
function usageTieOut(): (usage: string, ...more: string[]) => CliRun {
  const recon = file(`${USAGE_RECON.join('\n')}\n`);
  const invoices = file(invoice('2075.89'), 'invoices.json');
  return (usage, ...more) =>
    run(['tie-out', '--invoices', invoices, '--file', recon, '--usage', usage, ...more]);
}

describe('subscription-rules tie-out, built', () => {
  it('INV-3: --usage in English: the worked invoice tied, its days (Σ 700.11) matched with rounding 0.01 USD in its row, exit 0; days past the band: still tied, usage different, exit 1, the same bytes on 1 and 4 workers and spilling', () => {
    const tieOut = usageTieOut();
    const dru = file(gzipSync(`${[DRU_HEADER, ...DAYS].join('\n')}\n`), 'dru.csv.gz');
    const ok = tieOut(dru);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Daily usage\n.*G000024135 .*tied\n\s+1 matched, rounding 0\.01 USD\n/);
    const short = file(`${[DRU_HEADER, ...DAYS_PAST].join('\n')}\n`, 'dru.csv');
    const outputs = [
      ['--workers', '1'],
      ['--workers', '4'],
      ['--memory', '1K'],
    ].map((more) => tieOut(short, '--json', ...more));
    expect(outputs.map((o) => o.code)).toEqual([1, 1, 1]);
    expect(new Set(outputs.map((o) => o.out)).size).toBe(1);
    const read = JSON.parse(outputs[0]?.out ?? '');
    expect([read.results[0].outcome, read.results[0].usage.different, read.summary.tied]).toEqual([
      'tied',
      1,
      true,
    ]);
    const text = tieOut(short);
    expect(text.code).toBe(1);
    expect(text.out).toContain('1 different');
    expect(text.out).toContain('Daily usage: 1 usage groups do not match the invoices (USG-4)');
  });

  it('INV-3: --usage in Korean: the usage cell and the closing line in Korean', () => {
    const tieOut = usageTieOut();
    const dru = file(`${[DRU_HEADER, ...DAYS].join('\n')}\n`, 'dru.csv');
    const ok = tieOut(dru, '--locale', 'ko');
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('일별 사용량');
    expect(ok.out).toContain('1개 일치, 반올림 0.01 USD');
    const short = file(`${[DRU_HEADER, ...DAYS_PAST].join('\n')}\n`, 'dru.csv');
    const bad = tieOut(short, '--locale', 'ko');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('1개 다름');
    expect(bad.out).toContain('사용량 그룹 1개가 청구서와 맞지 않습니다(USG-4)');
  });

  it('INV-3: the worked invoice split over two files (one gzip) ties out: exit 0, a table per invoice and currency and the summary', () => {
    const first = file(`${[HEADER, ...LINES.slice(0, 2)].join('\n')}\n`);
    const second = file(
      gzipSync(`${[HEADER, ...LINES.slice(2)].join('\r\n')}\r\n`),
      'recon.csv.gz',
    );
    const invoices = file(invoice('2075.89'), 'invoices.json');
    const { code, out, err } = run([
      'tie-out',
      '--invoices',
      invoices,
      '--file',
      first,
      '--file',
      second,
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain(
      'Invoice     Currency  Lines  Sum of lines  Invoice total  Residual  Outcome',
    );
    expect(out).toContain(
      'G000024135  USD       4      2075.89 USD   2075.89 USD    0.00 USD  tied',
    );
    expect(out).toContain('USD: 1 invoices (1 tied); lines 2075.89 USD, invoices 2075.89 USD');
    expect(out).toContain('Every invoice ties out to its lines (4 rows read).');
  });

  it('INV-3: an invoice number with lines in two currencies is a row in each, its note said once', () => {
    const recon = file(`${[HEADER, ...MIXED].join('\n')}\n`);
    const invoices = file(invoice('10.00', 'G000000002', 'EUR'), 'invoices.json');
    const { code, out } = run(['tie-out', '--invoices', invoices, '--file', recon]);
    expect(code).toBe(1);
    expect(out).toMatch(/G000000002 +EUR .*mixed currencies/);
    expect(out).toMatch(/G000000002 +USD .*mixed currencies/);
    const note = 'G000000002: its lines are in EUR, USD; an invoice is in one billing currency';
    expect(out.split(note).length - 1).toBe(1);
  });

  it('INV-3: an adjustment not in the files exits 1, says what to do, and --json writes every result', () => {
    const recon = file(WORKED);
    const folder = newFolder('invoices');
    writeFileSync(join(folder, 'a.json'), `[${invoice('2125.89')}]`);
    writeFileSync(join(folder, 'b.jsonl'), `${creditNote('-50.00', 'G000000777', 'G000024135')}\n`);
    const human = run(['tie-out', '--invoices', folder, '--file', recon]);
    expect(human.code).toBe(1);
    expect(human.out).toContain('ask Microsoft which adjustment it is');
    expect(human.out).toMatch(
      /G000024135 +USD +4 +2075\.89 USD +2125\.89 USD +50\.00 USD +adjustment not in the files/,
    );
    expect(human.out).toMatch(/G000000777 +USD +0 +0\.00 USD +-50\.00 USD +-50\.00 USD +no lines/);
    const out = join(dir, 'tie-out.json');
    const json = run(['tie-out', '--invoices', folder, '--file', recon, '--json', '--out', out]);
    expect(json.code).toBe(1);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(
      written.results.map((r: { invoiceNumber: string; outcome: string }) => [
        r.invoiceNumber,
        r.outcome,
      ]),
    ).toEqual([
      ['G000000777', 'no-lines'],
      ['G000024135', 'adjustment-not-in-files'],
    ]);
    expect(written.results[1].netOfAmendments).toEqual({ amount: 207589, currency: 'USD' });
  });

  it('INV-2, PRICE-1: yen printed with a decimal: the table and --json give 901.2 exactly in `exact`, whole sums as Money, a line past the safe integers an issue naming its row, never a float, on either engine', () => {
    const recon = file(
      `${[
        HEADER,
        'G000000001,usage,200.4,0,200.4,JPY',
        'G000000001,usage,300.4,0,300.4,JPY',
        'G000000001,usage,400.4,0,400.4,JPY',
        'G000000003,usage,200.5,0,200.5,JPY',
        'G000000003,usage,300.5,0,300.5,JPY',
        'G000000004,new,17000000000000000000000000000000.00,0,17000000000000000000000000000000.00,USD',
      ].join('\n')}\n`,
    );
    const invoices = file(`[${invoice('900', 'G000000001', 'JPY')}]`, 'invoices.json');
    const human = run(['tie-out', '--invoices', invoices, '--file', recon]);
    expect(human.code).toBe(1);
    expect(human.out).toMatch(/G000000001 +JPY +3 +901\.2 JPY +900 JPY +-1\.2 JPY +rounding/);
    expect(human.out).toMatch(/G000000003 +JPY +2 +501 JPY/);
    expect(human.out).toMatch(
      /recon\.csv:6 Subtotal: expected an amount of at most 9007199254740991 minor units/,
    );
    expect(human.out).not.toMatch(/\de\+/);
    const json = run(['tie-out', '--invoices', invoices, '--file', recon, '--json']);
    const written = JSON.parse(json.out);
    expect([
      written.results[0].total,
      written.results[0].residual,
      written.results[1].total,
    ]).toEqual([
      { exact: '901.2', currency: 'JPY' },
      { exact: '-1.2', currency: 'JPY' },
      { amount: 501, currency: 'JPY' },
    ]);
    const duck = run([
      'tie-out',
      '--invoices',
      invoices,
      '--file',
      recon,
      '--json',
      '--engine',
      'duckdb',
    ]);
    expect(duck.out).toBe(json.out);
  });

  it('INV-3, MSG-1: in Korean, the table, the sentences and the summary', () => {
    const recon = file(WORKED);
    const invoices = file(invoice('2075.90'), 'invoices.json');
    const { code, out } = run([
      'tie-out',
      '--invoices',
      invoices,
      '--file',
      recon,
      '--locale',
      'ko',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('청구서');
    expect(out).toContain('반올림');
    expect(out).toContain(
      '줄 4개의 합계 2075.89 USD은(는) 청구서의 2075.90 USD과(와) 0.01 USD 차이가 납니다',
    );
    expect(out).toContain('모든 청구서가 줄과 일치합니다(읽은 행 4개).');
  });

  it('INV-3: --workers 1, 2 and 4, with --memory spilling the rows to disk or not, write the same bytes (table and --json)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            number: fc.integer({ min: 0, max: 40 }),
            currency: fc.constantFrom('USD', 'JPY'),
            cents: fc.integer({ min: -99_999, max: 999_999 }),
          }),
          { minLength: 1, maxLength: 300 },
        ),
        fc.nat(),
        (lines, cut) => {
          const number = (n: number): string => `G${String(24_100 + n).padStart(9, '0')}`;
          const money = (currency: string, units: number): string =>
            currency === 'JPY' ? String(units) : (units / 100).toFixed(2);
          const rows = lines.map(
            ({ number: n, currency, cents }) =>
              `${number(n)},usage,${money(currency, cents)},0,${money(currency, cents)},${currency}`,
          );
          // a row of no invoice and a row whose quotes never close, as a file may have them
          rows.splice(cut % rows.length, 0, ',usage,1.00,0,1.00,USD');
          const at = cut % (rows.length + 1);
          const first = file(`${[HEADER, ...rows.slice(0, at)].join('\n')}\n`);
          const second = file(
            gzipSync(`${[HEADER, ...rows.slice(at), '"G1,usage'].join('\n')}\n`),
            'recon.csv.gz',
          );
          // every other invoice has a resource; the tenth is a credit note of the first
          const resources = Array.from({ length: 41 }, (_, n) => n)
            .filter((n) => n % 2 === 0)
            .map((n) =>
              n === 10 ? creditNote('-1.00', number(n), number(0)) : invoice(`${n}.00`, number(n)),
            );
          const invoices = file(`[${resources.join(',')}]`, 'invoices.json');
          const base = ['tie-out', '--invoices', invoices, '--file', first, '--file', second];
          const outputs = (flags: readonly string[]): string[] =>
            [[], ['--json']].map((format) => {
              const { code, out, err } = run([...base, ...format, ...flags]);
              return `${code}\n${out}\n${err}`;
            });
          const one = outputs(['--workers', '1']);
          expect(one[0]).toMatch(/^1\n/);
          for (const flags of [
            ['--workers', '2'],
            ['--workers', '4'],
            ['--workers', '1', '--memory', '1K'],
            ['--workers', '3', '--memory', '1K'],
          ])
            expect(outputs(flags)).toEqual(one);
        },
      ),
      { numRuns: 2 },
    );
    // each run starts the command 10 times
  }, 240_000);

  it('ERR-2: bad input exits 2 with one line naming the flag: an invoice that cannot be read, --usage (on either engine), a file without InvoiceNumber', () => {
    const recon = file(WORKED);
    const bad = file(invoice('2075.891'), 'invoices.json');
    const good = file(invoice('2075.89'), 'invoices.json');
    const read = run(['tie-out', '--invoices', bad, '--file', recon]);
    expect(read.code).toBe(2);
    expect(read.err).toMatch(
      /^error: --invoices: .*invoices\.json: totalCharges: expected decimal text with at most 2 decimals for USD/,
    );
    const usage = run([
      'tie-out',
      '--invoices',
      good,
      '--file',
      recon,
      '--usage',
      `${dir}/none.csv`,
    ]);
    expect([usage.code, usage.err.split('\n').length]).toEqual([2, 2]);
    expect(usage.err).toMatch(/^error: --usage: cannot read .*none\.csv/);
    // DuckDB reads --usage too: a usage path at fault is the same line
    expect(
      run([
        'tie-out',
        '--invoices',
        good,
        '--file',
        recon,
        '--engine',
        'duckdb',
        '--usage',
        `${dir}/none.csv`,
      ]),
    ).toEqual(usage);
    const other = file('SubscriptionId,Subtotal\ns,1\n');
    expect(run(['tie-out', '--invoices', good, '--file', other]).err).toContain(
      'has no InvoiceNumber column',
    );
  });
});

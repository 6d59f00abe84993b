import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the bench's generator is plain JavaScript
import { writeReconcileFile } from '../../bench/reconcileFile.mjs';
import { tempFolder } from '../_tempFolder.ts';
import { type CliRun, runCli, scratch } from './_cli.ts';
import { creditNote, HEADER, invoice, JPY, LINES, MIXED, WORKED } from './_tieOutFixtures.ts';

const { dir, file } = scratch('cli-tie-out-duckdb-', 'recon.csv');

/** One run of the built `tie-out`, `env` over the test's environment. */
const run = (args: readonly string[], env: Readonly<Record<string, string>> = {}): CliRun =>
  runCli(['tie-out', ...args], { env });

/** Each run starts DuckDB in a process of its own: minutes on a busy machine. */
const SLOW = { timeout: 600_000 };

/** Workers 1 and 2, the memory budget off and on (1K: the default engine spills at once). */
const EVERY_RUN = [
  ['--workers', '2'],
  ['--workers', '1', '--memory', '512M'],
  ['--workers', '2', '--memory', '1K'],
] as const;

/**
 * Both engines on the same command line, as text, `--json` and `--csv` (to standard output and
 * with `--out`), with every set of workers and budget: the same exit code and the same bytes on
 * both streams, and the `--out` file the same.
 *
 * @returns The default engine's first text run.
 */
function sameBytes(args: readonly string[], runs: readonly (readonly string[])[]): CliRun {
  const first = run([...args, '--workers', '1']);
  for (const more of runs)
    for (const format of [[], ['--json'], ['--csv']]) {
      const said = `${[...format, ...more].join(' ')}`;
      const base = run([...args, ...format, ...more]);
      const duck = run([...args, ...format, ...more, '--engine', 'duckdb']);
      expect(duck.code, said).toBe(base.code);
      expect(duck.out, said).toBe(base.out);
      expect(duck.err, said).toBe(base.err);
      if (format.length === 0) expect(base.out, said).toBe(first.out);
    }
  for (const format of ['--json', '--csv']) {
    const [a, b] = [file('', 'a.out'), file('', 'b.out')];
    run([...args, format, '--out', a, '--workers', '1']);
    run([...args, format, '--out', b, '--engine', 'duckdb', '--workers', '2']);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
  }
  return first;
}

const creditNote777 = creditNote('-50.00', 'G000000777', 'G000024135');

describe('subscription-rules tie-out --engine duckdb, built', () => {
  it(
    'INV-3: tie-out --engine duckdb gives the default engine’s bytes (text, --json, --csv) for --workers 1/2 and --memory: 2075.89 tied, 0.01 rounding, 50.00 adjustment, JPY m = 3, mixed currencies, the credit note',
    SLOW,
    () => {
      const recon = [
        file(`${[HEADER, ...LINES.slice(0, 2), ...JPY].join('\n')}\n`),
        file(gzipSync(`${[HEADER, ...LINES.slice(2), ...MIXED].join('\r\n')}\r\n`), 'r.csv.gz'),
      ];
      const withFiles = recon.flatMap((path) => ['--file', path]);
      const outcomes: (number | null)[] = [];
      for (const total of ['2075.89', '2075.90', '2125.89']) {
        const invoices = file(
          `[${[invoice(total), invoice('900', 'G000000001', 'JPY'), creditNote777].join(',')}]`,
          'invoices.json',
        );
        // every worker count and budget on the last; one each on the others
        const first = sameBytes(
          ['--invoices', invoices, ...withFiles],
          total === '2125.89' ? EVERY_RUN : [['--workers', '1']],
        );
        outcomes.push(first.code);
        expect(first.out).toContain(
          'G000000001  JPY       3      901.2 JPY     900 JPY        -1.2 JPY',
        );
      }
      expect(outcomes).toEqual([1, 1, 1]);
      // the worked invoice alone, tied: exit 0 on both engines
      const alone = file(invoice('2075.89'), 'invoices.json');
      const tied = sameBytes(['--invoices', alone, '--file', file(WORKED)], [['--workers', '2']]);
      expect(tied.code).toBe(0);
      expect(tied.out).toContain(
        'G000024135  USD       4      2075.89 USD   2075.89 USD    0.00 USD  tied',
      );
    },
  );

  it(
    'INV-3, MSG-1: in Korean, DuckDB writes the default engine’s table, sentences and summary',
    SLOW,
    () => {
      const invoices = file(invoice('2075.90'), 'invoices.json');
      const args = ['--invoices', invoices, '--file', file(WORKED)];
      const base = run([...args, '--locale', 'ko']);
      const duck = run([...args, '--locale', 'ko', '--engine', 'duckdb']);
      expect(duck).toEqual(base);
      expect(duck.code).toBe(0);
      expect(duck.out).toContain('모든 청구서가 줄과 일치합니다(읽은 행 4개).');
    },
  );

  it(
    'INV-3, REC-2: a generated file of 30,000 lines in the export’s dialect (byte-order mark, CRLF, apostrophes, 18 decimals, 0E-20, quoted cells) with odd decimal texts planted: the default engine’s bytes',
    SLOW,
    () => {
      const written = writeReconcileFile(join(dir, 'december'), { lines: 30_000 });
      const text = readFileSync(written.file, 'utf8').split('\r\n');
      const header = (text[0] as string).replace(/^\uFEFF/, '').split(',');
      const at = (name: string) => header.indexOf(name);
      // every 997th line gets an odd number the SQL leaves to the library's reader, every 991st
      // another invoice number, every 983rd a currency in lower case
      const odd = ["'1.5E+2", '0.0000000000000000001', ' 12.50 ', 'x', '', "'0E-20"];
      const lines = text.slice(1).map((line, i) => {
        if (line === '' || line.includes('"')) return line;
        const cells = line.split(',');
        if (i % 997 === 5) cells[at('Subtotal')] = odd[i % odd.length] as string;
        if (i % 991 === 7) cells[at('InvoiceNumber')] = 'G0123456790';
        if (i % 983 === 3) cells[at('Currency')] = (cells[at('Currency')] as string).toLowerCase();
        return cells.join(',');
      });
      const recon = file(`${[text[0], ...lines].join('\r\n')}`, 'december.csv');
      const invoices = file(
        `[${invoice('1000.00', 'G0123456789')},${invoice('-1.00', 'G0123456790', 'EUR')}]`,
        'invoices.json',
      );
      const args = ['--invoices', invoices, '--file', recon];
      const first = sameBytes(args, [['--workers', '1', '--memory', '512M']]);
      // DuckDB's two threads: the default engine's bytes on one
      expect(run([...args, '--json', '--engine', 'duckdb', '--workers', '2'])).toEqual(
        run([...args, '--json', '--workers', '1']),
      );
      expect(first.code).toBe(1);
      expect(first.out).toContain('G0123456790');
    },
  );

  it(
    'INV-3, REC-3: a gzip cut short is the default engine’s error (exit 2), and without DuckDB’s package its message, the run’s folder left behind by neither',
    SLOW,
    () => {
      const invoices = file(invoice('2075.89'), 'invoices.json');
      const whole = gzipSync(`${[HEADER, ...LINES, ...JPY].join('\n')}\n`);
      const cut = file(whole.subarray(0, whole.length - 12), 'cut.csv.gz');
      const base = run(['--invoices', invoices, '--file', cut]);
      const duck = run(['--invoices', invoices, '--file', cut, '--engine', 'duckdb']);
      expect(base.code).toBe(2);
      expect(duck).toEqual(base);
      const temporary = tempFolder('tmp-', dir);
      const absent = run(['--invoices', invoices, '--file', cut, '--engine', 'duckdb'], {
        SUBSCRIPTION_RULES_DUCKDB_MODULE: '@duckdb/not-installed',
        TMPDIR: temporary,
      });
      expect(absent.code).toBe(2);
      expect(absent.err).toBe(
        'error: --engine duckdb: needs the optional package @duckdb/node-api, not installed here: npm install @duckdb/node-api (or leave out --engine)\n',
      );
      const ok = run(
        ['--invoices', invoices, '--file', file(`${HEADER}\n${LINES[0]}\n`), '--engine', 'duckdb'],
        {
          TMPDIR: temporary,
        },
      );
      expect(ok.code).toBe(1);
      expect(readdirSync(temporary)).toEqual([]);
    },
  );

  it(
    'INV-3: --usage with --engine duckdb reads the usage by DuckDB to the default engine’s bytes; another engine name is refused (exit 2)',
    SLOW,
    () => {
      const invoices = file(invoice('2075.89'), 'invoices.json');
      const recon = file(WORKED);
      // the usage line's days: 233.37 on each of three days (Σ 700.11, a cent of rounding), and one
      // day of another plan the invoice does not bill
      const USAGE_HEADER =
        'InvoiceNumber,ProductId,SkuId,AvailabilityId,SubscriptionId,ChargeStartDate,ChargeEndDate,UsageDate,MeterId,MeterName,UnitPrice,Quantity,EffectiveUnitPrice,PCToBCExchangeRate,BillingPreTaxTotal,BillingCurrency,PricingCurrency,EntitlementId';
      const usageDay = (plan: string, d: number): string =>
        `G000024135,DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,${plan},2026-10-01,2026-10-31,2026-10-0${d},vm,VM,0.10,2333.7,0.10,1,233.37,USD,USD,azure-1`;
      const usage = file(
        `${[USAGE_HEADER, usageDay('plan-1', 1), usageDay('plan-1', 2), usageDay('plan-1', 3), usageDay('plan-2', 4)].join('\n')}\n`,
        'usage.csv',
      );
      const first = sameBytes(
        ['--invoices', invoices, '--file', recon, '--usage', usage],
        [['--workers', '2']],
      );
      // the usage was read: its four days, of two groups the file has no usage line for
      expect(first.code).toBe(1);
      expect(first.out).toContain('Daily usage: 2 usage groups do not match the invoices (USG-4)');
      const other = run(['--invoices', invoices, '--file', recon, '--engine', 'spark']);
      expect(other.code).toBe(2);
      expect(other.err).toMatch(/^error: --engine: expected default .* or duckdb/);
    },
  );
});

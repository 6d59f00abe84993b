import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the bench's generator is plain JavaScript
import { writeReconcileFile } from '../../bench/reconcileFile.mjs';
import { licence } from '../_licence.ts';
import { tempFolder } from '../_tempFolder.ts';
import { octoberFile } from '../cli/commands/_october.ts';
import { type ReconcileRun as Run, reconcileInto, runCli, scratch } from './_cli.ts';

const work = scratch('cli-reconcile-duckdb-', 'recon.csv');
const { dir, file } = work;

/** The built `reconcile` with `--json` or `--csv` into a file, `env` over the test's own. */
function reconcile(
  args: readonly string[],
  format: 'json' | 'csv' = 'json',
  env: Readonly<Record<string, string>> = {},
): Run {
  return reconcileInto(work, args, format, { env });
}

/**
 * Both engines on one file, in JSON and CSV, with every set of workers and memory budget: every
 * finding byte for byte and the summary the same but for how the run went, as the default
 * engine's first run (held in memory) writes them — spilled to disk or not.
 *
 * @returns The default engine's first run.
 */
function sameFindings(
  args: readonly string[],
  runs: readonly (readonly string[])[] = [['--workers', '1']],
  engine: 'duckdb' | 'default' = 'duckdb',
): Run {
  let first: Run | undefined;
  let firstCsv: string | undefined;
  for (const more of runs) {
    const base = reconcile([...args, ...more]);
    first ??= base;
    expect(base.run.engine).toBe('default');
    const duck = reconcile([...args, '--engine', 'duckdb', ...more]);
    const said = `${more.join(' ')}: ${duck.err}`;
    expect(duck.run.engine, said).toBe(engine);
    expect(duck.run.spilled, said).toBe(base.run.spilled);
    // four workers within 1K are warned of on the default engine's readers (256M each); DuckDB's
    // workers need 512M each, and every budget here is 512M or less: more than one is warned of
    const workers = Number(more[more.indexOf('--workers') + 1]);
    expect(base.err.includes('warning: --workers 4 within --memory 1K:'), said).toBe(
      more.includes('4'),
    );
    expect(duck.err.includes(`warning: --workers ${workers} within --memory `), said).toBe(
      workers > 1,
    );
    for (const found of [base, duck]) {
      expect(found.code, said).toBe(first.code);
      expect(found.findings, said).toBe(first.findings);
      expect(found.summary, said).toEqual(first.summary);
    }
    // the CSV is written from the same findings: the first run and the last, spilled when asked
    if (more === runs[0] || more === runs[runs.length - 1]) {
      firstCsv ??= reconcile([...args, ...more], 'csv').findings;
      const csv = reconcile([...args, '--engine', 'duckdb', ...more], 'csv');
      expect(csv.findings, said).toBe(firstCsv);
      expect(reconcile([...args, ...more], 'csv').findings, said).toBe(firstCsv);
    }
  }
  return first as Run;
}

/**
 * A generated file of `lines` lines on DuckDB with 512M (128 MiB of it DuckDB's) and one worker,
 * through {@link smallDuckdb} with `env`.
 */
function onSmallDuckdb(name: string, lines: number, env: Readonly<Record<string, string>>): Run {
  return reconcile(
    [...generated(name, lines), '--engine', 'duckdb', '--memory', '512M', '--workers', '1'],
    'json',
    { SUBSCRIPTION_RULES_DUCKDB_MODULE: smallDuckdb(), ...env },
  );
}

/** The bench's generated file of `lines` lines in a folder `name`: its file, resources and prices. */
function generated(name: string, lines: number): string[] {
  const written = writeReconcileFile(join(dir, name), { lines });
  return ['--file', written.file, '--subscriptions', written.resources, '--prices', written.prices];
}

/** The lines of standard error that are errors. */
const errorLines = (err: string): string[] =>
  err
    .trim()
    .split('\n')
    .filter((line) => line.startsWith('error:'));

/** Each run is a process of its own, DuckDB's load included: minutes on a busy machine. */
const SLOW = { timeout: 600_000 };

/**
 * Workers 1, 2 and 4, the memory budget far off and passed at once: 1K is passed by the first
 * subscriptions whether one thread holds them (DuckDB's reader, half the budget) or four workers
 * (a sixteenth each).
 */
const EVERY_RUN = [
  ['--workers', '1'],
  ['--workers', '2'],
  ['--workers', '1', '--memory', '1K'],
  ['--workers', '4', '--memory', '1K'],
] as const;

/**
 * A stand-in for `@duckdb/node-api` (loaded through `SUBSCRIPTION_RULES_DUCKDB_MODULE`) that,
 * once the file is loaded, sets DuckDB's buffers to `SPILL_TEST_MEMORY`: the load itself needs
 * more than the grouping's smallest limit, and the flag gives DuckDB at least 128 MiB, so only
 * this makes the grouping work out of core on a file a test can afford. It says on standard
 * error that it did, so a run it did not reach cannot pass for one it did.
 */
function smallDuckdb(): string {
  const root = new URL('../../package.json', import.meta.url).pathname;
  return file(
    `import { createRequire } from 'node:module';
const duckdb = createRequire(${JSON.stringify(root)})('@duckdb/node-api');
export const DuckDBInstance = {
  async create(path, settings) {
    const instance = await duckdb.DuckDBInstance.create(path, settings);
    const connect = instance.connect.bind(instance);
    instance.connect = async () => {
      const connection = await connect();
      const run = connection.run.bind(connection);
      connection.run = async (sql) => {
        const result = await run(sql);
        if (sql.includes('preserve_insertion_order')) {
          await run(\`SET memory_limit = '\${process.env.SPILL_TEST_MEMORY}'\`);
          process.stderr.write(\`test: memory_limit \${process.env.SPILL_TEST_MEMORY}\\n\`);
        }
        return result;
      };
      // SPILL_TEST_CUT: the sorted groups' stream ends after its first chunk, as DuckDB's API ends
      // a stream that fails on the way (a null chunk, no error)
      const stream = connection.stream.bind(connection);
      connection.stream = async (sql) => {
        const result = await stream(sql);
        if (process.env.SPILL_TEST_CUT === '1' && sql.includes('FROM listed')) {
          const fetchChunk = result.fetchChunk.bind(result);
          let chunks = 0;
          result.fetchChunk = async () => (chunks++ === 0 ? fetchChunk() : null);
          process.stderr.write('test: stream cut\\n');
        }
        return result;
      };
      return connection;
    };
    return instance;
  },
};
`,
    'small-duckdb.mjs',
  );
}

/**
 * The spilled runs: a file of 100,000 lines, whose grouping needs more than 128 MiB of DuckDB's
 * buffers held at once, grouped within 96 MiB on one thread and 128 MiB on two.
 */
const SPILL_LINES = 100_000;
const SPILLED_RUNS = [
  ['1', '96MiB'],
  ['2', '128MiB'],
] as const;

describe('subscription-rules reconcile --engine duckdb, built', () => {
  it(
    'REC-3: the October file (gzip) with its planted findings: the same output as the default engine held in memory, byte for byte, with 1, 2 and 4 workers, the memory budget on and off, in English and Korean',
    SLOW,
    () => {
      const generated = octoberFile(7);
      const args = [
        '--file',
        file(generated.gzip, 'october.csv.gz'),
        '--subscriptions',
        file(generated.resources, 'october.json'),
        '--period',
        '2026-10',
      ];
      const base = sameFindings(args, EVERY_RUN);
      expect(base.code).toBe(1);
      expect(base.summary.different).toBeGreaterThan(0);
      sameFindings([...args, '--locale', 'ko']);
    },
  );

  it(
    'REC-3: a generated December file with planted errors (byte-order mark, CRLF, apostrophes, 0E-20, any letter case, three date forms, credits printed positive, quoted cells): the planted findings and the default engine’s held in memory, byte for byte, with 1, 2 and 4 workers, the memory budget on and off',
    SLOW,
    () => {
      const written = writeReconcileFile(join(dir, 'december'), { lines: 3000 });
      const args = [
        '--file',
        written.file,
        '--subscriptions',
        written.resources,
        '--prices',
        written.prices,
      ];
      const base = sameFindings(args, EVERY_RUN);
      expect([base.summary.different, base.summary.missing, base.summary.unexpected]).toEqual([
        written.planted.different,
        written.planted.missing,
        written.planted.unexpected,
      ]);
      // the same file as gzip, its own UnitPrice instead of --prices
      const gzip = file(gzipSync(readFileSync(written.file)), 'december.csv.gz');
      sameFindings(['--file', gzip, '--subscriptions', written.resources], [['--workers', '2']]);
    },
  );

  it(
    'REC-2, REC-3, REC-4: rows the SQL does not read as the default engine does (a day that does not exist, scientific notation, 21 digits, a currency or charge type past ASCII, a folded letter in a name) go through the default reader: the same issues, notes and findings',
    SLOW,
    () => {
      const header = `\uFEFFSubscriptionId,CustomerName,SkuName,ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,EffectiveUnitPrice,Quantity,BillableQuantity,Subtotal,Currency,PromotionId`;
      const seat = (day: number, price = "'12.500000000000000000"): string =>
        `S7,Fabrikam,Microsoft 365 E3,addQuantity,2026-11-${String(day).padStart(2, '0')},2026-12-19,12.50,${price},${10 + day},1,0.41,usd,`;
      const lines = [
        // S1: Excel's apostrophes, an instant and a US date, 18 decimals, taxes as 0E-20
        " S1\u00a0,Contoso,Microsoft 365 E3,NEW,'2026-11-20T00:00:00Z,12/19/2026,'12.500000000000000000,'12.500000000000000000,'10,'10.000000000000000000,'125.000000000000000000,USD,",
        // S2: a credit printed positive, in another case, a cancel
        'S2,Contoso,Microsoft 365 E3,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD,PROMO-1',
        'S2,Contoso,Microsoft 365 E3,RemoveQuantity,2026-11-25,2026-12-19,12.50,12.50,8,2,20.83,USD,PROMO-2',
        'S2,Contoso,Microsoft 365 E3,cancelImmediate,2026-11-28,2026-12-19,12.50,12.50,0,8,0E-20,USD,',
        // S3: a day that does not exist and a number that is not one: unreadable rows
        'S3,Adatum,Microsoft 365 E5,new,2026-02-30,2026-03-29,30.00,30.00,5,5,150.00,USD,',
        'S3,Adatum,Microsoft 365 E5,new,2026-11-20,2026-12-19,30.00,30.00,5,five,150.00,USD,',
        'S3,Adatum,Microsoft 365 E5,cycleCharge,2026-11-20,2026-12-19,30.00,30.00,5,5,150.00,USD,',
        // S4: scientific notation and 21 digits, both numbers to the default reader
        'S4,Adatum,Microsoft 365 E5,new,2026-11-20,2026-12-19,30.00,3E+1,5,5E0,1.5E+2,USD,',
        'S5,Adatum,Microsoft 365 E5,new,2026-11-20,2026-12-19,30.00,30.00,5,5,150.000000000000000000001,USD,',
        'S5,Adatum,Microsoft 365 E5,new,2026-11-20,2026-12-19,30.00,30.00,5,5,123456789012345678901,USD,',
        // S6: a currency and a charge type past ASCII, a folded letter in the SKU's name
        'S6,Tailspin,Microsoft 365 E3,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,ÜSD,',
        'S6,Tailspin,Microsoft 365 E3,cycleÇharge,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD,',
        'S6,Tailspin,Extended ſervice Term,cycleCharge,2026-12-01,2026-12-31,12.50,12.50,10,10,125.00,USD,',
        // a month of Extended Service Term by its name; an unknown charge type
        'S8,Tailspin,Microsoft 365 E3 Extended Service Term,cycleCharge,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD,',
        'S8,Tailspin,Microsoft 365 E3,mystery,2026-11-20,2026-12-19,12.50,12.50,10,10,1.00,USD,',
        'S8,Tailspin,Microsoft 365 E3,mystery,2026-11-20,2026-12-19,12.50,12.50,10,10,2.00,USD,',
        // lines without SubscriptionId
        ',Loose,Microsoft 365 E3,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD,',
        '  ,Loose,Microsoft 365 E3,new,2026-11-21,2026-12-19,12.50,12.50,10,10,125.00,USD,',
        // S7: 120 lines of one group (each line's quantity kept up to 100), prices that differ
        ...Array.from({ length: 120 }, (_, i) => seat(1 + (i % 19), i === 7 ? '12.49' : undefined)),
        'S7,Fabrikam,Microsoft 365 E3,addQuantity,2026-11-21,2026-12-19,12.50,,31,1,0.41,USD,',
        // empty cells where numbers are needed; a last billed day before the first
        'S9,Fabrikam,Microsoft 365 E3,new,2026-11-20,2026-11-19,12.50,12.50,10,10,125.00,USD,',
        'S9,Fabrikam,Microsoft 365 E3,new,2026-11-20,2026-12-19,12.50,12.50,10,,,USD,',
        '"S10","Quoted, Inc.","Microsoft 365 ""E3""",new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD,',
      ];
      const text = `${[header, ...lines].join('\r\n')}\r\n`;
      const resources = file(
        ['S1', 'S2', 'S3', 'S7', 'S10'].map((id) => licence({ id })),
        'resources.json',
      );
      const args = ['--file', file(text), '--subscriptions', resources];
      const base = sameFindings(args, EVERY_RUN);
      expect(base.summary.rowIssues).toBeGreaterThanOrEqual(5);
      expect(base.findings).toContain('"finding":"issue"');
      // one resource alone takes the lines without SubscriptionId
      const one = file([JSON.parse(readFileSync(resources, 'utf8'))[0]], 'one.json');
      sameFindings(['--file', file(text), '--subscriptions', one], [['--workers', '1']]);
    },
  );

  it(
    'REC-3: a file DuckDB’s reader splits otherwise (a quote that does not close, a row short of cells, a blank row of spaces) is read by the default engine, which the summary names',
    SLOW,
    () => {
      const header =
        'SubscriptionId,ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,EffectiveUnitPrice,Quantity,BillableQuantity,Subtotal,Currency';
      const good = 'S1,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD';
      const resources = file([], 'none.json');
      for (const bad of ['S2,new,"2026-11-20,2026-12-19,1,1,1,1,1,USD', 'S2,new', '   ']) {
        const args = [
          '--file',
          file(`${header}\n${good}\n${bad}\n${good}\n`),
          '--subscriptions',
          resources,
        ];
        sameFindings(args, [['--workers', '1']], 'default');
        expect(reconcile([...args, '--engine', 'duckdb']).err).toMatch(
          /^warning: --engine duckdb: DuckDB's reader splits its rows otherwise than the default reader \(line 3: [a-z ]+; lines refused: 1\); the default engine reads the file\n/,
        );
      }
    },
  );

  it(
    'REC-3: a truncated gzip (cut inside a line, at the end of a line, or only its trailer) is refused by DuckDB’s engine as by the default one: the same one line, exit 2, no findings and no stack trace',
    SLOW,
    () => {
      const generated = octoberFile(7);
      const whole = generated.gzip;
      const resources = file(generated.resources, 'october.json');
      const header =
        'SubscriptionId,ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,EffectiveUnitPrice,Quantity,BillableQuantity,Subtotal,Currency\n';
      const line = 'S1,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD\n';
      // a small file cut in its middle: DuckDB reads the lines before the cut as if they were all
      const small = gzipSync(header + line.repeat(2000));
      const cuts: readonly (readonly [string, Uint8Array])[] = [
        ['the October file cut in half', whole.subarray(0, Math.floor(whole.length / 2))],
        ['the October file without its last byte', whole.subarray(0, whole.length - 1)],
        ['the October file without its 8-byte trailer', whole.subarray(0, whole.length - 8)],
        ['a small file cut in half', small.subarray(0, Math.floor(small.length / 2))],
        ['the first 20 bytes', whole.subarray(0, 20)],
      ];
      for (const [said, bytes] of cuts) {
        const path = file(bytes, 'cut.csv.gz');
        const expected = `error: --file: ${path} starts as gzip but does not inflate (Z_BUF_ERROR)`;
        for (const engine of [[], ['--engine', 'duckdb']]) {
          const result = runCli([
            'reconcile',
            '--file',
            path,
            '--subscriptions',
            resources,
            ...engine,
          ]);
          const run = `${said} ${engine.join(' ')}`;
          expect(result.err.trimEnd().split('\n'), run).toEqual([expected]);
          expect(result.out, run).toBe('');
          expect(result.code, run).toBe(2);
        }
      }
    },
  );

  it(
    "REC-3: DuckDB's findings are the default engine's byte for byte even when DuckDB spills (memory_limit far below the file)",
    SLOW,
    () => {
      const args = [...generated('spilled', SPILL_LINES), '--memory', '512M'];
      const base = reconcile([...args, '--workers', '1']);
      expect(base.run.engine).toBe('default');
      const module = smallDuckdb();
      for (const [workers, memory] of SPILLED_RUNS) {
        const duck = reconcile([...args, '--engine', 'duckdb', '--workers', workers], 'json', {
          SUBSCRIPTION_RULES_DUCKDB_MODULE: module,
          SPILL_TEST_MEMORY: memory,
        });
        const said = `--workers ${workers}, memory_limit ${memory}: ${duck.err}`;
        expect(duck.err, said).toContain(`test: memory_limit ${memory}\n`);
        expect(duck.run.engine, said).toBe('duckdb');
        expect(duck.code, said).toBe(base.code);
        expect(duck.findings, said).toBe(base.findings);
        expect(duck.summary, said).toEqual(base.summary);
      }
    },
  );

  it(
    'REC-3: when DuckDB runs out of its memory it stops with one line naming --memory (exit 3), never with part of the file',
    SLOW,
    () => {
      const duck = onSmallDuckdb('starved', 20_000, { SPILL_TEST_MEMORY: '2MiB' });
      expect(duck.code).toBe(3);
      expect(duck.err).toContain('test: memory_limit 2MiB\n');
      // DuckDB's limit is --memory less what the process holds as it opens: measured, so any MiB
      const errors = errorLines(duck.err);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /^error: out of memory: --engine duckdb: DuckDB needed more than the \d+ MiB its --memory gives it \(what the process does not hold, less a margin\) on 1 thread; give it more \(--memory 1G\), fewer --workers, or leave out --engine$/,
      );
      expect(duck.findings).toBe('');
    },
  );

  it(
    'REC-3: a stream of DuckDB’s groups that ends early stops the run with one line naming --memory (exit 3), never with the subscriptions it did not give',
    SLOW,
    () => {
      const duck = onSmallDuckdb('cut', 5000, { SPILL_TEST_MEMORY: '128MiB', SPILL_TEST_CUT: '1' });
      expect(duck.err).toContain('test: stream cut\n');
      expect(duck.code).toBe(3);
      const errors = errorLines(duck.err);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /^error: out of memory: --engine duckdb: DuckDB stopped after 2048 of the \d+ rows of the groups, most likely out of the \d+ MiB its --memory gives it \(what the process does not hold, less a margin\) on 1 thread; give it more \(--memory 1G\), fewer --workers, or leave out --engine$/,
      );
      expect(duck.findings).toBe('');
    },
  );

  it(
    'REC-3: without --workers, --engine duckdb replays on one worker for each 512M of --memory (DuckDB’s buffers take their part of it): one within 512M, the cores up to two within 1G; two given within 512M are taken and warned of, within 1G not',
    SLOW,
    () => {
      const args = generated('default-workers', 200);
      const within512 = reconcile([...args, '--engine', 'duckdb']);
      expect(within512.run.workers).toBe(1);
      expect(within512.err).not.toContain('warning: --workers');
      const within1G = reconcile([...args, '--engine', 'duckdb', '--memory', '1G']);
      expect(within1G.run.workers).toBe(Math.min(availableParallelism(), 2));
      expect(within1G.err).not.toContain('warning: --workers');
      // a count given past it is taken, and warned of with the budget it needs
      const two = reconcile([...args, '--engine', 'duckdb', '--workers', '2']);
      expect(two.run.workers).toBe(2);
      expect(two.err).toContain(
        'warning: --workers 2 within --memory 512M: each worker needs about 512M of it, so the run may take more memory than --memory; give --memory 1G, or --workers 1\n',
      );
      expect(two.findings).toBe(within512.findings);
      expect(
        reconcile([...args, '--engine', 'duckdb', '--workers', '2', '--memory', '1G']).err,
      ).not.toContain('warning: --workers');
    },
  );

  it('REC-3: --engine names default or duckdb; anything else is a usage error naming it (exit 2)', () => {
    const written = file('SubscriptionId,ChargeType\n', 'empty.csv');
    const result = runCli([
      'reconcile',
      '--file',
      written,
      '--subscriptions',
      written,
      '--engine',
      'sqlite',
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--engine: expected default');
  });

  it('REC-3: without @duckdb/node-api, --engine duckdb says in one line what to install (exit 2), and the default engine still runs; no temporary folder is left', () => {
    const generated = octoberFile(7);
    const args = [
      '--file',
      file(generated.gzip, 'october.csv.gz'),
      '--subscriptions',
      file(generated.resources, 'october.json'),
    ];
    const temporary = tempFolder('cli-reconcile-duckdb-tmp-');
    const absent = { SUBSCRIPTION_RULES_DUCKDB_MODULE: '@duckdb/not-installed', TMPDIR: temporary };
    const refused = reconcile([...args, '--engine', 'duckdb'], 'json', absent);
    expect(refused.code).toBe(2);
    expect(refused.err.trim().split('\n')).toEqual([
      'error: --engine duckdb: needs the optional package @duckdb/node-api, not installed here: npm install @duckdb/node-api (or leave out --engine)',
    ]);
    expect(reconcile(args, 'json', absent).run.engine).toBe('default');
    expect(
      reconcile([...args, '--engine', 'duckdb'], 'json', { TMPDIR: temporary }).run.engine,
    ).toBe('duckdb');
    expect(readdirSync(temporary)).toEqual([]);
  });
});

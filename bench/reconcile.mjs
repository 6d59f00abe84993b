// `npm run bench -- reconcile` (`npm run bench:reconcile`; also part of `npm run bench`): the
// `reconcile` command over generated New Commerce reconciliation files (bench/reconcileFile.mjs),
// side by side with the CSV parser alone over the same file in the same run
// (bench/reconcileParser.mjs), each in its own process: on one core (`taskset -c 0` where there is
// one, `--workers 1`), then with `--workers 2` on two; on the first file also `--engine duckdb`
// (bench/reconcileDuckdb.mjs). Lines a minute, the ratio to the parser's time, and peak memory
// (maxRSS). Targets (REC-3): ≥ 4 500 000 lines a minute on one core and ≤ 4× the parser;
// ≥ 7 000 000 with two workers; peak memory ≤ 512 MiB at 1 000 000 and 5 000 000 lines (flat).
// RECONCILE_LINES (comma-separated; default 1000000,5000000) sets the sizes, each file generated
// alike (dirty, its own subscriptions: 852 225 at 1 000 000 lines), so a flat peak says memory
// does not grow with the subscriptions. The files are written once under the system's temporary
// folder. bench/run.mjs writes the figures to bench/results.json and docs/PERFORMANCE.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './machine.mjs';
import { table } from './markdown.mjs';
import { peakKiB } from './peakKiB.mjs';
import { duckdbMarkdown, measureDuckdb } from './reconcileDuckdb.mjs';
import { writeReconcileFile } from './reconcileFile.mjs';
import { reconcileStages } from './reconcileStages.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = join(root, 'dist/cli.js');

/** `taskset -c 0` when the machine has it: every measured process on the same single core. */
export const pinned = (() => {
  try {
    execFileSync('taskset', ['-c', '0', 'true']);
    return ['taskset', '-c', '0'];
  } catch {
    return [];
  }
})();

/** Runs node on `args` (pinned to one core unless `free`); its wall time, peak memory and output. */
export function timed(args, free = false) {
  const [command, ...rest] = [
    ...(free ? [] : pinned),
    process.execPath,
    '--import',
    join(root, 'bench/maxRss.mjs'),
    ...args,
  ];
  const start = process.hrtime.bigint();
  const result = spawnSync(command, rest, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return {
    ms,
    maxRssMiB: peakKiB(result.stderr) / 1024,
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** The files of `lines` lines (over `subscriptions` subscriptions when given), written once. */
function files(lines, subscriptions) {
  const dir = join(
    tmpdir(),
    'subscription-rules-bench',
    `reconcile-${lines}${subscriptions ? `-over-${subscriptions}` : ''}`,
  );
  const done = join(dir, 'written.json');
  if (existsSync(done)) return JSON.parse(readFileSync(done, 'utf8'));
  const written = writeReconcileFile(dir, { lines, subscriptions });
  execFileSync(process.execPath, [
    '-e',
    `require('node:fs').writeFileSync(${JSON.stringify(done)}, ${JSON.stringify(JSON.stringify(written))})`,
  ]);
  return written;
}

const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;

/** One run of the command on a file: its time, memory and summary. */
function command(file, workers) {
  const out = join(tmpdir(), 'subscription-rules-bench', 'findings.json');
  const run = timed(
    [
      cli,
      'reconcile',
      '--file',
      file.file,
      '--subscriptions',
      file.resources,
      '--prices',
      file.prices,
      '--workers',
      String(workers),
      '--json',
      '--out',
      out,
    ],
    workers > 1,
  );
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`reconcile exited ${run.status}: ${run.stderr}`);
  // the per-customer totals are one entry a customer: too many to keep with the figures
  const { customers: _, ...summary } = JSON.parse(readFileSync(out, 'utf8')).summary;
  return { ...run, summary };
}

/** The DuckDB engine on a file; a run that fails is recorded as such, the other figures kept. */
function duckdbOn(file) {
  try {
    return measureDuckdb(file);
  } catch (error) {
    const said = String(error instanceof Error ? error.message : error).split('\n')[0];
    return { skipped: `failed on the ${file.lines.toLocaleString('en-US')}-line file (${said})` };
  }
}

/**
 * One file measured: the parser alone, the command on one core, and the command with two
 * workers on two, one after the other in this run; with `duckdb`, the DuckDB engine too.
 */
function measure(label, file, duckdb) {
  const parser = timed([join(root, 'bench/reconcileParser.mjs'), file.file]);
  const parsed = JSON.parse(parser.stdout);
  const one = command(file, 1);
  const two = command(file, 2);
  const lines = file.lines;
  const perMinute = (ms) => Math.round(lines / (ms / 60_000));
  return {
    label,
    lines,
    subscriptions: file.subscriptions,
    megabytes: round(statSync(file.file).size / 1e6, 1),
    parserMs: round(parser.ms, 0),
    parserRowsMs: round(parsed.ms, 0),
    parserLinesPerMinute: perMinute(parser.ms),
    parserMaxRssMiB: round(parser.maxRssMiB, 0),
    reconcileMs: round(one.ms, 0),
    linesPerMinute: perMinute(one.ms),
    ratioToParser: round(one.ms / parser.ms, 2),
    maxRssMiB: round(one.maxRssMiB, 0),
    spilled: one.summary.run?.spilled ?? false,
    twoWorkersMs: round(two.ms, 0),
    twoWorkersLinesPerMinute: perMinute(two.ms),
    twoWorkersMaxRssMiB: round(two.maxRssMiB, 0),
    summary: one.summary,
    planted: file.planted,
    ...(duckdb ? { duckdb: duckdbOn(file) } : {}),
  };
}

/**
 * Every measurement: the sizes of RECONCILE_LINES (1 000 000 and 5 000 000 by default), each file
 * generated alike, DuckDB on the first, and where a target is missed the time each stage adds on
 * the first file (bench/reconcileStages.mjs).
 */
export async function measureReconcile() {
  const sizes = (process.env.RECONCILE_LINES ?? '1000000,5000000').split(',').map(Number);
  const first = files(sizes[0]);
  const rows = sizes.map((lines, i) =>
    measure(`${lines.toLocaleString('en-US')} lines`, i === 0 ? first : files(lines), i === 0),
  );
  const verdicts = [
    {
      target: 'reconcile ≥ 4 500 000 lines a minute on one core',
      measured: rows.map((row) => row.linesPerMinute.toLocaleString('en-US')).join('; '),
      met: rows.every((row) => row.linesPerMinute >= 4_500_000),
    },
    {
      target: 'reconcile ≤ 4× the CSV parser alone (one core)',
      measured: rows.map((row) => `${row.ratioToParser}×`).join('; '),
      met: rows.every((row) => row.ratioToParser <= 4),
    },
    {
      target: 'reconcile --workers 2 ≥ 7 000 000 lines a minute',
      measured: rows.map((row) => row.twoWorkersLinesPerMinute.toLocaleString('en-US')).join('; '),
      met: rows.every((row) => row.twoWorkersLinesPerMinute >= 7_000_000),
    },
    {
      target: 'peak memory ≤ 512 MiB at every size (flat)',
      measured: rows
        .map((row) => `${row.maxRssMiB} MiB (2 workers ${row.twoWorkersMaxRssMiB} MiB)`)
        .join('; '),
      met: rows.every((row) => Math.max(row.maxRssMiB, row.twoWorkersMaxRssMiB) <= 512),
    },
  ];
  const stages = verdicts.every((v) => v.met) ? [] : await reconcileStages(first, pinned);
  // other processes on the machine slow every figure alike; the load says how busy it was
  return {
    machine: machine(),
    pinnedToOneCore: pinned.length > 0,
    loadAverage: loadavg()[0],
    uptime: uptimeText(),
    rows,
    verdicts,
    stages,
  };
}

/** `uptime`'s line when the machine has it: the load the figures were measured under. */
function uptimeText() {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

const number = (n) => n.toLocaleString('en-US');

/**
 * The "Reconcile" section of docs/PERFORMANCE.md, from a measurement: bench/run.mjs writes it with
 * the rest of the page, whether it measured everything or the reconcile command alone. Every
 * figure comes from `r` (bench/results.json's `reconcile`), so a run on a quiet machine rewrites
 * the section whole.
 */
export function reconcileMarkdown(r) {
  const rows = r.rows.map((row) => [
    row.label,
    number(row.subscriptions),
    `${row.megabytes} MB`,
    `${number(row.parserMs)} ms (${number(row.parserLinesPerMinute)}/min)`,
    `${number(row.reconcileMs)} ms`,
    number(row.linesPerMinute),
    `${row.ratioToParser}×`,
    `${row.maxRssMiB} MiB${row.spilled ? ' (spilled)' : ''}`,
    `${number(row.twoWorkersMs)} ms`,
    number(row.twoWorkersLinesPerMinute),
    `${row.twoWorkersMaxRssMiB} MiB`,
  ]);
  const verdicts = r.verdicts.map((v) => [v.target, v.measured, v.met ? 'met' : '**missed**']);
  const first = r.rows[0];
  const found = first.summary;
  const stages =
    r.stages.length === 0
      ? ''
      : `\nWhat each stage adds on the ${first.label} file (each stage run alone, from the sources, in its own
process on the same core; a stage does the work of those above it):

${table(
  ['stage', 'ms so far', 'adds'],
  r.stages.map((s) => [s.stage, number(s.ms), `${number(s.addsMs)} ms`]),
)}
`;
  const m = r.machine;
  const on =
    m === undefined
      ? ''
      : `\n- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, measured on ${m.date}\n`;
  return `## Reconcile

\`npm run bench -- reconcile\` (bench/reconcile.mjs, also part of \`npm run bench\`): the
\`reconcile\` command of the built CLI over a generated New Commerce reconciliation file —
the 48 columns of a real export in its order and one more, a byte-order mark, CRLF, Excel's
apostrophes, 18 decimals, \`'0E-20\` taxes, charge types in any case, ISO and US dates, credits
printed positive, changes printed as two lines — with its subscriptions' resources (fetched after
the file) and Partner Center's price list, side by side in the same run with the CSV parser alone
(papaparse, reading the same file the same way). The parser and \`--workers 1\` run${r.pinnedToOneCore ? ' pinned to one core (`taskset -c 0`)' : ' on one thread'}; \`--workers 2\` on two
cores. Peak memory is the process's maxRSS, with the default \`--memory 512M\` (a run whose groups
passed it says "spilled"). ${
    r.rows.length > 1 && r.rows.every((row) => row.subscriptions === r.rows[0].subscriptions)
      ? `The larger files bill the first one's subscriptions again: more lines,
the same groups.`
      : 'Every file is generated alike, dirty, with its own subscriptions.'
  }
${on}
Measured under load: \`${r.uptime ?? `load average ${round(r.loadAverage, 1)}`}\` (other processes sharing the
cores slow every figure here alike; run \`npm run bench -- reconcile\` on a quiet machine to replace
this section and bench/results.json's figures).

${table(['file', 'subscriptions', 'size', 'parser alone', '1 core', 'lines a minute', '× parser', 'peak memory', '2 workers', 'lines a minute', 'peak memory'], rows)}

${table(['target', 'measured', ''], verdicts)}

On the ${first.label} file the command matched ${number(found.matched)} groups and found what the
generator planted: ${number(found.different)} billed a cent too much (${number(first.planted.different)} planted), ${number(found.missing)} cycles missing
(${number(first.planted.missing)}), ${number(found.unexpected)} lines of an unknown charge type (${number(first.planted.unexpected)}); its amounts come from the documented
proration computed apart, so the match is also a check of the rules.

${duckdbMarkdown(r.rows)}${stages}`;
}

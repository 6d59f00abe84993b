// The DuckDB engine's row of `npm run bench:reconcile`: `reconcile --engine duckdb` over the same
// generated file as the default engine, in its own process, with its wall time and peak memory
// (maxRSS: DuckDB runs inside the process, so its memory is counted too), and whether its findings
// are byte for byte the default engine's. Skipped, saying why, without `@duckdb/node-api`.
//
// Alone: `node bench/reconcileDuckdb.mjs [lines]` (default 100000) writes the file once under the
// system's temporary folder and prints the row as JSON.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { peakKiB } from './peakKiB.mjs';
import { writeReconcileFile } from './reconcileFile.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = join(root, 'dist/cli.js');

/** Whether DuckDB's package is installed (a devDependency: `npm ci` installs it). */
function hasDuckdb() {
  try {
    createRequire(import.meta.url).resolve('@duckdb/node-api');
    return true;
  } catch {
    return false;
  }
}

/**
 * One run of the command: wall time, peak memory, exit code and the findings written, into a
 * folder of this run's own (a shared path is overwritten by any other run meanwhile).
 */
function run(file, engine, workers, dir) {
  const out = join(dir, `findings-${engine}-${workers}.json`);
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      join(root, 'bench/maxRss.mjs'),
      cli,
      'reconcile',
      '--file',
      file.file,
      '--subscriptions',
      file.resources,
      '--prices',
      file.prices,
      '--engine',
      engine,
      '--workers',
      String(workers),
      '--json',
      '--out',
      out,
      '--at',
      '2027-01-08T00:00:00Z',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(
      `reconcile --engine ${engine} --workers ${workers} exited ${result.status}: ${result.stderr.trim().split('\n')[0]}`,
    );
  const written = readFileSync(out, 'utf8');
  const at = written.indexOf('],"summary":');
  return {
    ms: Math.round(ms),
    maxRssMiB: Math.round(peakKiB(result.stderr) / 1024),
    findings: written.slice(0, at),
    engine: JSON.parse(written).summary.run.engine,
  };
}

/**
 * The DuckDB engine on one file, with 1 and 2 workers, and the default engine with 1 worker for
 * the check that the findings are the same.
 *
 * @param {{ file: string, resources: string, prices: string, lines: number }} file - As
 *   bench/reconcileFile.mjs wrote it.
 * @returns The row, `{ skipped }` saying why, or `{ failed }` with the first line of what the
 *   command said, so the other rows are still written.
 */
export function measureDuckdb(file) {
  if (!hasDuckdb()) return { skipped: '@duckdb/node-api is not installed' };
  const dir = mkdtempSync(join(tmpdir(), 'subscription-rules-bench-duckdb-'));
  let reference;
  let one;
  let two;
  try {
    reference = run(file, 'default', 1, dir);
    one = run(file, 'duckdb', 1, dir);
    two = run(file, 'duckdb', 2, dir);
  } catch (error) {
    return { failed: error.message };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const perMinute = (ms) => Math.round(file.lines / (ms / 60_000));
  return {
    lines: file.lines,
    engine: one.engine,
    ms: one.ms,
    linesPerMinute: perMinute(one.ms),
    maxRssMiB: one.maxRssMiB,
    twoWorkersMs: two.ms,
    twoWorkersLinesPerMinute: perMinute(two.ms),
    twoWorkersMaxRssMiB: two.maxRssMiB,
    defaultMs: reference.ms,
    defaultMaxRssMiB: reference.maxRssMiB,
    sameFindings: one.findings === reference.findings && two.findings === reference.findings,
  };
}

const number = (n) => n.toLocaleString('en-US');

/**
 * The DuckDB rows of docs/PERFORMANCE.md's "Reconcile" section.
 *
 * @param {readonly { label: string, duckdb?: ReturnType<typeof measureDuckdb> }[]} rows - The
 *   measured files.
 * @returns Markdown: a table, or a line saying why there is none.
 */
export function duckdbMarkdown(rows) {
  const measured = rows.filter(
    (row) => row.duckdb !== undefined && !row.duckdb.skipped && !row.duckdb.failed,
  );
  const failed = rows
    .filter((row) => row.duckdb?.failed)
    .map((row) => `\`reconcile --engine duckdb\` on ${row.label} failed: ${row.duckdb.failed}\n`)
    .join('');
  if (measured.length === 0) {
    const why = rows.find((row) => row.duckdb?.skipped)?.duckdb?.skipped;
    return failed || `\`reconcile --engine duckdb\`: ${why ?? 'not measured'}.\n`;
  }
  return `\`reconcile --engine duckdb\` on the same files (DuckDB's own reader and threads, so it is not pinned to one core; peak memory counts DuckDB's, inside the process):

| file | 1 worker | lines a minute | peak memory | 2 workers | lines a minute | peak memory | the default engine's findings |
|---|---:|---:|---:|---:|---:|---:|---:|
${measured
  .map(
    ({ label, duckdb: d }) =>
      `| ${label} | ${number(d.ms)} ms | ${number(d.linesPerMinute)} | ${d.maxRssMiB} MiB | ${number(d.twoWorkersMs)} ms | ${number(d.twoWorkersLinesPerMinute)} | ${d.twoWorkersMaxRssMiB} MiB | ${d.sameFindings ? 'byte for byte' : '**differ**'} |`,
  )
  .join('\n')}
${failed === '' ? '' : `\n${failed}`}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lines = Number(process.argv[2] ?? 100_000);
  const file = writeReconcileFile(join(tmpdir(), 'subscription-rules-bench', `duckdb-${lines}`), {
    lines,
  });
  console.log(JSON.stringify(measureDuckdb(file)));
}

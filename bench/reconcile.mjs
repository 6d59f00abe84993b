// `npm run bench:reconcile` (and the end of `npm run bench`): the `reconcile` command over
// generated New Commerce reconciliation files (bench/reconcileFile.mjs), against the CSV parser
// alone over the same file (bench/reconcileParser.mjs), each in its own process on one core
// (`taskset -c 0` where there is one): lines a second and a minute, the ratio to the parser's
// time, and peak memory (maxRSS). Targets (REC-3): ≥ 5 000 000 lines a minute, ≤ 2× the parser's
// time, the same peak memory at 100 000 and 1 000 000 lines. RECONCILE_LINES (comma-separated)
// sets the sizes; the files are written once under the system's temporary folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReconcileFile } from './reconcileFile.mjs';
import { reconcileStages } from './reconcileStages.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = join(root, 'dist/cli.js');

/** `taskset -c 0` when the machine has it: every measured process on the same single core. */
const pinned = (() => {
  try {
    execFileSync('taskset', ['-c', '0', 'true']);
    return ['taskset', '-c', '0'];
  } catch {
    return [];
  }
})();

/** Runs node on `args` pinned to one core; its wall time, peak memory and output. */
function timed(args) {
  const [command, ...rest] = [
    ...pinned,
    process.execPath,
    '--import',
    join(root, 'bench/maxRss.mjs'),
    ...args,
  ];
  const start = process.hrtime.bigint();
  const result = spawnSync(command, rest, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = JSON.parse(result.stderr.trim().split('\n').at(-1));
  return {
    ms,
    maxRssMiB: rss.maxRssKiB / 1024,
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

/** One file measured: the parser alone, then the command, each once after a warm-up of the disk cache. */
function measure(label, file) {
  const parser = timed([join(root, 'bench/reconcileParser.mjs'), file.file]);
  const parsed = JSON.parse(parser.stdout);
  const command = timed([
    cli,
    'reconcile',
    '--file',
    file.file,
    '--subscriptions',
    file.resources,
    '--prices',
    file.prices,
    '--json',
    '--out',
    join(tmpdir(), 'subscription-rules-bench', 'findings.json'),
  ]);
  if (command.status !== 0 && command.status !== 1)
    throw new Error(`reconcile exited ${command.status}: ${command.stderr}`);
  const summary = JSON.parse(
    readFileSync(join(tmpdir(), 'subscription-rules-bench', 'findings.json'), 'utf8'),
  ).summary;
  const lines = file.lines;
  return {
    label,
    lines,
    subscriptions: file.subscriptions,
    megabytes: round(statSync(file.file).size / 1e6, 1),
    parserMs: round(parser.ms, 0),
    parserRowsMs: round(parsed.ms, 0),
    parserMaxRssMiB: round(parser.maxRssMiB, 0),
    reconcileMs: round(command.ms, 0),
    linesPerSecond: Math.round(lines / (command.ms / 1000)),
    linesPerMinute: Math.round(lines / (command.ms / 60_000)),
    ratioToParser: round(command.ms / parser.ms, 2),
    maxRssMiB: round(command.maxRssMiB, 0),
    summary,
    planted: file.planted,
  };
}

/**
 * Every measurement: the sizes of RECONCILE_LINES (100 000 and 1 000 000 by default), the largest
 * again over the smallest's subscriptions (more lines, the same groups), and where a target is
 * missed the time each stage adds on the largest file (bench/reconcileStages.mjs).
 */
export async function measureReconcile() {
  const sizes = (process.env.RECONCILE_LINES ?? '100000,1000000').split(',').map(Number);
  const rows = [];
  for (const lines of sizes)
    rows.push(measure(`${lines.toLocaleString('en-US')} lines`, files(lines)));
  const smallest = files(sizes[0]);
  const largest = sizes.at(-1);
  if (sizes.length > 1)
    rows.push(
      measure(
        `${largest.toLocaleString('en-US')} lines, ${smallest.subscriptions.toLocaleString('en-US')} subscriptions`,
        files(largest, smallest.subscriptions),
      ),
    );
  const big = rows[sizes.length - 1];
  const same = rows.at(-1);
  const first = rows[0];
  const verdicts = [
    {
      target: 'reconcile ≥ 5 000 000 lines a minute on one core',
      measured: rows.map((row) => row.linesPerMinute.toLocaleString('en-US')).join('; '),
      met: rows.every((row) => row.linesPerMinute >= 5_000_000),
    },
    {
      target: 'reconcile ≤ 2× the CSV parser alone',
      measured: rows.map((row) => `${row.ratioToParser}×`).join('; '),
      met: rows.every((row) => row.ratioToParser <= 2),
    },
    {
      target: 'the same peak memory at 100 000 and 1 000 000 lines (the same subscriptions)',
      measured: `${first.maxRssMiB} MiB; ${same.maxRssMiB} MiB (${same.subscriptions.toLocaleString('en-US')} subscriptions both)`,
      met: same.maxRssMiB <= first.maxRssMiB * 1.1,
    },
    {
      target: 'the same peak memory at 100 000 and 1 000 000 lines (ten times the subscriptions)',
      measured: `${first.maxRssMiB} MiB; ${big.maxRssMiB} MiB (${big.subscriptions.toLocaleString('en-US')} subscriptions)`,
      met: big.maxRssMiB <= first.maxRssMiB * 1.1,
    },
  ];
  const stages = verdicts.every((v) => v.met) ? [] : await reconcileStages(files(largest), pinned);
  // other processes on the machine slow every figure alike; the load says how busy it was
  return { pinnedToOneCore: pinned.length > 0, loadAverage: loadavg()[0], rows, verdicts, stages };
}

const number = (n) => n.toLocaleString('en-US');

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** Why a target is missed, and what meeting it would take: the measured figures in the reasons. */
function missed(r) {
  const first = r.rows[0];
  const same = r.rows.at(-1);
  return `
**Why the targets are missed, and what meeting them would take.** Most of the time is spent per
subscription, not per line (the stages above): a real export
bills most subscriptions once a month, so there are almost as many subscriptions as lines, and each
is read from its resource (PCR-1), replayed (\`purchaseCharges\`, \`transition\`,
\`chargesBetween\`) and compared — tens of microseconds of the library's checked, general functions
where the parser spends a few per line. Memory holds one group per subscription, charge type and
billed days (the resources are streamed, one at a time), so it grows with the subscriptions, not
with the lines: ${number(same.lines)} lines over ${number(same.subscriptions)} subscriptions take ${same.maxRssMiB} MiB, ${number(first.lines)} lines over
${number(first.subscriptions)} take ${first.maxRssMiB} MiB. Meeting 5 000 000 lines a minute and twice the parser on one core would
take the replay's common case without the general machinery — a subscription whose lines are its
period's one charge checked as P × Q from its resource, the full replay kept for the others — or
the work split by subscription ID over every core (docs/reconciliation.md, "Splitting the work"),
which divides the per-subscription time by the cores. Flat memory over any number of subscriptions
would take the groups written to disk partitioned by subscription ID and reconciled one partition
at a time.
`;
}

/**
 * The "Reconcile" section of docs/PERFORMANCE.md, from a measurement: bench/run.mjs writes it with
 * the rest, `npm run bench:reconcile` replaces it alone.
 */
export function reconcileMarkdown(r) {
  const rows = r.rows.map((row) => [
    row.label,
    number(row.subscriptions),
    `${row.megabytes} MB`,
    `${number(row.parserMs)} ms`,
    `${number(row.reconcileMs)} ms`,
    number(row.linesPerMinute),
    `${row.ratioToParser}×`,
    `${row.maxRssMiB} MiB`,
  ]);
  const verdicts = r.verdicts.map((v) => [v.target, v.measured, v.met ? 'met' : '**missed**']);
  const big = r.rows.find((row) => row.lines === Math.max(...r.rows.map((x) => x.lines)));
  const found = big.summary;
  const stages =
    r.stages.length === 0
      ? ''
      : `\nWhat each stage adds on the ${big.label} file (each stage run alone, from the sources, in its own
process on the same core; a stage does the work of those above it):

${table(
  ['stage', 'ms so far', 'adds'],
  r.stages.map((s) => [s.stage, number(s.ms), `${number(s.addsMs)} ms`]),
)}
`;
  return `## Reconcile

\`npm run bench:reconcile\` (bench/reconcile.mjs, also at the end of \`npm run bench\`): the
\`reconcile\` command of the built CLI over a generated New Commerce reconciliation file —
the 48 columns of a real export in its order and one more, a byte-order mark, CRLF, Excel's
apostrophes, 18 decimals, \`'0E-20\` taxes, charge types in any case, ISO and US dates, credits
printed positive, changes printed as two lines — with its subscriptions' resources (fetched after
the file) and Partner Center's price list, against the CSV parser alone (papaparse, reading the same
file the same way), each in its own process${r.pinnedToOneCore ? ' pinned to one core (`taskset -c 0`)' : ''};
peak memory is the process's maxRSS. The larger file is also measured over the smaller one's
subscriptions: more lines, the same groups. The machine's load average at the end of the run was
${r.loadAverage === undefined ? 'not recorded' : round(r.loadAverage, 1)} (processes sharing its cores slow every figure here alike).

${table(['file', 'subscriptions', 'size', 'parser alone', 'reconcile', 'lines a minute', '× parser', 'peak memory'], rows)}

${table(['target', 'measured', ''], verdicts)}

On the ${big.label} file the command matched ${number(found.matched)} groups and found what the
generator planted: ${number(found.different)} billed a cent too much (${number(big.planted.different)} planted), ${number(found.missing)} cycles missing
(${number(big.planted.missing)}), ${number(found.unexpected)} lines of an unknown charge type (${number(big.planted.unexpected)}); its amounts come from the documented
proration computed apart, so the match is also a check of the rules.
${stages}
${r.verdicts.every((v) => v.met) ? '' : missed(r)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measureReconcile();
  console.table(result.rows.map(({ summary, planted, ...row }) => row));
  console.table(result.verdicts);
  if (result.stages.length > 0) console.table(result.stages);
  // replace the section and the figures alone: the other benchmarks keep theirs
  const results = new URL('results.json', import.meta.url);
  const all = JSON.parse(readFileSync(results, 'utf8'));
  writeFileSync(results, `${JSON.stringify({ ...all, reconcile: result }, null, 2)}\n`);
  const page = new URL('../docs/PERFORMANCE.md', import.meta.url);
  const text = readFileSync(page, 'utf8');
  const at = text.indexOf('\n## Reconcile\n');
  const next = at === -1 ? -1 : text.indexOf('\n## ', at + 1);
  const section = reconcileMarkdown(result);
  writeFileSync(
    page,
    at === -1
      ? `${text.trimEnd()}\n\n${section}`
      : `${text.slice(0, at + 1)}${section}${next === -1 ? '' : text.slice(next)}`,
  );
  console.log('wrote bench/results.json and the Reconcile section of docs/PERFORMANCE.md');
}

// `npm run bench`: every side-by-side comparison in one process, then cold start, memory,
// bundle sizes and the reconcile command (bench/reconcile.mjs). Prints tables, writes
// bench/results.json and docs/PERFORMANCE.md — the page whole, from this file's template: every
// figure the bench measures comes from results.json, and the few figures measured by hand are
// written in the template with their date, so no run drops one. The page is what a user reads
// (what to expect, how to measure it again); how each figure was reached is in the commits.
// `npm run bench -- reconcile` measures the reconcile command alone (the other figures are kept
// from bench/results.json), `npm run bench -- usage` the usage file alone (bench/usage.mjs);
// `node bench/run.mjs render` measures nothing and writes the page again.
// BENCH_TIME_MS sets the time per task (default 1000 ms).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { machine } from './machine.mjs';
import { measureReconcile, reconcileMarkdown } from './reconcile.mjs';
import { breakdown, measureAll } from './sizes.mjs';
import { measureUsage, usageMarkdown } from './usage.mjs';
import { gstSplit, sanityCheck, workloads } from './workloads.mjs';

const root = new URL('../', import.meta.url);
const TIME = Number(process.env.BENCH_TIME_MS ?? 1000);
/** Calls per timed sample: one call is too short for the timer to see; the median is per call. */
const BATCH = 200;
const MODES = ['all', 'reconcile', 'usage', 'render'];
const mode = process.argv[2] ?? 'all';
if (!MODES.includes(mode)) {
  console.error(`bench/run.mjs: expected one of ${MODES.join(', ')}, not ${mode}`);
  process.exit(2);
}
const resultsFile = new URL('bench/results.json', root);
const previous = () => JSON.parse(readFileSync(resultsFile, 'utf8'));
const results =
  mode === 'all'
    ? await measureEverything()
    : mode === 'reconcile'
      ? { ...previous(), reconcile: await measureReconcile() }
      : mode === 'usage'
        ? { ...previous(), usage: await measureUsage() }
        : previous();
if (mode !== 'render') {
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  // in the project's format, as the lint checks it (JSON.stringify's differs from the formatter's)
  execFileSync(
    new URL('node_modules/.bin/biome', root).pathname,
    ['format', '--write', resultsFile.pathname],
    { stdio: 'ignore' },
  );
}
writeFileSync(new URL('docs/PERFORMANCE.md', root), performanceMarkdown(results));

if (mode === 'all') {
  console.table(results.timing);
  console.table([results.coldStart]);
  console.table(
    results.sizes.map(({ name, minified, brotli, target }) => ({ name, minified, brotli, target })),
  );
  console.table(results.verdicts);
}
if (mode === 'all' || mode === 'reconcile') {
  const r = results.reconcile;
  console.log(r.uptime ?? `load average ${r.loadAverage}`);
  console.table(r.rows.map(({ summary, planted, duckdb, ...row }) => row));
  console.table(r.rows.map((row) => ({ label: row.label, ...row.duckdb })));
  console.table(r.verdicts);
}
if (mode === 'all' || mode === 'usage') {
  const u = results.usage;
  console.log(u.command);
  console.table(
    u.rows.flatMap((row) =>
      row.sides.map(({ summary, ...side }) => ({ label: row.label, ...side })),
    ),
  );
  for (const row of u.rows) if (row.command) console.table([{ label: row.label, ...row.command }]);
  console.table(u.verdicts);
}
console.log(
  mode === 'render'
    ? 'wrote docs/PERFORMANCE.md'
    : 'wrote bench/results.json and docs/PERFORMANCE.md',
);

/** Every figure of the page, measured in this run. */
async function measureEverything() {
  sanityCheck();

  // --- throughput: median nanoseconds per call -----------------------------------------------------

  const bench = new Bench({ time: TIME, warmupTime: Math.min(TIME, 500) });
  for (const workload of workloads) {
    const { run } = workload;
    bench.add(`${workload.group} :: ${workload.name}`, () => {
      let kept;
      for (let i = 0; i < BATCH; i++) kept = run();
      return kept;
    });
  }
  await bench.run();
  const nsPerCall = new Map(
    bench.tasks.map((task) => [task.name, (task.result.latency.p50 * 1e6) / BATCH]),
  );
  const timing = workloads.map((w) => ({
    group: w.group,
    name: w.name,
    medianNs: round(nsPerCall.get(`${w.group} :: ${w.name}`), 1),
  }));
  const ns = nsOf(timing);

  // --- cold start: a fresh node importing the root entry, against a bare node (ESM both) ----------

  const RUNS = 21;
  function wallMs(code) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root });
    return Number(process.hrtime.bigint() - start) / 1e6;
  }
  const bare = [];
  const withRoot = [];
  const zodOnly = [];
  const ownOnly = [];
  // Our own code without zod/mini: the root bundled with every export except the two zod ones.
  const ownBundle = new URL('bench/.root-without-zod.mjs', root);
  {
    const { build } = await import('esbuild');
    await build({
      stdin: {
        contents: "export * from './dist/index.js';",
        resolveDir: root.pathname,
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      external: ['zod', 'zod/mini'],
      outfile: ownBundle.pathname,
      logLevel: 'error',
      plugins: [
        {
          name: 'no-zod',
          setup(b) {
            b.onResolve({ filter: /^zod(\/mini)?$/ }, () => ({ path: 'zod', namespace: 'stub' }));
            b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
              contents: 'export {}',
              loader: 'js',
            }));
          },
        },
      ],
    });
  }
  for (let i = 0; i < RUNS; i++) {
    bare.push(wallMs('await 0;'));
    withRoot.push(wallMs("await import('./dist/index.js');"));
    zodOnly.push(wallMs("await import('zod/mini');"));
    ownOnly.push(wallMs(`await import(${JSON.stringify(ownBundle.href)});`));
  }
  const cold = {
    runs: RUNS,
    bareMs: round(median(bare), 1),
    rootMs: round(median(withRoot), 1),
    rootOverBareMs: round(median(withRoot) - median(bare), 1),
    zodMiniOverBareMs: round(median(zodOnly) - median(bare), 1),
    ownCodeOverBareMs: round(median(ownOnly) - median(bare), 1),
  };

  // --- memory: heap bytes per state, 100 000 held at once ----------------------------------------

  const memory = JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', 'bench/memory.mjs'], {
      cwd: root,
      encoding: 'utf8',
    }),
  );

  // --- sizes ---------------------------------------------------------------------------------------

  const sizes = await measureAll();
  const cancellationBytes = await breakdown(['cancellationDecision']);
  const newCommerceDecisionBytes = await breakdown(
    ['cancellationDecision'],
    './src/newCommerce/index.ts',
  );
  const trioBytes = await breakdown(['createSubscription', 'transition', 'advance']);

  // --- verdicts --------------------------------------------------------------------------------------

  const ratio = (a, b) => round(a / b, 2);
  const ours = 'subscription-rules';
  const lifecycle = 'lifecycle transition';
  const chained = ns(lifecycle, `${ours} transition()`);
  const fromJson = ns(lifecycle, `${ours} transition(), state read from JSON`);
  const nceChained = ns('New Commerce transition', `${ours} transition(), New Commerce`);
  const nceFromJson = ns(
    'New Commerce transition',
    `${ours} transition(), New Commerce, state read`,
  );
  const verdicts = [
    {
      target: 'New Commerce transition ≤ 1.5× a legacy one (chained; from JSON)',
      measured: `${ratio(nceChained, chained)}×; ${ratio(nceFromJson, fromJson)}×`,
      met: nceChained <= 1.5 * chained && nceFromJson <= 1.5 * fromJson,
    },
    {
      target: 'transition chained, legacy and New Commerce, each ≥ 3× robot3 send',
      measured: `${ratio(ns(lifecycle, 'robot3'), chained)}×; ${ratio(ns(lifecycle, 'robot3'), nceChained)}×`,
      met: ns(lifecycle, 'robot3') / chained >= 3 && ns(lifecycle, 'robot3') / nceChained >= 3,
    },
    {
      target: 'transition on a JSON copy of a state, legacy and New Commerce, each ≤ 300 ns',
      measured: `${fromJson} ns; ${nceFromJson} ns`,
      met: fromJson <= 300 && nceFromJson <= 300,
    },
    {
      target: 'transition ≥ 100× faster than xstate transition()',
      measured: `${ratio(ns(lifecycle, 'xstate'), chained)}×`,
      met: ns(lifecycle, 'xstate') / chained >= 100,
    },
    {
      target: 'New Commerce cancellationDecision ≤ 2× two Date.parse',
      measured: `${ratio(ns('New Commerce refund decision', ours), ns('New Commerce refund decision', 'two'))}×`,
      met:
        ns('New Commerce refund decision', ours) / ns('New Commerce refund decision', 'two') <= 2,
    },
    {
      target: 'legacy cancellationDecision ≤ 1.5× two Date.parse',
      measured: `${ratio(ns('refund decision', ours), ns('refund decision', 'two'))}×`,
      met: ns('refund decision', ours) / ns('refund decision', 'two') <= 1.5,
    },
    {
      target: 'advance over 36 renewals ≤ 20 µs',
      measured: `${round(ns('advance, 36 monthly renewals', ours) / 1000, 2)} µs`,
      met: ns('advance, 36 monthly renewals', ours) <= 20_000,
    },
    {
      target: 'reading a Partner Center resource ≤ 2 µs',
      measured: `${round(ns('Partner Center resource', ours) / 1000, 2)} µs`,
      met: ns('Partner Center resource', ours) <= 2_000,
    },
    {
      target: 'quote ≥ 10× faster than dinero.js allocate',
      measured: `${ratio(ns('tax-inclusive quote (AU)', 'dinero'), ns('tax-inclusive quote (AU)', ours))}×`,
      met: ns('tax-inclusive quote (AU)', 'dinero') / ns('tax-inclusive quote (AU)', ours) >= 10,
    },
    {
      target: 'resolveMarket by name ≥ 100× faster than getSimpleAlpha2Code',
      measured: `${ratio(ns('market by name', 'i18n'), ns('market by name', ours))}×`,
      met: ns('market by name', 'i18n') / ns('market by name', ours) >= 100,
    },
    {
      target: 'resolveMarket by code no slower than isValid',
      measured: `${ratio(ns('market by code', 'i18n'), ns('market by code', ours))}×`,
      met: ns('market by code', ours) <= ns('market by code', 'i18n'),
    },
    {
      target: 'cold import of the root ≤ 8 ms over bare node',
      measured: `${cold.rootOverBareMs} ms`,
      met: cold.rootOverBareMs <= 8,
    },
    {
      target: 'memory ≤ 1 KiB per subscription state',
      measured: `${memory.bytesPerState} B`,
      met: memory.bytesPerState <= 1024,
    },
    ...sizes
      .filter((row) => row.target !== null)
      .map((row) => ({
        target: `${row.name} ≤ ${row.target / 1000} kB brotli`,
        measured: `${round(row.brotli / 1000, 2)} kB`,
        met: row.brotli <= row.target,
      })),
  ];

  // --- reconcile: the command line over generated files (bench/reconcile.mjs) --------------------

  const reconcile = await measureReconcile();

  // --- usage: the usage file, papaparse alone, the library and the command (bench/usage.mjs) -----

  const usage = await measureUsage();

  return {
    machine: machine(),
    method: { timePerTaskMs: TIME, callsPerSample: BATCH, statistic: 'median ns per call' },
    timing,
    coldStart: cold,
    memory,
    sizes,
    gstSplit: gstSplit(),
    cancellationBytes,
    newCommerceDecisionBytes,
    trioBytes,
    verdicts,
    reconcile,
    usage,
  };
}

/** A figure of the speed table: the median of the first row of `group` whose name starts so. */
function nsOf(timing) {
  return (group, prefix) =>
    timing.find((row) => row.group === group && row.name.startsWith(prefix)).medianNs;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round(value, digits) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function performanceMarkdown(r) {
  const ns = nsOf(r.timing);
  const lifecycle = 'lifecycle transition';
  const groups = [...new Set(r.timing.map((row) => row.group))];
  const timingRows = [];
  for (const group of groups) {
    const rows = r.timing.filter((row) => row.group === group);
    const base = rows[0].medianNs;
    for (const row of rows) {
      timingRows.push([
        group,
        row.name,
        row.medianNs.toLocaleString('en-US'),
        row === rows[0] ? '1' : `${round(row.medianNs / base, 2)}`,
      ]);
    }
  }
  const sizeRows = r.sizes.map((row) => [
    row.name,
    row.minified.toLocaleString('en-US'),
    row.brotli.toLocaleString('en-US'),
    row.target === null ? '' : row.target.toLocaleString('en-US'),
  ]);
  const verdictRows = r.verdicts.map((v) => [v.target, v.measured, v.met ? 'met' : '**missed**']);
  const rec = r.reconcile;
  const [small, large] = rec.rows;
  const seconds = (ms) => round(ms / 1000, 1);
  return `# Performance

What to expect from the library and from the \`reconcile\` command, at which scale, on which
machine, and how to measure it again on yours. Generated by \`npm run bench\` (bench/run.mjs) from
\`bench/results.json\`: do not edit the tables by hand, run the benchmark again.

- Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, ${r.machine.os}; Node ${r.machine.node}
- The library measured on ${r.machine.date}, the reconcile command on ${rec.machine?.date ?? r.machine.date}. The machine is
  a shared virtual one: its figures spread by ±10 % from run to run, more when it is busy (each
  section says its load).

## At a glance

| what | at what scale | expect |
|---|---|---:|
| a lifecycle \`transition\` (legacy; New Commerce) | one event, the state the library returned | ${ns(lifecycle, 'subscription-rules transition()')} ns; ${ns('New Commerce transition', 'subscription-rules transition(), New Commerce')} ns |
| the same, the state read from JSON (checked in full) | one event | ${ns(lifecycle, 'subscription-rules transition(), state read')} ns; ${ns('New Commerce transition', 'subscription-rules transition(), New Commerce, state read')} ns |
| a subscription state held in memory | 100,000 states | ${r.memory.bytesPerState} B each |
| importing the root entry | a fresh process | ${r.coldStart.rootOverBareMs} ms over bare node |
| \`readPriceList\` | 200,000 rows (55 MB), one core | ~500,000 rows a second |
| \`priceAt\` | one lookup, the list indexed | 1.2–1.4 µs |
| \`reconcile\`, one core | ${small.label} | ${seconds(small.reconcileMs)} s, ${small.maxRssMiB} MiB peak |
| \`reconcile --workers 2\` | ${small.label} | ${seconds(small.twoWorkersMs)} s, ${small.twoWorkersMaxRssMiB} MiB peak |
| \`reconcile\`, one core | ${large.label} | ${seconds(large.reconcileMs)} s, ${large.maxRssMiB} MiB peak${large.spilled ? ' (spilled to disk)' : ''} |
| \`reconcile --workers 2\` | ${large.label} | ${seconds(large.twoWorkersMs)} s, ${large.twoWorkersMaxRssMiB} MiB peak |
${(r.usage?.rows ?? [])
  .flatMap((row) =>
    row.sides.map(
      (s) =>
        `| a usage file through \`readUsageLine\` and \`createUsageReconciler\`, one core | ${row.label}, ${s.form === 'gzip' ? 'gzip' : 'CSV'} | ${seconds(s.libraryMs)} s, ${s.ratioToParser}× papaparse alone, ${s.libraryMaxRssMiB} MiB peak |\n`,
    ),
  )
  .join('')}
Memory for \`reconcile\` stays within its \`--memory\` budget (512M unless given) at every size: past
it the file's groups go to disk, so a larger file takes longer, not more memory. The library's
calls take microseconds or less each (the speed table below).

## Reproduce

| command | measures | writes |
|---|---|---|
| \`npm run bench\` | everything below: speed, cold start, memory, bundle sizes, then \`reconcile\` and the usage file | bench/results.json, this page |
| \`npm run bench:reconcile\` (\`npm run bench -- reconcile\`) | the \`reconcile\` command only; the other figures are kept | the same |
| \`node bench/run.mjs render\` | nothing: writes this page again from bench/results.json | this page |
| \`npm run bench:usage\` (\`npm run bench -- usage\`) | the usage file: papaparse alone, the library on one core, the \`usage\` command when built; the other figures are kept | the same |
| \`npm run bench:prices\` | \`readPriceList\` and \`priceAt\` | standard output |
| \`npm run bench:fuzz\` | the slowest of the fuzz suite's hostile calls, each export against a 50 ms budget | standard output |
| \`npm run size\` | the bundle budgets of \`.size-limit.json\` (part of the gate) | standard output |
| \`node bench/transitionInstructions.mjs [dist]\` | a transition's instructions under \`valgrind --tool=callgrind\`, which the machine's load does not change | standard output |

Each runs \`npm run build\` first where it needs \`dist/\`. Settings, as environment variables:

- \`BENCH_TIME_MS\` (default 1000): the time per task of the speed table (tinybench, ${r.method.callsPerSample} calls a timed
  sample, the median sample divided by ${r.method.callsPerSample}; every input built before timing, every side doing
  the same work in the same process, on the built bundle).
- \`RECONCILE_LINES\` (default \`1000000,5000000\`): the sizes of the generated reconciliation files;
  they are written once under the system's temporary folder and kept for the next run.
- \`USAGE_LINES\` (default \`1000000,10000000\`) and \`USAGE_FORMS\` (default \`csv,gzip\`): the sizes of
  the generated usage files and the forms timed; written under the system's temporary folder, in a
  folder of the run's own, and removed when it ends.
- \`PRICE_ROWS\` (default 200000): the price list's rows; \`PRICES_BEFORE=<an older build's
  dist/index.js>\` reads the same list with both builds, alternately, and gives each one's best.
- \`FUZZ_RUNS\` (default 1000 for \`bench:fuzz\`): hostile calls per export.

On a machine others use, read \`uptime\` before and after: a load above the core count slows every
figure alike. The reconcile bench pins the one-core runs to core 0 with \`taskset\` where it exists.

${reconcileMarkdown(rec).trimEnd()}

Where the one-core time goes on the ${small.label} file (a CPU profile, 2026-11-27): the file's rows
into their groups 33 %, the plain way of the subscriptions billed plainly 13 %, the collector
13 %, the resources' \`JSON.parse\` 9.5 %, the exact replay of the others 9 %, jobs, prices and
the merge 8 %, the resources' scan 6 %, reading the files 5 %. No part is as large as what the
one-core target still misses, so no single change reaches it.

## Reconcile: choosing --workers, --memory and --engine

- **\`--workers N\`** (default: the machine's cores, at most one for each 256 MiB of \`--memory\`,
  so two within 512M): threads that reconcile the subscriptions, each subscription always on the
  same one; the output is the same for any number. Each thread's runtime, heap and young
  generation cost memory of their own: within 512M, four workers peaked at 591 MiB at 5,000,000
  lines and eight at 908 MiB on this machine, so a count given past one for each 256 MiB is taken
  as given, with a warning on standard error naming the \`--memory\` it needs (default engine).
- **\`--memory SIZE\`** (default \`512M\`): the run's budget. \`reconcile\` runs in a child process
  whose JavaScript heap is bounded by it. Past half of it on one thread, or shared by two workers
  (a quarter with three or more), the file's groups and the rows after them go to a folder under
  the system's temporary folder (\`TMPDIR\`), by subscription, and are reconciled a part at a time;
  the summary says "spilled", and the folder is removed however the run ends. Giving more memory
  than the file needs changes nothing but the peak.
- **\`--engine default|duckdb\`**: the default engine reads the file with the command's own byte
  scanner and is the fastest here. \`--engine duckdb\` (the optional package \`@duckdb/node-api\`)
  reads and groups the file with DuckDB, in a database under the temporary folder that spills past
  its own memory limit (\`--memory\`, at least 128 MiB), for files larger than memory; here it is slower,
  and its peak counts DuckDB's own memory (${small.duckdb?.maxRssMiB ?? '?'} MiB at ${small.label} within the default
  512M, table above). A gzip file is also inflated once by node
  beside DuckDB's reading, so a file cut short is refused as the default engine refuses it. A file
  DuckDB's reader splits otherwise (a quote that does not close, a short row) is read by the
  default engine, with a warning. The findings are the default engine's, byte for byte.
- **The allocator.** The working process starts with \`MALLOC_MMAP_THRESHOLD_=524288\` and
  \`MALLOC_ARENA_MAX=2\` unless you set them (other C libraries than glibc ignore both): with
  glibc's own settings its resident memory crept up as freed blocks were kept. Measured
  2026-11-27 within 512M: two workers at 5,000,000 lines peaked at 476 MiB (552 MiB with glibc's
  own settings), two workers at 1,000,000 lines took 12.9–13.6 s holding the file (23.1 s and
  spilled when they held a quarter of the budget).

${r.usage === undefined ? '' : `${usageMarkdown(r.usage).trimEnd()}\n\n`}## Reading the price list

\`npm run bench:prices\` reads 200,000 rows in Partner Center's layout (19 columns, a quoted
description, US dates, 55.4 MB), best of 5 reads in one process, pinned to one core (its wall clock
is what one core reads); an unpinned run beside it gives CPU seconds. Measured 2026-11-26 on the
quiet machine (load average 1.1–1.3), five runs: **509,059 rows a second** at the median (443,390
to 537,082; target 500,000), \`priceAt\` **1.3 µs** (1.2–1.4 µs; target ≤ 2 µs). Under load
averages of 8.6 and 7.6 the same reader read 263,501 and 411,805 rows a second.

## Library targets

${table(['target', 'measured', ''], verdictRows)}

Why the missed ones are missed, in short: a transition reads its event's instant from text, checks
a state read from JSON whole before it trusts it (ERR-1), and returns a new plain-JSON state with
its effects, where the peers only move between two states; meeting the targets would take
trusting unchecked input or holding instants as numbers in the state (a change of its public
shape). The bundle targets are missed by what every function promises: the check of a caller's
\`{ policy }\`, the strict instant reader, the ISO 4217 table and the English sentences. The
program entries (\`subscription-rules/new-commerce\`, \`subscription-rules/legacy\`) carry one
program each.

## Speed (median nanoseconds per call; ratio to our row)

${table(['work', 'implementation', 'ns per call', '× ours'], timingRows)}

The lifecycle rows send the same 4 000 events — suspend, reactivate, change quantity, toggle
auto-renew, an hour apart — to an active annual subscription. Ours validates the state and the
event, reads both instants, lets time pass (renewals, suspension expiry), computes the suspension's
data-deletion date and returns a new plain-JSON state with its effects; the peers only move between
two states and copy four fields. A state the library returned is recognised and not checked again;
a JSON copy is checked in full, which is the difference between the chained and the "state read"
rows. Counted in instructions, which load does not change (2026-11-25, callgrind): a New
Commerce transition runs 7,720 instructions chained and 10,474 on a JSON copy, a legacy one 7,675.

## Cold start (median of ${r.coldStart.runs} fresh processes, ESM)

${table(
  ['process', 'ms'],
  [
    ['bare node (`await 0`)', r.coldStart.bareMs],
    ['importing the root entry', r.coldStart.rootMs],
    ['root entry, over bare', r.coldStart.rootOverBareMs],
    ['zod/mini alone, over bare', r.coldStart.zodMiniOverBareMs],
    ['our own code (the root without zod/mini), over bare', r.coldStart.ownCodeOverBareMs],
  ],
)}

## Memory

${r.memory.states.toLocaleString('en-US')} subscription states held at once: **${r.memory.bytesPerState} bytes** of heap each.

## Bundle sizes (esbuild, minified, brotli; bytes)

${table(['bundle', 'minified', 'brotli', 'target'], sizeRows)}

size-limit holds these in the gate (\`npm run size\`, \`.size-limit.json\`): a budget fails the
build when a change makes a bundle bigger than its figure above, rounded up. Import a program's
entry to carry one program's rules only.

The installed package is larger than any bundle (\`npm pack\` reports its unpacked size; the gate
holds a budget on it in scripts/smoke-pack.mjs, against a target of 1 MB it misses): JavaScript
twice, ES modules and CommonJS, unminified so a stack trace reads; the program entries built apart
with their locales, so that importing the root loads 7 files; declarations once with their TSDoc;
the guides in \`docs/\`, the CLI and the JSON Schema files. Meeting 1 MB would take ES modules
only, or minified JavaScript and no \`docs/\` — each a change a user sees.

## The cent dinero.js gets wrong

A$10.99 including 10 % GST: the tax is 1099 / 11 = 99.909… cents, so the tax is 100 cents and the
net 999 (PRICE-3 rounds the tax half up and derives the net). dinero.js \`allocate(price, [10, 1])\`
splits by ratio and hands the leftover cent to the larger share: net ${r.gstSplit.dinero.net}, tax ${r.gstSplit.dinero.tax}. Ours: net ${r.gstSplit.ours.net}, tax ${r.gstSplit.ours.tax}.
`;
}

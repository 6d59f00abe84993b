// `npm run bench`: every side-by-side comparison in one process, then cold start, memory,
// bundle sizes and the reconcile command (bench/reconcile.mjs). Prints tables, writes
// bench/results.json and the measured blocks of docs/PERFORMANCE.md (bench/page.mjs): the page is
// written by hand around them — what the figures mean, the figures measured by hand with their
// date — and a run rewrites only the blocks, so no run drops a line written by hand. The page is
// what a user reads (what to expect, how to measure it again); how each figure was reached is in
// the commits.
// `npm run bench -- reconcile` measures the reconcile command alone (the other figures are kept
// from bench/results.json), `npm run bench -- usage` the usage file alone (bench/usage.mjs);
// `npm run bench -- scale` the two scale benchmarks beside the project (bench/scale.mjs);
// `node bench/run.mjs render` measures nothing and writes the page's blocks again.
// BENCH_TIME_MS sets the time per task (default 1000 ms).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { machine } from './machine.mjs';
import { nsOf, pageBlocks, renderPage } from './page.mjs';
import { measureReconcile } from './reconcile.mjs';
import { measureScale } from './scale.mjs';
import { breakdown, measureAll } from './sizes.mjs';
import { measureUsage } from './usage.mjs';
import { gstSplit, sanityCheck, workloads } from './workloads.mjs';

const root = new URL('../', import.meta.url);
const TIME = Number(process.env.BENCH_TIME_MS ?? 1000);
/** Calls per timed sample: one call is too short for the timer to see; the median is per call. */
const BATCH = 200;
const MODES = ['all', 'reconcile', 'usage', 'scale', 'render'];
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
        : mode === 'scale'
          ? { ...previous(), scale: measureScale() }
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
const pageFile = new URL('docs/PERFORMANCE.md', root);
// the measured blocks written again; every hand-written line of the page kept
const { page, missing } = renderPage(readFileSync(pageFile, 'utf8'), pageBlocks(results));
writeFileSync(pageFile, page);
for (const name of missing)
  console.warn(
    `docs/PERFORMANCE.md has no place for the block ${name}: add <!-- bench:${name} --> and <!-- /bench:${name} --> where it belongs`,
  );

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
if (mode === 'scale') {
  console.table(results.scale.rows.map(({ found, ...row }) => row));
  console.log(results.scale.twoOverOne);
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

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round(value, digits) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

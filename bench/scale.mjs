// `npm run bench:scale` (`node bench/run.mjs scale`; not part of `npm run bench`, which it would
// slow by minutes): the two scale benchmarks the speed and memory targets are judged with, run as
// they are judged — `../shared/bench/bench-usage.mjs` and `bench-recon.mjs` beside the project
// (its CI and its developers have them there) — and their lines kept: each command's time, its
// ratio to papaparse alone (rows as arrays, the cheapest reading of the same bytes), its peak RSS,
// and what it found against what was planted. One core is pinned to core 0; two workers are not.
// SCALE_LINES (default 1000000) sets the size; SCALE_RUNS (labels separated by ';', default every run
// below) picks runs by label. Each run is a fresh process; the files are generated once and cached
// by the benchmarks in the temporary folder.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { machine } from './machine.mjs';
import { reconcileFilesOf, reconcileStages, usageFilesOf, usageStages } from './scaleStages.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const shared = fileURLToPath(new URL('../../shared/bench/', import.meta.url));

/** The runs, as the targets name them: a label, the benchmark, its flags. */
export const SCALE_RUNS = [
  { label: 'usage, one core', bench: 'bench-usage.mjs', flags: [] },
  { label: 'usage --memory 512M', bench: 'bench-usage.mjs', flags: ['--args', '--memory 512M'] },
  {
    label: 'usage --workers 2',
    bench: 'bench-usage.mjs',
    flags: ['--no-pin', '--args', '--workers 2'],
  },
  {
    label: 'usage --engine duckdb --memory 512M',
    bench: 'bench-usage.mjs',
    flags: ['--no-pin', '--args', '--engine duckdb --memory 512M'],
  },
  { label: 'reconcile, one core', bench: 'bench-recon.mjs', flags: [] },
  {
    label: 'reconcile --workers 2',
    bench: 'bench-recon.mjs',
    flags: ['--no-pin', '--args', '--workers 2'],
  },
];

/**
 * The figures of one benchmark's output: its SUMMARY line's time, ratio and peak, the parser's
 * time, and its `found` line (each kind with what was planted).
 *
 * @param {string} out - What the benchmark printed.
 */
export function readScaleOutput(out) {
  const line = (name) =>
    out
      .split('\n')
      .find((l) => l.startsWith(name))
      ?.slice(name.length)
      .trim();
  const summary = out.split('\n').find((l) => l.startsWith('SUMMARY')) ?? '';
  const ms = /: \w+ ([\d,]+) ms =/.exec(summary)?.[1];
  const ratio = /([\d.]+)x papaparse/.exec(summary)?.[1];
  const peak = /peak RSS (\d+) MiB/.exec(summary)?.[1];
  const parser = /papaparse alone ([\d,]+) ms/.exec(line('parser') ?? '')?.[1];
  const number = (text) => (text === undefined ? undefined : Number(text.replaceAll(',', '')));
  return {
    ms: number(ms),
    parserMs: number(parser),
    ratioToParser: ratio === undefined ? undefined : Number(ratio),
    maxRssMiB: number(peak),
    found: line('found'),
    failed: summary === '' ? (out.trim().split('\n').at(-1) ?? 'no output') : undefined,
  };
}

/** Every run of {@link SCALE_RUNS} picked, measured in turn. */
export function measureScale() {
  if (!existsSync(`${shared}bench-usage.mjs`))
    throw new Error(`bench:scale needs the scale benchmarks beside the project (${shared})`);
  const lines = process.env.SCALE_LINES ?? '1000000';
  const picked = process.env.SCALE_RUNS?.split(';').map((label) => label.trim());
  const rows = [];
  let usageFiles;
  let reconcileFiles;
  for (const run of SCALE_RUNS) {
    if (picked !== undefined && !picked.includes(run.label)) continue;
    console.error(`bench:scale: ${run.label}, ${lines} lines`);
    const done = spawnSync(
      process.execPath,
      [`${shared}${run.bench}`, root, '--lines', lines, ...run.flags],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      },
    );
    rows.push({ label: run.label, ...readScaleOutput(`${done.stdout}\n${done.stderr}`) });
    if (run.label === 'usage, one core') usageFiles = usageFilesOf(done.stdout);
    if (run.label === 'reconcile, one core') reconcileFiles = reconcileFilesOf(done.stdout);
  }
  // where each one-core run's time goes: the same command again, profiled, on the same core
  const pinned =
    spawnSync('taskset', ['-c', '0', 'true']).status === 0 ? ['taskset', '-c', '0'] : [];
  if (usageFiles !== undefined) console.error('bench:scale: usage, one core, profiled by stage');
  const stages = usageFiles === undefined ? undefined : usageStages(usageFiles, pinned);
  if (reconcileFiles !== undefined)
    console.error('bench:scale: reconcile, one core, profiled by stage');
  const reconcile =
    reconcileFiles === undefined ? undefined : reconcileStages(reconcileFiles, pinned);
  const one = (label) => rows.find((row) => row.label === label)?.ms;
  const speedUp = (a, b) =>
    one(a) && one(b) ? Math.round((one(a) / one(b)) * 100) / 100 : undefined;
  return {
    machine: machine(),
    lines: Number(lines),
    rows,
    ...(stages === undefined ? {} : { usageStages: stages }),
    ...(reconcile === undefined ? {} : { reconcileStages: reconcile }),
    twoOverOne: {
      usage: speedUp('usage, one core', 'usage --workers 2'),
      reconcile: speedUp('reconcile, one core', 'reconcile --workers 2'),
    },
  };
}

/** The page's block of the scale benchmarks. */
export function scaleMarkdown(scale) {
  if (scale === undefined)
    return '## The scale benchmarks\n\nbench/results.json holds no run of them yet: `npm run bench:scale` writes its table here.';
  const cell = (value, unit = '') =>
    value === undefined ? '—' : `${value.toLocaleString('en-US')}${unit}`;
  const rows = scale.rows.map(
    (row) =>
      `| \`${row.label}\` | ${row.failed === undefined ? `${cell(row.ms && Math.round(row.ms / 100) / 10, ' s')} | ${cell(row.ratioToParser, '×')} | ${cell(row.maxRssMiB, ' MiB')} | ${row.found ?? ''}` : `failed: ${row.failed} | | |`} |`,
  );
  return `## The scale benchmarks

${scale.lines.toLocaleString('en-US')} lines each, measured on ${scale.machine.date} (${scale.machine.cpu}); \`npm run bench:scale\` runs them again.

| run | time | × papaparse alone | peak RSS | found (planted) |
|---|---:|---:|---:|---|
${rows.join('\n')}

Two workers against one core: usage ${cell(scale.twoOverOne.usage, '×')}, reconcile ${cell(scale.twoOverOne.reconcile, '×')}.${stagesMarkdown('usage, one core', scale.usageStages)}${stagesMarkdown('reconcile, one core', scale.reconcileStages)}`;
}

/** Where a one-core run's time goes, as a table (nothing when it was not profiled). */
function stagesMarkdown(label, stages) {
  if (stages === undefined || stages.length === 0) return '';
  const total = stages.reduce((sum, s) => sum + s.ms, 0);
  const rows = stages.map(
    (s) =>
      `| ${s.stage} | ${s.ms.toLocaleString('en-US')} ms | ${((100 * s.ms) / total).toFixed(1)} % |`,
  );
  return `

Where \`${label}\` spends its time: the same command on the same files, pinned again, under
V8's sampling profiler (\`--cpu-prof\`, which slows it a little), each sample given to the innermost
stage its stack passes through (bench/scaleStages.mjs names each stage's functions or files):

| stage | CPU | share |
|---|---:|---:|
${rows.join('\n')}
| all | ${total.toLocaleString('en-US')} ms | |`;
}

// Where a judged one-core `usage` run's time goes (`npm run bench:scale`): the same command on the
// same files, pinned to one core again, under V8's sampling profiler (`--cpu-prof`), each sample
// given to the innermost stage its stack passes through — the stages named by the functions of
// the built command that do them. A profile slows the run a little; the shares are what to read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * The stages, innermost first: a sample is its leaf's stage when the leaf is one of a stage's
 * `leaves`, else the stage of the first frame from the leaf up that is one of a stage's `frames`.
 */
export const USAGE_STAGES = [
  { stage: 'the collector (V8)', leaves: ['(garbage collector)'], frames: [] },
  { stage: 'read the file (system reads)', leaves: ['read'], frames: [] },
  { stage: 'scan the CSV, no cell decoded (csvScan)', leaves: ['scan', 'csvScan'], frames: [] },
  { stage: 'decode the cells read (valuesOf)', leaves: [], frames: ['valuesOf', 'cellOf'] },
  // the row's getter, which the runtime may compile with lineFromCells inside it
  {
    stage: 'read each line from its cells (lineFromCells)',
    leaves: [],
    frames: ['lineFromCells', 'get read'],
  },
  {
    stage: 'observe each line into its plan (observeLine)',
    leaves: [],
    frames: ['observeLine', 'observeInput', 'stateOf'],
  },
  {
    stage: 'read the invoice file (sheetRows)',
    leaves: [],
    frames: ['sheetRows', 'readsReconColumn'],
  },
  { stage: 'finish each plan (usagePart, finishPlans)', leaves: [], frames: ['finishPlans'] },
  {
    stage: 'write --json and the report',
    leaves: ['writeSync'],
    frames: ['usageListPieces', 'usageText', 'fileLines'],
  },
];

/** What no stage names: the engine's calls between them, the plans' tables, starting Node.js. */
const REST = 'the rest (the engine between stages, the plans’ tables, start-up)';

/**
 * Each stage's milliseconds in a CPU profile.
 *
 * @param {{ nodes: { id: number, callFrame: { functionName: string }, children?: number[] }[], samples: number[], timeDeltas: number[] }} profile
 * @param {typeof USAGE_STAGES} stages
 * @returns {{ stage: string, ms: number }[]} Every stage (the rest last), idle time left out.
 */
export function stagesOf(profile, stages) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const micros = new Map();
  profile.samples.forEach((id, i) => {
    micros.set(id, (micros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const totals = new Map([...stages.map((s) => [s.stage, 0]), [REST, 0]]);
  for (const [id, us] of micros) {
    const leaf = byId.get(id)?.callFrame.functionName ?? '';
    if (leaf === '(idle)' || leaf === '(program)') continue;
    let stage = stages.find((s) => s.leaves.includes(leaf))?.stage;
    for (let at = id; stage === undefined && at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName ?? '';
      stage = stages.find((s) => s.frames.includes(name))?.stage;
    }
    const key = stage ?? REST;
    totals.set(key, (totals.get(key) ?? 0) + us);
  }
  return [...totals].map(([stage, us]) => ({ stage, ms: Math.round(us / 1000) }));
}

/**
 * The usage benchmark's files, from what it printed (`files      …/dru.csv (csv): …`).
 *
 * @param {string} out - Its output.
 * @returns {{ file: string, invoiceFile: string, prices: string } | undefined}
 */
export function usageFilesOf(out) {
  const file = /^files\s+(\S+\/dru\.csv) \(csv\)/m.exec(out)?.[1];
  if (file === undefined) return undefined;
  const dir = dirname(file);
  return { file, invoiceFile: join(dir, 'recon.csv'), prices: join(dir, 'prices.csv') };
}

/**
 * The judged one-core usage command again, profiled, and each stage's time.
 *
 * @param {{ file: string, invoiceFile: string, prices: string }} files
 * @param {string[]} pinned - The command that pins a process to one core, or none.
 * @returns {{ stage: string, ms: number }[] | undefined} `undefined` when the run failed.
 */
export function usageStages(files, pinned) {
  const dir = mkdtempSync(join(tmpdir(), 'scale-stages-'));
  try {
    const args = [
      '--cpu-prof',
      `--cpu-prof-dir=${dir}`,
      join(root, 'dist/cli.js'),
      'usage',
      '--file',
      files.file,
      '--invoice-file',
      files.invoiceFile,
      '--prices',
      files.prices,
      '--period',
      '2026-11',
      '--json',
      '--out',
      join(dir, 'findings.json'),
    ];
    const [command, ...rest] = [...pinned, process.execPath, ...args];
    const done = spawnSync(command, rest, { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (done.status !== 0 && done.status !== 1) return undefined;
    const profile = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (profile === undefined) return undefined;
    return stagesOf(JSON.parse(readFileSync(join(dir, profile), 'utf8')), USAGE_STAGES);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

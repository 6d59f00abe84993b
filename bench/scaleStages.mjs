// Where a judged one-core `usage` or `reconcile` run's time goes (`npm run bench:scale`): the same
// command on the same files, pinned to one core again, under V8's sampling profiler
// (`--cpu-prof`), each sample given to the innermost stage its stack passes through — usage's
// stages named by the functions of the built command that do them, reconcile's by the source
// files they were built from (the bundle's `// src/…` lines say where each begins). A profile
// slows the run a little; the shares are what to read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/**
 * Reconcile's stages, innermost first: a sample is its leaf's stage when the leaf is one of a
 * stage's `leaves`, else the stage of the first frame from the leaf up whose source file one of a
 * stage's `sources` matches (or, with `frames`, whose function is named so).
 */
export const RECONCILE_STAGES = [
  { stage: 'the collector (V8)', leaves: ['(garbage collector)'], frames: [] },
  { stage: 'read the files (system reads)', leaves: ['read'], frames: [] },
  {
    stage: 'scan the CSV, no cell decoded (csvScan)',
    leaves: [],
    frames: [],
    sources: /^src\/cli\/engine\/scan\/(csvScan|csvPasses|csvRows|rowCut|cellText)\.ts$/,
  },
  {
    stage: 'scan the resources’ JSON for each item (jsonScan)',
    leaves: [],
    frames: [],
    sources: /^src\/cli\/engine\/scan\/(json\w*|itemId|itemTexts|onlyItemKey)\.ts$/,
  },
  {
    stage: 'read each row’s cells into its line (readCells)',
    leaves: [],
    frames: ['readCells', 'get line'],
  },
  {
    stage: 'each subscription’s labels (labelsOf)',
    leaves: [],
    frames: [],
    sources: /^src\/cli\/reconcile\/heldLabels\.ts$/,
  },
  {
    stage: 'the rows into their subscriptions’ groups, by id (LineGroups, IdTable)',
    leaves: [],
    frames: [],
    sources:
      /^src\/(reconciliation\/_internal\/(LineGroups|SubscriptionSlots|IdTable|fileSeats)|cli\/reconcile\/(TakenIds|subscriptionHold|reconState|reconPlains))\.ts$/,
  },
  {
    stage: 'parse each resource (JSON.parse)',
    leaves: [],
    frames: [],
    sources: /^src\/cli\/reconcile\/reconFinish\.ts$/,
  },
  {
    stage: 'the rules’ replay of each subscription (reconcileJob)',
    leaves: [],
    frames: [],
    sources:
      /^src\/(cli\/reconcile\/(reconcileJob|shareReplay)|reconciliation\/_internal\/(replayInputs|plainMatch|termsOfMonth))\.ts$/,
  },
  {
    stage: 'write --json and the report',
    leaves: ['writeSync'],
    frames: [],
    sources: /^src\/cli\/(reconcile\/(findingsWriter|summary)|engine\/write\/\w+)\.ts$/,
  },
];

/** What no stage names: the engine's calls between them, the plans' tables, starting Node.js. */
const REST = 'the rest (the engine between stages, the plans’ tables, start-up)';

/**
 * Where each source file of a built bundle begins, from the `// src/…` lines esbuild writes.
 *
 * @param {string} text - The bundle's text.
 * @returns {(line: number) => string | undefined} The source file of a line (from 0).
 */
export function sourcesOf(text) {
  const starts = [];
  text.split('\n').forEach((line, i) => {
    const source = /^\/\/ (src\/\S+\.ts)$/.exec(line)?.[1];
    if (source !== undefined) starts.push([i, source]);
  });
  return (line) => {
    let found;
    for (let lo = 0, hi = starts.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      const [at, source] = starts[mid];
      if (at <= line) {
        found = source;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/**
 * Each stage's milliseconds in a CPU profile.
 *
 * @param {{ nodes: { id: number, callFrame: { functionName: string, url?: string, lineNumber?: number }, children?: number[] }[], samples: number[], timeDeltas: number[] }} profile
 * @param {{ stage: string, leaves: string[], frames: string[], sources?: RegExp }[]} stages
 * @param {{ url: string, sourceAt: (line: number) => string | undefined }} [bundle] - The built
 *   file the `sources` of the stages are read in, and where its source files begin.
 * @returns {{ stage: string, ms: number }[]} Every stage (the rest last), idle time left out.
 */
export function stagesOf(profile, stages, bundle) {
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
      const frame = byId.get(at)?.callFrame;
      const name = frame?.functionName ?? '';
      const source =
        bundle !== undefined && frame?.url === bundle.url
          ? bundle.sourceAt(frame.lineNumber ?? -1)
          : undefined;
      stage = stages.find(
        (s) => s.frames.includes(name) || (source !== undefined && s.sources?.test(source)),
      )?.stage;
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
 * The built command line run again on one core under V8's sampling profiler, and its profile.
 *
 * @param {string[]} command - The command and its flags (after `dist/cli.js`).
 * @param {string[]} pinned - The command that pins a process to one core, or none.
 * @returns {object | undefined} The command's process's profile; `undefined` when the run failed.
 */
function profiled(command, pinned) {
  const dir = mkdtempSync(join(tmpdir(), 'scale-stages-'));
  try {
    const args = [
      '--cpu-prof',
      `--cpu-prof-dir=${dir}`,
      join(root, 'dist/cli.js'),
      ...command,
      '--json',
      '--out',
      join(dir, 'findings.json'),
    ];
    const [first, ...rest] = [...pinned, process.execPath, ...args];
    const done = spawnSync(first, rest, { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (done.status !== 0 && done.status !== 1) return undefined;
    const profile = largestProfile(dir);
    return profile === undefined ? undefined : JSON.parse(readFileSync(profile, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The judged one-core usage command again, profiled, and each stage's time.
 *
 * @param {{ file: string, invoiceFile: string, prices: string }} files
 * @param {string[]} pinned - The command that pins a process to one core, or none.
 * @returns {{ stage: string, ms: number }[] | undefined} `undefined` when the run failed.
 */
export function usageStages(files, pinned) {
  const profile = profiled(
    [
      'usage',
      '--file',
      files.file,
      '--invoice-file',
      files.invoiceFile,
      '--prices',
      files.prices,
      '--period',
      '2026-11',
    ],
    pinned,
  );
  return profile === undefined ? undefined : stagesOf(profile, USAGE_STAGES);
}

/**
 * The largest profile in a folder: the command's process, not the first process that started it
 * with its bounds (which only waits).
 *
 * @param {string} dir - The folder.
 * @returns {string | undefined} Its path.
 */
function largestProfile(dir) {
  const profiles = readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => join(dir, name));
  return profiles.sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

/**
 * The reconcile benchmark's files, from what it printed (`file       …/recon.csv: …`).
 *
 * @param {string} out - Its output.
 * @returns {{ file: string, resources: string, prices: string } | undefined}
 */
export function reconcileFilesOf(out) {
  const file = /^file\s+(\S+\/recon\.csv):/m.exec(out)?.[1];
  if (file === undefined) return undefined;
  const dir = dirname(file);
  return { file, resources: join(dir, 'resources.json'), prices: join(dir, 'prices.csv') };
}

/**
 * The judged one-core reconcile command again, profiled, and each stage's time.
 *
 * @param {{ file: string, resources: string, prices: string }} files
 * @param {string[]} pinned - The command that pins a process to one core, or none.
 * @returns {{ stage: string, ms: number }[] | undefined} `undefined` when the run failed.
 */
export function reconcileStages(files, pinned) {
  const profile = profiled(
    [
      'reconcile',
      '--file',
      files.file,
      '--subscriptions',
      files.resources,
      '--prices',
      files.prices,
    ],
    pinned,
  );
  if (profile === undefined) return undefined;
  const built = join(root, 'dist/cliRun.js');
  return stagesOf(profile, RECONCILE_STAGES, {
    url: pathToFileURL(built).href,
    sourceAt: sourcesOf(readFileSync(built, 'utf8')),
  });
}

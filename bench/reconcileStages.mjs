// What each stage of `reconcile` adds to its time (bench/reconcileStage.mjs, bundled from the
// sources once and run per stage in its own process on the same core): reading and gunzipping,
// parsing the CSV, reading the lines, grouping them, replaying the rules, comparing. The command's
// own total is measured apart, on the build (bench/reconcile.mjs).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const STAGES = [
  ['read', 'read and gunzip'],
  ['parse', 'scan the CSV (csvScan, no cell decoded)'],
  ['lines', "read the cells from the row's bytes and the lines (lineReader)"],
  ['groups', 'group them (LineGroups)'],
  ['replay', 'replay the rules per subscription'],
  ['compare', 'compare (compareGroups)'],
];

/**
 * Runs every stage over one benchmark file.
 *
 * @param {{ file: string, resources: string, prices: string }} files - The benchmark's files.
 * @param {string[]} pinned - The command that pins a process to one core (`taskset -c 0`), or none.
 * @returns {{ stage: string, ms: number, addsMs: number }[]}
 */
export async function reconcileStages(files, pinned) {
  const bundle = join(root, 'bench/.reconcile-stage.mjs');
  await build({
    entryPoints: [join(root, 'bench/reconcileStage.mjs')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'error',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  let before = 0;
  return STAGES.map(([stage, what]) => {
    const [command, ...args] = [
      ...pinned,
      process.execPath,
      bundle,
      stage,
      files.file,
      files.resources,
      files.prices,
    ];
    const { ms } = JSON.parse(
      execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 24 }),
    );
    const row = { stage: what, ms: Math.round(ms), addsMs: Math.round(ms - before) };
    before = ms;
    return row;
  });
}

// docs/PERFORMANCE.md's measured figures: the blocks `npm run bench` writes into the page from
// bench/results.json. The page itself is written by hand — what the figures mean, the choices
// they lead to, the figures measured by hand with their date — and each measured block sits
// between two marks of its name, `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`, which a
// rendered page does not show. A run writes the blocks and leaves every other line as it was, so
// no hand-written figure is lost; test/docs/performancePage.test.ts holds the page's blocks to
// what bench/results.json gives (a block edited by hand fails the gate).

import { table } from './markdown.mjs';
import { reconcileMarkdown } from './reconcile.mjs';
import { scaleMarkdown } from './scale.mjs';
import { usageMarkdown } from './usage.mjs';

/** A figure of the speed table: the median of the first row of `group` whose name starts so. */
export function nsOf(timing) {
  return (group, prefix) =>
    timing.find((row) => row.group === group && row.name.startsWith(prefix)).medianNs;
}

/** A bundle of another library (or zod/mini's floor), which size-limit does not measure. */
function isPeer(row) {
  return row.peer === true || row.name.startsWith('peer:') || row.name.startsWith('zod/mini');
}

function round(value, digits) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * Every block of the page, by name, from the bench's results.
 *
 * @param {any} r - bench/results.json, parsed.
 * @returns {Record<string, string>} Each block's Markdown, without its marks.
 */
export function pageBlocks(r) {
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
  // our own bundles' sizes are size-limit's, written by scripts/sizes.mjs from .size-limit.json
  // (held in the gate); the bench's block keeps what only it measures: the peers and zod/mini
  const sizeRows = r.sizes
    .filter(isPeer)
    .map((row) => [
      row.name,
      row.minified.toLocaleString('en-US'),
      row.brotli.toLocaleString('en-US'),
    ]);
  const verdictRows = r.verdicts
    .filter((v) => !v.target.endsWith(' kB brotli'))
    .map((v) => [v.target, v.measured, v.met ? 'met' : '**missed**']);
  const rec = r.reconcile;
  const [small, large] = rec.rows;
  const seconds = (ms) => round(ms / 1000, 1);
  const usageRows = (r.usage?.rows ?? []).flatMap((row) => [
    ...row.sides.map(
      (s) =>
        `| a usage file through \`readUsageLine\` and \`createUsageReconciler\`, one core | ${row.label}, ${s.form === 'gzip' ? 'gzip' : 'CSV'} | ${seconds(s.libraryMs)} s, ${s.ratioToParser}× papaparse alone, ${s.libraryMaxRssMiB} MiB peak |`,
    ),
    ...(row.command?.one?.ms === undefined || row.command?.two?.ms === undefined
      ? []
      : [
          `| \`usage --workers 1\` / \`--workers 2\` | ${row.label}, gzip | ${seconds(row.command.one.ms)} s, ${row.command.one.maxRssMiB} MiB / ${seconds(row.command.two.ms)} s, ${row.command.two.maxRssMiB} MiB (${row.command.twoOverOne}× faster) |`,
        ]),
  ]);
  return {
    machine: `- Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, ${r.machine.os}; Node ${r.machine.node}
- The library measured on ${r.machine.date}, the reconcile command on ${rec.machine?.date ?? r.machine.date}${r.usage === undefined ? '' : `, the usage file on ${r.usage.machine.date}`}.`,
    glance: [
      '| what | at what scale | expect |',
      '|---|---|---:|',
      `| a lifecycle \`transition\` (legacy; New Commerce) | one event, the state the library returned | ${ns(lifecycle, 'subscription-rules transition()')} ns; ${ns('New Commerce transition', 'subscription-rules transition(), New Commerce')} ns |`,
      `| the same, the state read from JSON (checked in full) | one event | ${ns(lifecycle, 'subscription-rules transition(), state read')} ns; ${ns('New Commerce transition', 'subscription-rules transition(), New Commerce, state read')} ns |`,
      `| a subscription state held in memory | 100,000 states | ${r.memory.bytesPerState} B each |`,
      `| importing the root entry | a fresh process | ${r.coldStart.rootOverBareMs} ms over bare node |`,
      '| `readPriceList` | 200,000 rows (55 MB), one core | ~500,000 rows a second |',
      '| `priceAt` | one lookup, the list indexed | 1.2–1.4 µs |',
      `| \`reconcile\`, one core | ${small.label} | ${seconds(small.reconcileMs)} s, ${small.maxRssMiB} MiB peak |`,
      `| \`reconcile --workers 2\` | ${small.label} | ${seconds(small.twoWorkersMs)} s, ${small.twoWorkersMaxRssMiB} MiB peak |`,
      `| \`reconcile\`, one core | ${large.label} | ${seconds(large.reconcileMs)} s, ${large.maxRssMiB} MiB peak${large.spilled ? ' (spilled to disk)' : ''} |`,
      `| \`reconcile --workers 2\` | ${large.label} | ${seconds(large.twoWorkersMs)} s, ${large.twoWorkersMaxRssMiB} MiB peak |`,
      ...usageRows,
    ].join('\n'),
    speedMethod: `- \`BENCH_TIME_MS\` (default 1000): the time per task of the speed table (tinybench, ${r.method.callsPerSample} calls a timed
  sample, the median sample divided by ${r.method.callsPerSample}; every input built before timing, every side doing
  the same work in the same process, on the built bundle).`,
    reconcile: reconcileMarkdown(rec).trimEnd(),
    usage:
      r.usage === undefined
        ? '## Usage file\n\nbench/results.json holds no run of the usage file yet: `npm run bench:usage` writes its tables here.'
        : usageMarkdown(r.usage).trimEnd(),
    scale: scaleMarkdown(r.scale).trimEnd(),
    verdicts: table(['target', 'measured', ''], verdictRows),
    speed: table(['work', 'implementation', 'ns per call', '× ours'], timingRows),
    coldStart: `## Cold start (median of ${r.coldStart.runs} fresh processes, ESM)

${table(
  ['process', 'ms'],
  [
    ['bare node (`await 0`)', r.coldStart.bareMs],
    ['importing the root entry', r.coldStart.rootMs],
    ['root entry, over bare', r.coldStart.rootOverBareMs],
    ['zod/mini alone, over bare', r.coldStart.zodMiniOverBareMs],
    ['our own code (the root without zod/mini), over bare', r.coldStart.ownCodeOverBareMs],
  ],
)}`,
    memory: `${r.memory.states.toLocaleString('en-US')} subscription states held at once: **${r.memory.bytesPerState} bytes** of heap each.`,
    sizes: table(['bundle', 'minified', 'brotli'], sizeRows),
    gst: `splits by ratio and hands the leftover cent to the larger share: net ${r.gstSplit.dinero.net}, tax ${r.gstSplit.dinero.tax}. Ours: net ${r.gstSplit.ours.net}, tax ${r.gstSplit.ours.tax}.`,
  };
}

/** A block's marks in the page: its start, its name, what it holds, its end. */
const BLOCK = /^<!-- bench:([\w-]+) -->\n([\s\S]*?)^<!-- \/bench:\1 -->$/gm;

/**
 * The page with each block written again from `blocks`, every other line as it was.
 *
 * @param {string} page - docs/PERFORMANCE.md as it is.
 * @param {Record<string, string>} blocks - What {@link pageBlocks} gives.
 * @returns {{ page: string, missing: string[] }} The page, and the blocks it has no place for
 *   (their figures are not on the page: add their marks where they belong).
 * @throws {Error} For a mark of no block, a block marked twice, or a mark never closed.
 */
export function renderPage(page, blocks) {
  const seen = new Set();
  const written = page.replace(BLOCK, (_, name) => {
    if (!Object.hasOwn(blocks, name))
      throw new Error(`docs/PERFORMANCE.md: no block of the bench is called ${name}`);
    if (seen.has(name)) throw new Error(`docs/PERFORMANCE.md: the block ${name} is marked twice`);
    seen.add(name);
    return `<!-- bench:${name} -->\n${blocks[name]}\n<!-- /bench:${name} -->`;
  });
  const open = [...written.matchAll(/^<!-- bench:([\w-]+) -->$/gm)].filter(
    ([, name]) => !seen.has(name),
  );
  if (open.length > 0)
    throw new Error(`docs/PERFORMANCE.md: the block ${open[0][1]} is never closed`);
  return { page: written, missing: Object.keys(blocks).filter((name) => !seen.has(name)) };
}

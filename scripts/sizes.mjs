// The bundle sizes the guides state, written from size-limit's own measurement of the budgets in
// .size-limit.json (esbuild, minified, brotli), so a figure in the docs is never typed by hand.
//
//   node scripts/sizes.mjs           measure (after `npm run build`), rewrite the figures
//   node scripts/sizes.mjs --check   measure, and fail naming every figure that disagrees
//
// A figure sits between two marks, which a rendered page does not show:
//   <!-- sizes:start -->                                  (alone on its line) the table of every budget
//   <!-- sizes:start dist/new-commerce.js { cancellationDecision } -->7.8 kB<!-- sizes:end -->
// the second one naming a budget by its `path` and `import`, as .size-limit.json writes them.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The guides that state bundle sizes. */
export const DOCUMENTS = ['docs/PERFORMANCE.md', 'docs/new-commerce.md'];

/** A mark and what it holds: `selector` empty for the table, else a budget's `path import`. */
const MARK = /<!-- sizes:start(?: ([^>]*?))? -->(\n?)([\s\S]*?)<!-- sizes:end -->/g;

/** `{ label, target }` of a budget's name: `whole root entry, no zod (target 14 kB, …)`. */
function describe(name) {
  const target = /\(target ([\d.]+) kB\b/.exec(name);
  return {
    label: name.replace(/\s*\(target [^)]*\)/, ''),
    target: target === null ? null : Math.round(Number(target[1]) * 1000),
  };
}

/** Bytes as the guides write them inline: `7.8 kB` (1 kB = 1000 B, as size-limit counts). */
export function kB(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** The table of every budget: what it bundles, its measured brotli bytes, its budget, its target. */
export function sizesTable(budgets) {
  const figure = (n) => n.toLocaleString('en-US');
  return [
    '| bundle (size-limit: esbuild, minified, brotli) | bytes | budget | target |',
    '|---|---:|---:|---:|',
    ...budgets.map((budget) => {
      const { label, target } = describe(budget.name);
      const verdict =
        target === null ? '' : `${figure(target)} ${budget.size <= target ? 'met' : '**missed**'}`;
      return `| ${label} | ${figure(budget.size)} | ${figure(budget.limit)} | ${verdict} |`;
    }),
  ].join('\n');
}

/**
 * A document with every mark's figure written from `budgets`.
 *
 * @param {string} text - The document.
 * @param {readonly { name: string, path: string, import?: string, limit: number, size: number }[]} budgets
 *   - .size-limit.json's entries, each with its measured `size` (brotli bytes) and `limit` in bytes.
 * @returns {{ text: string, unknown: string[], changed: string[] }} The document, the selectors no
 *   budget answers, and a line for each figure that was not as measured.
 */
export function renderSizes(text, budgets) {
  const unknown = [];
  const changed = [];
  const written = text.replace(MARK, (whole, selector, newline, stated) => {
    if (selector === undefined) {
      const table = sizesTable(budgets);
      if (stated.trim() !== table) changed.push('the table of every budget');
      return `<!-- sizes:start -->\n${table}\n<!-- sizes:end -->`;
    }
    const budget = budgets.find((b) => `${b.path} ${b.import ?? '*'}` === selector.trim());
    if (budget === undefined) {
      unknown.push(selector);
      return whole;
    }
    const figure = kB(budget.size);
    if (stated.trim() !== figure)
      changed.push(`${selector}: states ${stated.trim()}, measured ${figure}`);
    return `<!-- sizes:start ${selector} -->${newline}${figure}<!-- sizes:end -->`;
  });
  return { text: written, unknown, changed };
}

/** A size-limit limit (`"56791 B"`, `"7 kB"`) in bytes. */
function bytesOf(limit) {
  const match = /^([\d.]+)\s*(B|kB|KB)$/.exec(String(limit).trim());
  if (match === null) throw new Error(`.size-limit.json: a limit in B or kB, got ${limit}`);
  return Math.round(Number(match[1]) * (match[2] === 'B' ? 1 : 1000));
}

/** Every budget of .size-limit.json with size-limit's measurement of it (needs dist/). */
export function measure() {
  const config = JSON.parse(readFileSync(`${root}.size-limit.json`, 'utf8'));
  const bin = join(
    dirname(createRequire(import.meta.url).resolve('size-limit/package.json')),
    'bin.js',
  );
  const run = spawnSync(process.execPath, [bin, '--json'], { cwd: root, encoding: 'utf8' });
  let measured;
  try {
    measured = JSON.parse(run.stdout);
  } catch {
    throw new Error(
      `size-limit --json gave no measurement (run npm run build first):\n${run.stderr}`,
    );
  }
  return config.map((entry) => {
    const found = measured.find((m) => m.name === entry.name);
    if (found === undefined || typeof found.size !== 'number')
      throw new Error(`size-limit did not measure "${entry.name}"`);
    return { ...entry, limit: bytesOf(entry.limit), size: found.size };
  });
}

/** Measures, then rewrites the documents or (with `--check`) names every one that disagrees. */
function main(check) {
  const budgets = measure();
  const rendered = DOCUMENTS.map((document) => {
    const before = readFileSync(`${root}${document}`, 'utf8');
    const { text, unknown, changed } = renderSizes(before, budgets);
    if (!before.includes('<!-- sizes:start'))
      throw new Error(`${document}: states bundle sizes but has no <!-- sizes:start --> mark`);
    if (unknown.length > 0)
      throw new Error(`${document}: no budget of .size-limit.json is ${unknown.join(', ')}`);
    return { document, before, text, changed };
  });
  const stale = rendered.flatMap(({ document, changed }) =>
    changed.map((c) => `${document}: ${c}`),
  );
  if (!check)
    for (const { document, before, text } of rendered)
      if (text !== before) writeFileSync(`${root}${document}`, text);
  if (check && stale.length > 0) {
    console.error(
      `The bundle sizes stated disagree with size-limit's measurement (run node scripts/sizes.mjs to write them):\n${stale.join('\n')}`,
    );
    process.exitCode = 1;
  } else console.log(check ? 'bundle sizes in the docs: as measured' : 'bundle sizes written');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  main(process.argv.includes('--check'));

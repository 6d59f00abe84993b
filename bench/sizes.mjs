// Bundle sizes measured the way size-limit's esbuild plugin measures them: a tiny entry that
// re-exports what a user imports, bundled by esbuild, minified, then compressed with brotli. The same
// recipe is used for the peers, so the figures sit side by side.
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url).pathname;

/** `{ minified, brotli }` in bytes of a bundle of `source` (module text), resolved from the repo. */
export async function measure(source, { external = [] } = {}) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    loader: { '.json': 'json' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const brotli = brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  return { minified: code.length, brotli };
}

/**
 * Where the bytes of one of our bundles come from: minified bytes per source module (esbuild
 * metafile, built from src/ so modules keep their names), biggest first; `entry` is the entry's
 * source (`./src/newCommerce/index.ts` for `subscription-rules/new-commerce`).
 */
export async function breakdown(names, entry = './src/index.ts') {
  const result = await build({
    stdin: {
      contents: `export { ${names.join(', ')} } from '${entry}';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    metafile: true,
    logLevel: 'error',
  });
  const output = Object.values(result.metafile.outputs)[0];
  return Object.entries(output.inputs)
    .map(([module, { bytesInOutput }]) => ({ module, bytes: bytesInOutput }))
    .filter((row) => row.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}

/** Our bundles with a target (issue budget) and the peers measured the same way. */
export const bundles = [
  {
    name: 'cancellationDecision',
    source: "export { cancellationDecision } from './dist/index.js';",
    target: 7_000,
  },
  {
    name: 'cancellationDecision from subscription-rules/new-commerce',
    source: "export { cancellationDecision } from './dist/new-commerce.js';",
    target: 4_500,
  },
  {
    name: 'createSubscription + transition + advance from subscription-rules/new-commerce',
    source: "export { createSubscription, transition, advance } from './dist/new-commerce.js';",
    target: 10_000,
  },
  {
    name: 'fromPartnerCenterSubscription + allowedActions from subscription-rules/new-commerce',
    source:
      "export { fromPartnerCenterSubscription, allowedActions } from './dist/new-commerce.js';",
    target: 12_000,
  },
  {
    name: 'cancellationDecision from subscription-rules/legacy',
    source: "export { cancellationDecision } from './dist/legacy.js';",
  },
  {
    name: 'createSubscription + transition + advance from subscription-rules/legacy',
    source: "export { createSubscription, transition, advance } from './dist/legacy.js';",
  },
  {
    name: 'createSubscription + transition + advance',
    source: "export { createSubscription, transition, advance } from './dist/index.js';",
    target: 6_500,
  },
  { name: 'quote', source: "export { quote } from './dist/index.js';" },
  {
    name: 'reservationRefund',
    source: "export { reservationRefund } from './dist/index.js';",
    target: 3_000,
  },
  { name: 'resolveMarket', source: "export { resolveMarket } from './dist/index.js';" },
  { name: 'whole root entry', source: "export * from './dist/index.js';", target: 28_000 },
  {
    name: 'whole root entry without zod/mini (our own bytes)',
    source: "export * from './dist/index.js';",
    external: ['zod', 'zod/mini'],
  },
  { name: 'whole schemas entry', source: "export * from './dist/schemas.js';", target: 15_000 },
  {
    name: 'zod/mini: one object schema and safeParse (the floor of any zod entry)',
    source:
      "import * as z from 'zod/mini'; export const s = z.object({ a: z.string(), b: z.optional(z.number()) }); export const parse = (v) => s.safeParse(v);",
  },
  {
    name: 'peer: xstate (createMachine, transition, initialTransition, assign)',
    peer: true,
    source: "export { createMachine, transition, initialTransition, assign } from 'xstate';",
  },
  {
    name: 'peer: robot3 (createMachine, interpret, state, transition, reduce)',
    peer: true,
    source: "export { createMachine, interpret, state, transition, reduce } from 'robot3';",
  },
  {
    name: 'peer: dinero.js (dinero, allocate, toSnapshot, AUD)',
    peer: true,
    source:
      "export { dinero, allocate, toSnapshot } from 'dinero.js'; export { AUD } from 'dinero.js/currencies';",
  },
  {
    name: 'peer: i18n-iso-countries (browser entry, English names registered)',
    peer: true,
    source:
      "import c from 'i18n-iso-countries/index.js'; import en from 'i18n-iso-countries/langs/en.json'; c.registerLocale(en); export default c;",
  },
];

export async function measureAll() {
  const rows = [];
  for (const bundle of bundles) {
    const size = await measure(bundle.source, { external: bundle.external });
    rows.push({
      name: bundle.name,
      ...size,
      target: bundle.target ?? null,
      peer: bundle.peer === true,
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await measureAll()) {
    console.log(
      `${row.name.padEnd(75)} ${String(row.minified).padStart(8)} ${String(row.brotli).padStart(7)}${row.target ? `  target ${row.target}` : ''}`,
    );
  }
}

import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];
type EsbuildOptions = Parameters<NonNullable<Options['esbuildOptions']>>[0];

/**
 * The program entries and their locales, built in the root's run: a program's entry then shares
 * its chunks with the root and with `subscription-rules/schemas`, so a bundle that imports a
 * program's entry with the schemas (or with `money` from the root) carries one copy of the shared
 * core, never two (PCR details, decided 2026-11-28; `scripts/size-advice.mjs` measures it). The
 * cost is more chunks for the root to load (its cold start is measured by `npm run bench`).
 */
const programEntries = {
  'new-commerce': 'src/newCommerce/index.ts',
  legacy: 'src/legacy/index.ts',
  'new-commerce/locales/en': 'src/locales/newCommerce/en.ts',
  'new-commerce/locales/ko': 'src/locales/newCommerce/ko.ts',
  'new-commerce/locales/zh-Hans': 'src/locales/newCommerce/zh-Hans.ts',
  'new-commerce/locales/zh-Hant': 'src/locales/newCommerce/zh-Hant.ts',
  'legacy/locales/en': 'src/locales/legacy/en.ts',
  'legacy/locales/ko': 'src/locales/legacy/ko.ts',
  'legacy/locales/zh-Hans': 'src/locales/legacy/zh-Hans.ts',
  'legacy/locales/zh-Hant': 'src/locales/legacy/zh-Hant.ts',
};

/**
 * The reconciliation entry, built on its own for the same reason: bundled with the root it would
 * split the chunks of the root and the programs. It carries its own copy of the few modules
 * it shares (time, money, `RuleError`, whose `instanceof` recognises any copy).
 */
const reconciliationEntries = { reconciliation: 'src/reconciliation/index.ts' };

/**
 * The usage entry (Azure plan usage and the invoice tie-out), built on its own for the same
 * reason: it shares the kernel's exact decimals with reconciliation, and nothing else.
 */
const usageEntries = { usage: 'src/usage/index.ts' };

/**
 * The resale entry (what each customer is billed against what it costs), built on its own: it
 * shares only the kernel's exact decimals, the file's days and the currency table.
 */
const resaleEntries = { resale: 'src/resale/index.ts' };

/**
 * The fast-check arbitraries, built on their own: a property test's bundle is no front end's, and
 * in the root's run they split the root's modules into ~10 more chunks (26 files loaded by
 * `import 'subscription-rules'` instead of 16). They carry their own copy of what they draw with.
 */
const arbitraryEntries = { arbitraries: 'src/arbitraries/index.ts' };

/** The entries the CLI imports from beside it: its file in dist/ (without extension) → its source. */
const entry = {
  index: 'src/index.ts',
  schemas: 'src/schemas/index.ts',
  'locales/en': 'src/locales/en.ts',
  'locales/ko': 'src/locales/ko.ts',
  'locales/zh-Hans': 'src/locales/zh-Hans.ts',
  'locales/zh-Hant': 'src/locales/zh-Hant.ts',
};

/**
 * Private modules that a private module the CLI carries a copy of imports (the strict instant
 * reader throws through them), whose exports an entry re-exports unchanged: they resolve to that
 * entry, so the CLI throws and catches the package's one `RuleError` class.
 */
const reExported: Record<string, keyof typeof entry> = {
  'src/errors/RuleError.ts': 'index',
  'src/errors/RuleErrorCode.ts': 'index',
};

/**
 * Resolves an import of an entry's source (or of a module in `reExported`) to the built entry
 * beside `dist/cli.js`, left external: the CLI runs on the package's own `dist/index.js`,
 * `dist/schemas.js` and `dist/locales/<tag>.js` instead of carrying a second copy of the library.
 */
function builtEntries(): EsbuildPlugin {
  const built = new Map<string, string>([
    ...Object.entries(entry).map(([name, source]): [string, string] => [resolve(source), name]),
    ...Object.entries(reExported).map(([source, name]): [string, string] => [
      resolve(source),
      name,
    ]),
  ]);
  return {
    name: 'built-entries',
    setup(build) {
      build.onResolve({ filter: /\.ts$/ }, (args) => {
        const name = built.get(resolve(args.resolveDir, args.path));
        return name === undefined ? undefined : { path: `./${name}.js`, external: true };
      });
    },
  };
}

/**
 * Text as UTF-8, not as `\uXXXX` escapes: a Korean or Chinese character takes 3 bytes instead of
 * 6 (the locales were over half escapes).
 */
function utf8(options: EsbuildOptions): void {
  options.charset = 'utf8';
  // the maps point at the TypeScript the package ships in src/, once, not a copy in every map
  options.sourcesContent = false;
}

/**
 * The command-line tool's build: text as UTF-8, and papaparse (the reconcile command's CSV parser,
 * a devDependency bundled here) in its own minified build, 19 kB instead of 52 kB: the CLI's own
 * code stays readable in a stack trace, the parser's is a third party's.
 */
function cliOptions(options: EsbuildOptions): void {
  utf8(options);
  options.alias = { ...options.alias, papaparse: 'papaparse/papaparse.min.js' };
}

/** ESM + CJS + declarations for every public entry, plus the command-line tool (ESM only). */
/**
 * A group of entries built on its own (sharing chunks only with each other), its declarations
 * written by the first config's run.
 */
function builtApart(entries: Record<string, string>): Options {
  return {
    entry: entries,
    external: ['fast-check'],
    format: ['esm', 'cjs'],
    dts: false,
    clean: false,
    treeshake: true,
    splitting: true,
    // source maps beside every file, with their sources inside: a stack trace or a debugger in a
    // user's service shows the TypeScript line it came from
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    esbuildOptions: utf8,
  };
}

export default defineConfig([
  {
    entry: { ...entry, ...programEntries },
    external: ['fast-check'],
    format: ['esm', 'cjs'],
    // the declarations of every entry in one run, so the entries built apart share
    // the root's declaration chunks (their JavaScript is built below)
    dts: {
      entry: {
        ...entry,
        ...programEntries,
        ...arbitraryEntries,
        ...reconciliationEntries,
        ...usageEntries,
        ...resaleEntries,
      },
    },
    clean: true,
    treeshake: true,
    splitting: true,
    // source maps beside every file, with their sources inside: a stack trace or a debugger in a
    // user's service shows the TypeScript line it came from
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    esbuildOptions: utf8,
  },
  builtApart(arbitraryEntries),
  builtApart(reconciliationEntries),
  builtApart(usageEntries),
  builtApart(resaleEntries),
  {
    // the reconcile, tie-out and usage commands' worker threads (`--workers`), loaded by the CLI from
    // beside it: each file whole, without chunks shared with the others, so dist/cli.js stays one
    entry: {
      cli: 'src/cli/bin.ts',
      // the commands themselves, loaded by cli.js once it knows it runs them here: a run started
      // again in a process of its own (its heap bounded) loads only cli.js in the first
      cliRun: 'src/cli/runHere.ts',
      reconcileWorker: 'src/cli/reconcile/reconcileWorker.ts',
      tieOutWorker: 'src/cli/tieOut/tieOutWorker.ts',
      usageWorker: 'src/cli/usage/usageWorker.ts',
    },
    // DuckDB (`reconcile --engine duckdb`) is an optional peer dependency, loaded by `import()`
    // only when asked for: never bundled, never imported statically
    external: ['@duckdb/node-api'],
    format: ['esm'],
    dts: false,
    clean: false,
    splitting: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [builtEntries()],
    esbuildOptions: cliOptions,
  },
]);

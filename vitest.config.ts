import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * Unit, property, fuzz and type-level tests. The gate runs this config once per time zone (TZ=UTC,
 * Australia/Sydney, America/Los_Angeles); every run writes a JSON report that `scripts/totals.mjs`
 * sums up, and test/time/zones.test.ts checks the outputs are the same in each.
 */
export default defineConfig({
  resolve: {
    // Tests import the package by name; here the names point at the source, so a move inside src/
    // touches no test (the e2e config leaves them to the package's own exports, i.e. the build).
    alias: [
      { find: /^subscription-rules$/, replacement: source('./src/index.ts') },
      { find: /^subscription-rules\/schemas$/, replacement: source('./src/schemas/index.ts') },
      { find: /^subscription-rules\/legacy$/, replacement: source('./src/legacy/index.ts') },
      {
        find: /^subscription-rules\/new-commerce$/,
        replacement: source('./src/newCommerce/index.ts'),
      },
      {
        find: /^subscription-rules\/reconciliation$/,
        replacement: source('./src/reconciliation/index.ts'),
      },
      { find: /^subscription-rules\/usage$/, replacement: source('./src/usage/index.ts') },
      { find: /^subscription-rules\/resale$/, replacement: source('./src/resale/index.ts') },
      {
        find: /^subscription-rules\/arbitraries$/,
        replacement: source('./src/arbitraries/index.ts'),
      },
      {
        find: /^subscription-rules\/new-commerce\/locales\/(en|ko|zh-Hans|zh-Hant)$/,
        replacement: source('./src/locales/newCommerce/$1.ts'),
      },
      {
        find: /^subscription-rules\/legacy\/locales\/(en|ko|zh-Hans|zh-Hant)$/,
        replacement: source('./src/locales/legacy/$1.ts'),
      },
      {
        find: /^subscription-rules\/locales\/(en|ko|zh-Hans|zh-Hant)$/,
        replacement: source('./src/locales/$1.ts'),
      },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/_setup.ts'],
    // the temporary folders the tests make, removed once the run is over (test/_tempFolders.ts)
    globalSetup: ['test/_tempFolders.ts'],
    pool: 'threads',
    // every core, and two on a 2-core machine (the default keeps one core free: there, one file at
    // a time, and the three time zones' runs took 13 of the gate's 21 minutes; two take 3 of every 4)
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // a worker keeps the modules it imported from one test file to the next: the library is pure,
    // and every test that sets a global (TZ, TMPDIR, Intl) restores it. Each file importing the
    // source tree anew was most of a zone's time — 224 s a zone with isolation (import 250 s summed
    // over the workers, the tests themselves 136 s), 75 s without (import 19 s), 2,558 tests the
    // same on a quiet 2-core machine — and it carries the library's own module-level caches across
    // files, as a long-lived service does.
    isolate: false,
    testTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';

/**
 * Unit, property and type-level tests. The gate runs this config once per time zone (TZ=UTC, then
 * TZ=Australia/Sydney); every run writes a JSON report that `scripts/totals.mjs` sums up.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/_setup.ts'],
    pool: 'threads',
    testTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';

/**
 * Unit, property, fuzz and type-level tests. The gate runs this config once per time zone (TZ=UTC,
 * Australia/Sydney, America/Los_Angeles); every run writes a JSON report that `scripts/totals.mjs`
 * sums up, and test/time/zones.test.ts checks the outputs are the same in each.
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

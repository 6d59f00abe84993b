import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests of the BUILT package (dist/): the command-line tool run as a child process and
 * the generated JSON Schema files. The gate runs them after `build`, with their own JSON report.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    setupFiles: ['test/_setup.ts'],
    testTimeout: 60_000,
  },
});

import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests of the BUILT package (dist/): the command-line tool run as a child process and
 * the generated JSON Schema files. The gate runs them after `build`, with their own JSON report.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    setupFiles: ['test/_setup.ts'],
    // the temporary folders the tests make, removed once the run is over (test/_tempFolders.ts)
    globalSetup: ['test/_tempFolders.ts'],
    testTimeout: 60_000,
    // Starting Chromium or the playground's server in a hook took past vitest's 10 s once, in a
    // gate whose other suites were running commands of their own on the machine's two cores.
    hookTimeout: 60_000,
    // Two files at a time on a 2-core machine, as the unit tests run: the default keeps a core
    // free, so the files ran one after another and the gate took 26 minutes. Each file's commands
    // are processes of their own (and most wait on them), so two lanes nearly halve the run.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});

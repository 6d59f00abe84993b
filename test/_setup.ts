import fc from 'fast-check';
import { beforeEach, onTestFailed } from 'vitest';

/**
 * Every property runs with one fixed seed, taken from FC_SEED (default below), so a failure
 * reproduces; FC_NUM_RUNS scales the number of runs. The seed is printed whenever a test fails.
 */
const seed = Number(process.env.FC_SEED ?? 20_261_122);
const numRuns = Number(process.env.FC_NUM_RUNS ?? 100);
fc.configureGlobal({ seed, numRuns });

beforeEach(() => {
  onTestFailed(() => {
    console.error(
      `fast-check seed: ${seed} (reproduce with FC_SEED=${seed}; TZ=${process.env.TZ ?? ''})`,
    );
  });
});

import { setFlagsFromString } from 'node:v8';
import { fillHeap } from './fillHeap.ts';

/**
 * Tests only: stops the process as a failure of the runtime would (`RUNTIME_TEST_FAIL`, read only
 * in a relaunched process), so a test sees what a user sees then — one line, exit 3. `abort`:
 * Node aborts the process (`process.abort()`: a native stack trace, SIGABRT); `check`: V8 fails one
 * of its own checks (its collector told to run without helper threads once they are running, as
 * the project's code never does: `# Fatal error … Check failed`, SIGTRAP) at the next collection
 * the heap's growth brings. Never returns.
 *
 * @param how - Which failure.
 */
export function failRuntime(how: 'abort' | 'check'): never {
  if (how === 'abort') process.abort();
  setFlagsFromString('--single-threaded-gc');
  return fillHeap();
}

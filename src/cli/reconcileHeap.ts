import { memoryOf } from './memoryFlag.ts';
import { workersOf } from './workersFlag.ts';

/** The smallest JavaScript heap `reconcile` is given, in MiB: the runtime's own needs. */
const LEAST_HEAP = 64;

/**
 * The JavaScript heap, in MiB, of each thread of a `reconcile` command line, at least
 * {@link LEAST_HEAP}. The budget (`--memory`, 512M by default) is the whole run's, and a heap left
 * to itself grows to about twice what is live before it collects, so the run's heaps together are
 * given half of it; the rest is the runtime, the buffers and each heap's young generation.
 *
 * - One thread (`--workers 1`, `--explain`, or `--engine duckdb`, whose groups the main thread
 *   holds): half the budget (512M: 256).
 * - `--workers N` of 2 or more on the default engine: the workers hold the groups, each its
 *   share, so each heap is half the budget over the workers (512M, 2 workers: 128). The bound
 *   is the runtime's for every thread of the process; the main thread, which only splits the file,
 *   holds far less than its bound.
 *
 * `undefined` for any other command, and for a `--memory` or `--workers` that does not read (the
 * command says why).
 *
 * @param args - The command line, without `node` and the script.
 * @returns The heap in MiB, or `undefined`.
 */
export function reconcileHeap(args: readonly string[]): number | undefined {
  if (args[0] !== 'reconcile') return undefined;
  const values = new Map<string, string | undefined>();
  for (let i = 1; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') break;
    for (const flag of ['--memory', '--workers', '--engine', '--explain'])
      if (arg === flag) values.set(flag, args[i + 1]);
      else if (arg.startsWith(`${flag}=`)) values.set(flag, arg.slice(flag.length + 1));
  }
  try {
    const memory = memoryOf(values.get('--memory'));
    const workers =
      values.has('--explain') || values.get('--engine') === 'duckdb'
        ? 1
        : workersOf(values.get('--workers'));
    return threadHeap(memory, workers);
  } catch {
    return undefined;
  }
}

/**
 * The heap of each of `threads` threads that share a budget ({@link reconcileHeap}).
 *
 * @param memory - The budget, in bytes.
 * @param threads - How many threads hold its groups.
 * @returns The heap in MiB.
 */
export function threadHeap(memory: number, threads: number): number {
  return Math.max(LEAST_HEAP, Math.floor(memory / 2 / threads / 1024 ** 2));
}

import { BudgetError } from './BudgetError.ts';
import { moreMemory } from './moreMemory.ts';

/**
 * A run's failure as the command line says it: a worker thread out of its heap (Node.js's
 * `ERR_WORKER_OUT_OF_MEMORY`: its heap is the one `--memory` gives each thread) is the run out of
 * its budget — one line naming a larger `--memory`, exit 3, as when the main thread runs out —
 * never an internal failure; any other failure as it is.
 *
 * @param error - What the run failed with.
 * @param argv - The command line, without `node` and the script (the command first).
 * @returns A {@link BudgetError} for a worker out of its heap, else `error`.
 */
export function workerBudget(error: unknown, argv: readonly string[]): unknown {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code !== 'ERR_WORKER_OUT_OF_MEMORY') return error;
  return new BudgetError(
    `${argv[0] ?? 'the command'}'s worker needed more than the heap its --memory gives it; give it more (--memory ${moreMemory(argv)})`,
  );
}

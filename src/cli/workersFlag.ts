import { availableParallelism } from 'node:os';
import { memoryText } from './memoryFlag.ts';
import { UsageError } from './UsageError.ts';

/**
 * The part of `--memory` each worker a run starts by itself needs: without `--workers`, no more
 * workers than the budget holds at this much each (512M: two). Each worker brings a runtime, a
 * heap and a young generation of its own: within 512M at 5,000,000 lines, two workers peaked at
 * 476 MiB, four at 591 MiB and eight at 908 MiB.
 */
const BUDGET_A_WORKER = 256 * 1024 ** 2;

/**
 * The part of `--memory` each worker of `reconcile --engine duckdb` needs (512M: one). DuckDB's
 * buffers and the groups it summed take their part of the budget beside the workers, which replay
 * the subscriptions in runtimes of their own: measured on the 1,000,000-line file within 512M, one
 * worker peaked at 495 MiB, two at 617 MiB (each worker's heap capped at 80 MiB: still 608 MiB).
 */
export const DUCKDB_BUDGET_A_WORKER: number = 512 * 1024 ** 2;

/**
 * The part of `--memory` each of `reconcile`'s workers needs on an engine: 256 MiB, or
 * {@link DUCKDB_BUDGET_A_WORKER} with DuckDB — the one rule for its default count of workers and
 * the warning for a count given past it.
 *
 * @param engine - `--engine`.
 * @returns The bytes a worker needs.
 */
export function budgetAWorker(engine: 'default' | 'duckdb' | undefined): number {
  return engine === 'duckdb' ? DUCKDB_BUDGET_A_WORKER : BUDGET_A_WORKER;
}

/**
 * `--workers N`: how many threads reconcile the subscriptions; by default the machine's cores, at
 * most one for each 256 MiB of the budget (512M: two; `perWorker` says another part), so that a
 * machine of many cores keeps the run within `--memory`. A count given is taken as given.
 *
 * @param value - The flag's value, when given.
 * @param memory - The budget, in bytes (`--memory`).
 * @param perWorker - The part of it each worker needs, in bytes.
 * @returns The count, from 1 to 256.
 * @throws UsageError naming `--workers` for anything but a whole number from 1 to 256.
 */
export function workersOf(
  value: unknown,
  memory: number,
  perWorker: number = BUDGET_A_WORKER,
): number {
  if (value === undefined)
    return Math.min(availableParallelism(), workersWithin(memory, perWorker));
  const match = typeof value === 'string' ? /^[1-9]\d{0,2}$/.exec(value) : null;
  if (match === null || Number(value) > 256)
    throw new UsageError(
      `--workers: expected how many threads reconcile the subscriptions, 1 to 256 (default: the machine's cores, at most one for each 256M of --memory), got ${JSON.stringify(value)}`,
    );
  return Number(value);
}

/**
 * How many workers a budget holds at 256 MiB each (or `perWorker`), at least one (512M: two; 1G:
 * four).
 *
 * @param memory - The budget, in bytes (`--memory`).
 * @param perWorker - The part of it each worker needs, in bytes.
 * @returns The count, at least 1.
 */
export function workersWithin(memory: number, perWorker: number = BUDGET_A_WORKER): number {
  return Math.max(1, Math.floor(memory / perWorker));
}

/**
 * The warning for a count of worker threads given past what the budget holds
 * ({@link workersWithin}): the count is taken as given, but each worker brings a runtime, a heap
 * and a young generation of its own, and the run may pass `--memory` (four workers within 512M
 * peaked at 591 MiB at 5,000,000 lines, eight at 908 MiB; with DuckDB, two within 512M at
 * 617 MiB at 1,000,000 lines). It says what budget the count needs, and how many workers the
 * budget holds.
 *
 * @param workers - The worker threads (1 when the run's own thread does the work).
 * @param memory - The budget, in bytes (`--memory`).
 * @param perWorker - The part of it each worker needs, in bytes: 256 MiB, or
 *   {@link DUCKDB_BUDGET_A_WORKER} for `reconcile --engine duckdb`.
 * @returns The line for standard error, or `undefined` when the budget holds them.
 */
export function workersPastBudget(
  workers: number,
  memory: number,
  perWorker: number = BUDGET_A_WORKER,
): string | undefined {
  const within = workersWithin(memory, perWorker);
  // within is at least one: one worker is never past it
  if (workers <= within) return undefined;
  return `warning: --workers ${workers} within --memory ${memoryText(memory)}: each worker needs about ${memoryText(perWorker)} of it, so the run may take more memory than --memory; give --memory ${memoryText(workers * perWorker)}, or --workers ${within}`;
}

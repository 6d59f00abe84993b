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
 * `--workers N`: how many threads reconcile the subscriptions; by default the machine's cores, at
 * most one for each 256 MiB of the budget (512M: two), so that a machine of many cores keeps the
 * run within `--memory`. A count given is taken as given.
 *
 * @param value - The flag's value, when given.
 * @param memory - The budget, in bytes (`--memory`).
 * @returns The count, from 1 to 256.
 * @throws UsageError naming `--workers` for anything but a whole number from 1 to 256.
 */
export function workersOf(value: unknown, memory: number): number {
  if (value === undefined) return Math.min(availableParallelism(), workersWithin(memory));
  const match = typeof value === 'string' ? /^[1-9]\d{0,2}$/.exec(value) : null;
  if (match === null || Number(value) > 256)
    throw new UsageError(
      `--workers: expected how many threads reconcile the subscriptions, 1 to 256 (default: the machine's cores, at most one for each 256M of --memory), got ${JSON.stringify(value)}`,
    );
  return Number(value);
}

/**
 * How many workers a budget holds at 256 MiB each, at least one (512M: two; 1G: four).
 *
 * @param memory - The budget, in bytes (`--memory`).
 * @returns The count, at least 1.
 */
export function workersWithin(memory: number): number {
  return Math.max(1, Math.floor(memory / BUDGET_A_WORKER));
}

/**
 * The warning for a count of worker threads given past what the budget holds
 * ({@link workersWithin}): the count is taken as given, but each worker brings a runtime, a heap
 * and a young generation of its own, and the run may pass `--memory` (four workers within 512M
 * peaked at 591 MiB at 5,000,000 lines, eight at 908 MiB). It says what budget the count needs,
 * and how many workers the budget holds.
 *
 * @param workers - The worker threads that read and hold the groups (1 when the run's own thread
 *   does, or DuckDB's reader: its workers only replay).
 * @param memory - The budget, in bytes (`--memory`).
 * @returns The line for standard error, or `undefined` when the budget holds them.
 */
export function workersPastBudget(workers: number, memory: number): string | undefined {
  const within = workersWithin(memory);
  // within is at least one: one worker is never past it
  if (workers <= within) return undefined;
  return `warning: --workers ${workers} within --memory ${memoryText(memory)}: each worker needs about ${memoryText(BUDGET_A_WORKER)} of it, so the run may take more memory than --memory; give --memory ${memoryText(workers * BUDGET_A_WORKER)}, or --workers ${within}`;
}

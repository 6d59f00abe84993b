import { availableParallelism } from 'node:os';
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
  if (value === undefined)
    return Math.max(1, Math.min(availableParallelism(), Math.floor(memory / BUDGET_A_WORKER)));
  const match = typeof value === 'string' ? /^[1-9]\d{0,2}$/.exec(value) : null;
  if (match === null || Number(value) > 256)
    throw new UsageError(
      `--workers: expected how many threads reconcile the subscriptions, 1 to 256 (default: the machine's cores, at most one for each 256M of --memory), got ${JSON.stringify(value)}`,
    );
  return Number(value);
}

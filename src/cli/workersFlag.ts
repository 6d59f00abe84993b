import { availableParallelism } from 'node:os';
import { UsageError } from './UsageError.ts';

/**
 * `--workers N`: how many threads reconcile the subscriptions; default the machine's cores.
 *
 * @param value - The flag's value, when given.
 * @returns The count, from 1 to 256.
 * @throws UsageError naming `--workers` for anything but a whole number from 1 to 256.
 */
export function workersOf(value: unknown): number {
  if (value === undefined) return Math.max(1, availableParallelism());
  const match = typeof value === 'string' ? /^[1-9]\d{0,2}$/.exec(value) : null;
  if (match === null || Number(value) > 256)
    throw new UsageError(
      `--workers: expected how many threads reconcile the subscriptions, 1 to 256 (default: the machine's cores), got ${JSON.stringify(value)}`,
    );
  return Number(value);
}

import { idHash } from './idHash.ts';

/**
 * The worker a subscription goes to (REC-3): its id's hash ({@link idHash}),
 * modulo the workers — the same id goes to the same worker on every run and every machine. The
 * lines without a `SubscriptionId` go to the first.
 *
 * @param id - The subscription's id.
 * @param shards - How many workers.
 * @returns The worker's index, from 0.
 */
export function shardOf(id: string | undefined, shards: number): number {
  if (id === undefined || shards <= 1) return 0;
  return idHash(id) % shards;
}

/**
 * How many shares the engine reads a run's input in: its workers, when the command's worker
 * script is built (run from the sources, every share is this thread's).
 *
 * @param script - The command's built worker script; `undefined` from the sources.
 * @param workers - `--workers`.
 * @returns The shares.
 */
export function sharesOf(script: URL | undefined, workers: number): number {
  return script !== undefined && workers > 1 ? workers : 1;
}

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

/**
 * The worker a subscription goes to (REC-3): FNV-1a (32 bits) of its id's UTF-16 code units,
 * modulo the workers — the same id goes to the same worker on every run and every machine. The
 * lines without a `SubscriptionId` go to the first.
 *
 * @param id - The subscription's id.
 * @param shards - How many workers.
 * @returns The worker's index, from 0.
 */
export function shardOf(id: string | undefined, shards: number): number {
  if (id === undefined || shards <= 1) return 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

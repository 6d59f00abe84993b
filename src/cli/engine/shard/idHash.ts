/**
 * FNV-1a (32 bits) of a subscription id's UTF-16 code units, as an unsigned integer: the same id
 * hashes the same on every run and every machine. Its low bits pick a worker ({@link shardOf}),
 * its high bits a spill's partition, so the two never follow each other.
 *
 * @param id - The subscription's id.
 * @returns The hash, from 0 to 2³² − 1.
 */
export function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

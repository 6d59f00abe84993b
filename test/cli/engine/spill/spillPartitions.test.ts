import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { idHash, partitionOf, shardOf, spillPartitions } from '../../../_private.ts';

const MIB = 1024 ** 2;

describe('spillPartitions', () => {
  it('REC-3: partitions grow with the input, each reader’s partition at most a sixteenth of the budget (worked: the 1 M and 5 M line benchmark files)', () => {
    // 1,000,000 lines: 730 MB of file and 453 MB of resources, two workers: 592 MB a reader,
    // 9.2 MB a partition at 64 — under 32 MiB
    expect(spillPartitions(1_183_000_000, 512 * MIB, 2)).toBe(64);
    // 5,000,000 lines: 3,650 MB and 2,263 MB; 64 partitions would hold 46.2 MB each, 128 hold 23.1
    expect(spillPartitions(5_913_200_607, 512 * MIB, 2)).toBe(128);
    // one reader holds twice as much: 256 partitions of 23.1 MB
    expect(spillPartitions(5_913_200_607, 512 * MIB, 1)).toBe(256);
    // the boundary: exactly a sixteenth stays, a byte more doubles
    expect(spillPartitions(64 * 32 * MIB, 512 * MIB, 1)).toBe(64);
    expect(spillPartitions(64 * 32 * MIB + 1, 512 * MIB, 1)).toBe(128);
    expect(spillPartitions(0, 512 * MIB, 1)).toBe(64);
    expect(spillPartitions(1e15, 512 * MIB, 1)).toBe(4096);
  });

  test.prop([
    fc.double({ min: 0, max: 1e15, noNaN: true }),
    fc.integer({ min: 1, max: 2 ** 40 }),
    fc.integer({ min: 1, max: 256 }),
  ])(
    'REC-3: the partitions are a power of two from 64 to 4,096, and never more than it takes to keep a partition within a sixteenth of the budget',
    (input, memory, readers) => {
      const partitions = spillPartitions(input, memory, readers);
      expect(partitions).toBeGreaterThanOrEqual(64);
      expect(partitions).toBeLessThanOrEqual(4096);
      expect(Number.isInteger(Math.log2(partitions))).toBe(true);
      if (partitions < 4096) expect(input / readers / partitions).toBeLessThanOrEqual(memory / 16);
      if (partitions > 64) expect(input / readers / (partitions / 2)).toBeGreaterThan(memory / 16);
    },
  );
});

describe('partitionOf', () => {
  it('REC-3: a worker’s subscriptions reach every partition of its spill (the partition is read from the hash’s high bits, the worker from its low bits)', () => {
    const byWorker = [new Set<number>(), new Set<number>()];
    for (let i = 0; i < 20_000; i++) {
      const id = `3f6b1c2e-${String(i).padStart(4, '0')}-4a7e-9b1d-5c8e2f0a6d41`;
      byWorker[shardOf(id, 2)]?.add(partitionOf(id, 64));
    }
    expect(byWorker.map((partitions) => partitions.size)).toEqual([64, 64]);
  });

  test.prop([fc.string(), fc.constantFrom(64, 128, 256, 4096)])(
    'REC-3: a subscription’s partition is in range, the same each time, the hash’s top bits',
    (id, partitions) => {
      const partition = partitionOf(id, partitions);
      expect(partition).toBe(Math.floor((idHash(id) * partitions) / 2 ** 32));
      expect(partition).toBeGreaterThanOrEqual(0);
      expect(partition).toBeLessThan(partitions);
      expect(partitionOf(id, partitions)).toBe(partition);
    },
  );
});

import { readdirSync, readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { idHash, shardOf, spill, spillPartitions } from '../../_private.ts';

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

describe('spill', () => {
  it('REC-3: a worker’s subscriptions reach every partition of its spill (the partition is read from the hash’s high bits, the worker from its low bits)', () => {
    const byWorker = [new Set<number>(), new Set<number>()];
    const parts = spill(64);
    try {
      for (let i = 0; i < 20_000; i++) {
        const id = `3f6b1c2e-${String(i).padStart(4, '0')}-4a7e-9b1d-5c8e2f0a6d41`;
        byWorker[shardOf(id, 2)]?.add(parts.partitionOf(id));
      }
    } finally {
      parts.remove();
    }
    expect(byWorker.map((partitions) => partitions.size)).toEqual([64, 64]);
  });

  test.prop([fc.string(), fc.constantFrom(64, 128, 256, 4096)])(
    'REC-3: a subscription’s partition is in range, the same each time, the hash’s top bits',
    (id, partitions) => {
      const parts = spill(partitions);
      try {
        const partition = parts.partitionOf(id);
        expect(partition).toBe(Math.floor((idHash(id) * partitions) / 2 ** 32));
        expect(partition).toBeGreaterThanOrEqual(0);
        expect(partition).toBeLessThan(partitions);
        expect(parts.partitionOf(id)).toBe(partition);
      } finally {
        parts.remove();
      }
    },
  );

  it('REC-3: what a spill buffers is written once it passes 8 MiB in all, and every row comes back as written, whatever the partitions', () => {
    const parts = spill(4096);
    try {
      const row = Buffer.from(`${'x'.repeat(1000)}\n`, 'latin1');
      let rows = 0;
      let bytes = 0;
      let last = 0;
      // 4,096 partitions of 1,001-byte rows: no partition alone comes near 8 MiB
      while (readdirSync(parts.dir).length === 0) {
        parts.writeRow(rows % 4096, rows, row);
        last = `${rows},`.length + row.length;
        bytes += last;
        rows++;
      }
      // written by the row that passed 8 MiB, not before
      expect(bytes).toBeGreaterThan(8 * MIB);
      expect(bytes - last).toBeLessThanOrEqual(8 * MIB);
      let back = 0;
      for (let partition = 0; partition < 4096; partition++) {
        const path = parts.rowsFile(partition);
        if (path === undefined) continue;
        for (const line of readFileSync(path, 'latin1')
          .split('\n')
          .filter((l) => l !== '')) {
          const [number, text] = line.split(',');
          expect(Number(number) % 4096).toBe(partition);
          expect(text).toBe('x'.repeat(1000));
          back++;
        }
      }
      expect(back).toBe(rows);
    } finally {
      parts.remove();
    }
  });
});

describe('spill, held groups', () => {
  const units = fc.oneof(
    fc.integer({ min: -5000, max: 5000 }),
    fc.constantFrom(2 ** 53 - 1, -(2 ** 53 - 1)),
    fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }),
  );
  const aGroup = fc
    .record({
      chargeType: fc.constantFrom('cycleCharge', 'NEW', 'somethingElse', 'a,"b"\n'),
      known: fc.boolean(),
      credit: fc.boolean(),
      est: fc.boolean(),
      startDay: fc.integer({ min: -800_000, max: 3_000_000 }),
      length: fc.integer({ min: 0, max: 400 }),
      currency: fc.constantFrom(undefined, 'USD', 'EUR'),
      lines: fc.integer({ min: 1, max: 2 ** 31 }),
      rows: fc.array(fc.integer({ min: 1, max: 2 ** 31 }), { minLength: 1, maxLength: 10 }),
      negativeLines: fc.nat(),
      positiveLines: fc.nat(),
      quantities: fc.option(
        fc.array(fc.record({ units, scale: fc.integer({ min: 0, max: 300 }) }), {
          minLength: 1,
          maxLength: 5,
        }),
        { nil: null },
      ),
      subtotalUnits: units,
      subtotalScale: fc.integer({ min: 0, max: 300 }),
      quantityUnits: units,
      quantityScale: fc.integer({ min: 0, max: 300 }),
      priceUnits: fc.oneof(units, fc.constantFrom(undefined, null)),
      priceScale: fc.integer({ min: 0, max: 20 }),
      promotionId: fc.constantFrom('absent', '', 'P1', null),
    })
    .map(({ length, promotionId, ...group }) => ({
      ...group,
      chargeKey: group.chargeType.toLowerCase(),
      endDay: group.startDay + length,
      ...(promotionId === 'absent' ? {} : { promotionId }),
    }));

  test.prop([
    fc.array(
      fc.record({
        id: fc.constantFrom('s1', 's2', '3f6b1c2e-0001-4a7e-9b1d-5c8e2f0a6d41'),
        groups: fc.array(aGroup, { maxLength: 4 }),
        seats: fc.constantFrom(undefined, { cancelled: true as const }),
      }),
      { maxLength: 6 },
    ),
  ])(
    'REC-3: held subscriptions written to a partition come back as they were held, for any groups (sums past 2^53 as bigints, prices and PromotionId none, null or one, a quantity list or none)',
    (drawn) => {
      const parts = spill(4);
      try {
        const held = drawn.map(({ id, groups, seats }) => ({
          id,
          groups: groups.map((group) => ({ subscriptionId: id, ...group })),
          ...(seats === undefined ? {} : { seats }),
        }));
        for (const each of held) parts.writeHeld(parts.partitionOf(each.id), each);
        const back = Array.from({ length: 4 }, (_, partition) => parts.held(partition)).flat();
        const expected = Array.from({ length: 4 }, (_, partition) =>
          held.filter((each) => parts.partitionOf(each.id) === partition),
        ).flat();
        expect(back).toEqual(expected);
        // the same types: a bigint comes back a bigint, a number a number
        expect(back.flatMap((each) => each.groups.map((g) => typeof g.subtotalUnits))).toEqual(
          expected.flatMap((each) => each.groups.map((g) => typeof g.subtotalUnits)),
        );
      } finally {
        parts.remove();
      }
    },
  );
});

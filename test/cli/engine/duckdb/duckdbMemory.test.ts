import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { duckdbMemory } from '../../../_private.ts';

const MIB = 1024 ** 2;

describe('duckdbMemory', () => {
  it('USG-7 REC-3: DuckDB’s limit is a third of what --memory leaves beside what the process holds', () => {
    // 512 MiB less 128 held leaves 384: a third (128) is DuckDB’s, on the 2 threads asked
    expect(duckdbMemory(512 * MIB, 128 * MIB, 2)).toEqual({ limitMib: 128, threads: 2 });
    // 1024 less 124 leaves 900: 300 DuckDB’s, on the 4 threads asked
    expect(duckdbMemory(1024 * MIB, 124 * MIB, 4)).toEqual({ limitMib: 300, threads: 4 });
    // in whole MiB, rounded down: a byte less leaves a third of a byte less than 300 MiB
    expect(duckdbMemory(1024 * MIB - 1, 124 * MIB, 1)).toEqual({ limitMib: 299, threads: 1 });
  });

  it('USG-7 REC-3: without --memory the budget is its default, 512M', () => {
    expect(duckdbMemory(undefined, 128 * MIB, 1)).toEqual(duckdbMemory(512 * MIB, 128 * MIB, 1));
  });

  it('USG-7 REC-3: DuckDB gets 64 MiB at least, and 64 MiB at least stay beside it: the least budget kept is what the process holds plus 128 MiB', () => {
    // 100 held, 228 given: 128 left, 64 DuckDB’s (a third would be 42), 64 beside
    expect(duckdbMemory(228 * MIB, 100 * MIB, 2)).toEqual({ limitMib: 64, threads: 1 });
    // 191 left: a third is 63.67, so 64
    expect(duckdbMemory(291 * MIB, 100 * MIB, 2)).toEqual({ limitMib: 64, threads: 1 });
  });

  it('USG-7 REC-3: each thread gets 64 MiB of DuckDB’s buffers at least: fewer threads than --workers when they cannot', () => {
    // 384 left: 128 DuckDB’s, two threads of 64
    expect(duckdbMemory(484 * MIB, 100 * MIB, 4)).toEqual({ limitMib: 128, threads: 2 });
    expect(duckdbMemory(484 * MIB - 1, 100 * MIB, 4)).toEqual({ limitMib: 127, threads: 1 });
    expect(duckdbMemory(4096 * MIB, 100 * MIB, 0).threads).toBe(1);
  });

  it('USG-7 REC-3: --memory below what the process holds plus 128 MiB is the documented minimum: DuckDB gets its 64 MiB on one thread all the same', () => {
    expect(duckdbMemory(228 * MIB - 1, 100 * MIB, 2)).toEqual({ limitMib: 64, threads: 1 });
    expect(duckdbMemory(1024, 100 * MIB, 2)).toEqual({ limitMib: 64, threads: 1 });
    // held past the budget itself, and past the default budget
    expect(duckdbMemory(256 * MIB, 300 * MIB, 4)).toEqual({ limitMib: 64, threads: 1 });
    expect(duckdbMemory(undefined, 500 * MIB, 2)).toEqual({ limitMib: 64, threads: 1 });
  });

  test.prop([
    fc.integer({ min: 1, max: 64 * 1024 }),
    fc.integer({ min: 20, max: 2048 }),
    fc.integer({ min: 0, max: 16 }),
  ])(
    'USG-7 REC-3 law: at --memory of what the process holds plus 128 MiB or more, what it holds, DuckDB’s limit and a margin of 64 MiB never pass --memory; below it, the 64 MiB minimum on one thread',
    (budgetMib, heldMib, workers) => {
      const memory = budgetMib * MIB;
      const held = heldMib * MIB;
      const got = duckdbMemory(memory, held, workers);
      if (memory < held + 128 * MIB) {
        expect(got).toEqual({ limitMib: 64, threads: 1 });
        return;
      }
      expect(held + got.limitMib * MIB + 64 * MIB).toBeLessThanOrEqual(memory);
      expect(got.limitMib).toBeGreaterThanOrEqual(64);
      expect(got.threads).toBeGreaterThanOrEqual(1);
      expect(got.threads).toBeLessThanOrEqual(Math.max(1, workers));
      expect(got.threads === 1 || got.threads * 64 <= got.limitMib).toBe(true);
    },
  );
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { shardOf } from '../../../_private.ts';

describe('shardOf', () => {
  it('REC-3: FNV-1a of the id: the same worker on every run and machine (worked: 4 workers)', () => {
    // FNV-1a 32 of "a" is 0xe40c292c = 3826002220; of "" the offset basis 0x811c9dc5
    expect(shardOf('a', 4)).toBe(3826002220 % 4);
    expect(shardOf('', 3)).toBe(0x811c9dc5 % 3);
    expect(shardOf(undefined, 4)).toBe(0);
    expect(shardOf('e2b1a7d4-6f7c-4b55-b0f1-7d4c2b8e9a10', 1)).toBe(0);
  });

  test.prop([fc.string(), fc.integer({ min: 1, max: 256 })])(
    'REC-3: every id goes to one of the workers, the same one each time it is asked',
    (id, workers) => {
      const shard = shardOf(id, workers);
      expect(shard).toBeGreaterThanOrEqual(0);
      expect(shard).toBeLessThan(workers);
      expect(Number.isInteger(shard)).toBe(true);
      expect(shardOf(id, workers)).toBe(shard);
    },
  );
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { partitionFiles, runDir } from '../../../_private.ts';

const MIB = 1024 ** 2;

describe('partitionFiles', () => {
  it('REC-3: what a spill buffers is written once it passes 8 MiB in all, and every row comes back as written, whatever the partitions', () => {
    const dir = runDir('partition-files-test');
    try {
      const parts = partitionFiles(dir, 'rows');
      const row = `${'x'.repeat(1000)}\n`;
      let rows = 0;
      let bytes = 0;
      let last = 0;
      // 4,096 partitions of 1,001-byte rows and their numbers: no partition alone comes near 8 MiB
      while (readdirSync(dir.dir).length === 0) {
        const written = Buffer.from(`${rows},${row}`, 'latin1');
        parts.add(rows % 4096, written);
        last = written.length;
        bytes += last;
        rows++;
      }
      // written by the row that passed 8 MiB, not before
      expect(bytes).toBeGreaterThan(8 * MIB);
      expect(bytes - last).toBeLessThanOrEqual(8 * MIB);
      parts.flush();
      let back = 0;
      for (let partition = 0; partition < 4096; partition++) {
        const path = parts.path(partition);
        if (!existsSync(path)) continue;
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
      dir.remove();
    }
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { linesPerPass } from '../../../_private.ts';

describe('linesPerPass: the lines a pass of the groups’ join reads', () => {
  it('USG-7: 142 MiB of buffers (--memory 512M on one thread) read 290,816 lines a pass: 35 passes over ten million lines', () => {
    expect(linesPerPass(142)).toBe(290_816);
    expect(Math.ceil(10_000_000 / linesPerPass(142))).toBe(35);
  });

  it('USG-7: DuckDB’s least buffers (64 MiB) still read 131,072 lines a pass, and never fewer than 65,536', () => {
    expect(linesPerPass(64)).toBe(131_072);
    expect(linesPerPass(1)).toBe(65_536);
    expect(linesPerPass(0)).toBe(65_536);
  });

  test.prop([fc.integer({ min: 1, max: 1 << 20 })])(
    'USG-7 law: a pass’s hash table (128 bytes a line) takes at most a quarter of the buffers once past the floor, and more buffers never read fewer lines',
    (limitMib) => {
      const lines = linesPerPass(limitMib);
      expect(Number.isSafeInteger(lines)).toBe(true);
      if (lines > 65_536) expect(lines * 128 * 4).toBeLessThanOrEqual(limitMib * 1024 ** 2);
      expect(linesPerPass(limitMib + 1)).toBeGreaterThanOrEqual(lines);
    },
  );
});

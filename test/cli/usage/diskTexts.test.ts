import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DiskTexts } from '../../_private.ts';
import { scratch } from '../_scratch.ts';

const folder = scratch('disk-texts-');
let made = 0;

/** Texts kept in a fresh file, cut into lists at the given places. */
function kept(texts: readonly string[], cuts: readonly number[]) {
  const disk = new DiskTexts(join(folder.dir, `texts-${made++}.bin`));
  const at = [...new Set([0, ...cuts.map((c) => c % (texts.length + 1)), texts.length])].sort(
    (a, b) => a - b,
  );
  const lists: { from: number; to: number; start: number }[] = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const from = at[i] as number;
    const to = at[i + 1] as number;
    lists.push({ from, to, start: disk.end });
    for (const text of texts.slice(from, to)) disk.add(text);
  }
  return { disk, lists };
}

/** A list's texts read as bytes, decoded. */
function bytesOf(list: ReturnType<DiskTexts['list']>): string[] {
  const out: string[] = [];
  list.eachBytes((chunk, start, end, i) => {
    expect(i).toBe(out.length);
    out.push(Buffer.from(chunk.subarray(start, end)).toString('utf8'));
  });
  return out;
}

describe('DiskTexts: texts kept on disk, read back as lists (USG-7)', () => {
  test.prop([
    fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 60 }),
    fc.array(fc.nat(), { maxLength: 6 }),
  ])(
    'USG-7 law: texts added one after another read back, list by list, as the same texts — decoded or as their bytes, any number of times, in any order of the lists',
    (texts, cuts) => {
      const { disk, lists } = kept(texts, cuts);
      try {
        for (const { from, to, start } of [...lists].reverse()) {
          const list = disk.list(start, to - from);
          expect(list.length).toBe(to - from);
          expect([...list]).toEqual(texts.slice(from, to));
          expect(bytesOf(list)).toEqual(texts.slice(from, to));
          expect([...list]).toEqual(texts.slice(from, to));
        }
      } finally {
        disk.close();
      }
    },
  );

  it('USG-7: an empty text, texts past the megabyte read at a time, and one longer than it come back whole', () => {
    const long = 'é'.repeat(700_000); // 1.4 MB of UTF-8
    const texts = ['', 'a', 'x'.repeat((1 << 20) - 10), 'b’c', long, '', 'z'.repeat(300_000)];
    const { disk, lists } = kept(texts, []);
    try {
      const [all] = lists;
      const list = disk.list(all?.start ?? 0, texts.length);
      expect([...list]).toEqual(texts);
      expect(bytesOf(list)).toEqual(texts);
      expect([...disk.list(disk.end, 0)]).toEqual([]);
    } finally {
      disk.close();
    }
  });
});

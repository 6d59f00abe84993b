import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PackedTexts } from '../../_private.ts';

describe('PackedTexts', () => {
  test.prop([
    fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 40 }),
    fc.func(fc.boolean()),
  ])(
    'USG-7 property: a list of kept texts, in any order and with repeats, is read back as its texts and handed over as their UTF-8 bytes with their places',
    (texts, pick) => {
      const packed = new PackedTexts();
      const numbers = texts.map((text) => packed.add(text));
      const chosen = numbers.filter((n) => pick(n)).concat(numbers.slice(0, 2));
      const list = packed.list(chosen);
      const wanted = chosen.map((n) => texts[n] as string);
      expect([...list]).toEqual(wanted);
      const handed: [string, number][] = [];
      list.eachBytes((chunk, start, end, i) => {
        handed.push([Buffer.from(chunk.subarray(start, end)).toString('utf8'), i]);
      });
      expect(handed).toEqual(wanted.map((text, i) => [text, i]));
    },
  );

  test.prop([
    fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 12 }), {
      maxLength: 5,
    }),
  ])(
    'USG-7 property: texts kept here and texts other lists kept, crossed as a message is and adopted in between, read back as one list of them all in the order kept, numbered on',
    (batches) => {
      const packed = new PackedTexts();
      const all: string[] = [];
      batches.forEach((batch, b) => {
        if (b % 2 === 0)
          for (const text of batch) {
            expect(packed.add(text)).toBe(all.length);
            all.push(text);
          }
        else {
          const other = new PackedTexts();
          for (const text of batch) other.add(text);
          expect(packed.adopt(structuredClone(other.packed()))).toBe(all.length);
          all.push(...batch);
        }
      });
      expect([...packed.list(all.map((_, n) => n))]).toEqual(all);
      // a text kept after adopting goes to a chunk of this list's own
      const last = packed.add('after ’');
      expect(packed.text(last)).toBe('after ’');
      expect(packed.text(0)).toBe(all[0] ?? 'after ’');
    },
  );

  it('USG-7: texts over several chunks of a megabyte, and one longer than a chunk, keep their bytes', () => {
    const packed = new PackedTexts();
    const long = '’'.repeat(400_000);
    const numbers = [packed.add('a'.repeat(900_000)), packed.add(long), packed.add('tail')];
    const sizes: number[] = [];
    packed.list(numbers).eachBytes((_chunk, start, end) => sizes.push(end - start));
    expect(sizes).toEqual([900_000, 1_200_000, 4]);
    expect(packed.text(numbers[1] as number)).toBe(long);
    expect(() => packed.list([3]).eachBytes(() => undefined)).toThrow(/no text 3 is kept/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK, fileRanges, RANGE, rangesAhead } from '../../../_private.ts';

const MIB = 1 << 20;

describe('fileRanges', () => {
  it('USG-7: the shared 860,749,413-byte usage file on two workers finishing side by side: 103 blocks of 8 MiB, the last 5,111,397 bytes; a megabyte each within --memory', () => {
    const wide = [...fileRanges(0, 860_749_413, 2, RANGE)];
    expect(RANGE).toBe(8 * MIB);
    expect(wide).toHaveLength(103);
    expect(wide[0]).toEqual([0, 8 * MIB]);
    expect(wide.at(-1)).toEqual([102 * 8 * MIB, 860_749_413 - 102 * 8 * MIB]);
    expect(860_749_413 - 102 * 8 * MIB).toBe(5_111_397);
    const narrow = [...fileRanges(0, 860_749_413, 2, BLOCK)];
    expect(narrow).toHaveLength(821);
    expect(new Set(narrow.slice(0, -1).map(([, length]) => length))).toEqual(new Set([MIB]));
  });

  it('USG-7: a file of a few megabytes is cut a megabyte a block whatever the most (4 MB on two workers); 20,000,000 bytes on two: 1,250,000 a block, eight a worker; a header of 100 bytes starts the first past it', () => {
    expect([...fileRanges(100, 4_000_100, 2, RANGE)].map(([, length]) => length)).toEqual([
      MIB,
      MIB,
      MIB,
      4_000_000 - 3 * MIB,
    ]);
    const twenty = [...fileRanges(100, 20_000_100, 2, RANGE)];
    expect(twenty).toHaveLength(16);
    expect(twenty[0]).toEqual([100, 1_250_000]);
    expect(twenty.at(-1)).toEqual([100 + 15 * 1_250_000, 1_250_000]);
    expect([...fileRanges(100, 100, 2, RANGE)]).toEqual([]);
    expect([...fileRanges(100, 101, 2, RANGE)]).toEqual([[100, 1]]);
  });

  it('USG-7 property: for any start, end, workers and most, the blocks lie one after another from start to end, none empty, each between a megabyte (the last excepted) and the larger of the most and a megabyte, all but the last the same', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 4 * MIB }),
        fc.nat({ max: 300 * MIB }),
        fc.integer({ min: 1, max: 16 }),
        fc.constantFrom(BLOCK, RANGE, 3 * MIB + 7, 1),
        (start, size, workers, most) => {
          const blocks = [...fileRanges(start, start + size, workers, most)];
          let at = start;
          for (const [offset, length] of blocks) {
            expect(offset).toBe(at);
            expect(length).toBeGreaterThan(0);
            expect(length).toBeLessThanOrEqual(Math.max(BLOCK, most));
            at += length;
          }
          expect(at).toBe(start + size);
          const lengths = blocks.slice(0, -1).map(([, length]) => length);
          expect(new Set(lengths).size).toBeLessThanOrEqual(1);
          for (const length of lengths) expect(length).toBeGreaterThanOrEqual(BLOCK);
        },
      ),
    );
  });

  it('USG-7: blocks read ahead by a worker: four of a megabyte or less, three of 1,250,000 bytes, two of 2 MiB and of 8 MiB — never more than the flight allows, never fewer than two', () => {
    expect(rangesAhead(MIB, 4)).toBe(4);
    expect(rangesAhead(100, 4)).toBe(4);
    expect(rangesAhead(0, 4)).toBe(4);
    expect(rangesAhead(1_250_000, 4)).toBe(3);
    expect(rangesAhead(2 * MIB, 4)).toBe(2);
    expect(rangesAhead(2 * MIB - 1, 4)).toBe(2);
    expect(rangesAhead(RANGE, 4)).toBe(2);
    expect(rangesAhead(MIB + 1, 4)).toBe(3);
  });

  it('USG-7 property: for any block length and flight of two or more, a worker may be sent between two and the flight, and no more bytes than the flight’s megabytes once past two', () => {
    fc.assert(
      fc.property(fc.nat({ max: 64 * MIB }), fc.integer({ min: 2, max: 16 }), (length, flight) => {
        const ahead = rangesAhead(length, flight);
        expect(ahead).toBeGreaterThanOrEqual(2);
        expect(ahead).toBeLessThanOrEqual(flight);
        if (ahead > 2) expect(ahead * length).toBeLessThanOrEqual(flight * MIB);
      }),
    );
  });
});

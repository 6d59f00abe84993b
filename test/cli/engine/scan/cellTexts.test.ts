import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellTexts, csvScan } from '../../../_private.ts';
import { bytesOf } from '../../reconcile/_pieces.ts';

/** Every row's cells read twice: as the row decodes them, and through one `cellTexts`. */
async function readBoth(text: string, cuts: readonly number[] = []) {
  const texts = cellTexts();
  // a second memory, read a row at a time from the scan's record (every other cell read)
  const rowTexts = cellTexts();
  const decoded: (string | undefined)[][] = [];
  const remembered: (string | undefined)[][] = [];
  const byRecord: (string | undefined)[][] = [];
  await csvScan(bytesOf(text, cuts), {
    row(row) {
      // one past the row's end: undefined from both
      const places = Array.from({ length: row.length + 1 }, (_, i) => i);
      decoded.push(places.map((i) => row.cell(i)));
      remembered.push(places.map((i) => texts.cell(row, i)));
      const reads = places.map((i) => i % 2 === 0);
      const into: (string | undefined)[] = places.map(() => 'not read');
      row.record((bytes, starts, ends, kinds, from, cells) =>
        rowTexts.into(bytes, starts, ends, kinds, from, cells, reads, into),
      );
      byRecord.push(into);
    },
    unclosed: () => undefined,
    piece: () => undefined,
  });
  // what the record gives: the cells read as the row decodes them ('' past its end), the others untouched
  const expected = decoded.map((row) =>
    row.map((cell, i) => (i % 2 === 0 ? (cell ?? '') : 'not read')),
  );
  return { decoded, remembered, byRecord, expected };
}

const written = (cell: string): string =>
  /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;

describe('cellTexts', () => {
  it('USG-7: a repeated cell is its text again, doubled quotes and all; a cell that differs (in its bytes, or only in its quotes) or a long one is read afresh', async () => {
    const long = 'x'.repeat(257);
    const text = [
      'SubscriptionId,MeterName,Tags',
      `a1,B2s,"{""env"":""prod""}"`,
      `a1,B2s,"{""env"":""test""}"`,
      `a1,B2s,"{""env"":""test""}"`,
      // the bytes of the cell before, not quoted: its doubled quotes are its text
      `a1,B2s,{""env"":""test""}`,
      `a2,B2s ,${long}`,
      `a2,B2s,${long}y`,
      'a1,é,',
    ].join('\r\n');
    const { decoded, remembered, byRecord, expected } = await readBoth(text, [7, 40]);
    expect(remembered).toEqual(decoded);
    expect(byRecord).toEqual(expected);
    expect(remembered[2]?.slice(0, 3)).toEqual(['a1', 'B2s', '{"env":"test"}']);
    expect(remembered[3]?.slice(0, 3)).toEqual(['a1', 'B2s', '{"env":"test"}']);
    expect(remembered[4]?.slice(0, 3)).toEqual(['a1', 'B2s', '{""env"":""test""}']);
    expect(remembered[5]?.slice(0, 3)).toEqual(['a2', 'B2s ', long]);
    expect(remembered[6]?.slice(0, 3)).toEqual(['a2', 'B2s', `${long}y`]);
    expect(remembered[7]?.slice(0, 3)).toEqual(['a1', 'é', '']);
  });

  it('USG-7 (property): every cell read through it, one at a time or a row at a time from the scan’s record, is the text the row decodes, whatever was read before (the same bytes quoted or not among it) and however the bytes were cut', async () => {
    // few texts, so cells repeat, differ by one byte or by length, past ASCII or quoted
    const cell = fc.constantFrom(
      '',
      'a',
      'ab',
      'b',
      'é',
      'e\u0301',
      '"q"',
      'x,y',
      ' a',
      'a ',
      '24',
      '2.4',
      'z'.repeat(64),
      'z'.repeat(65),
      'z'.repeat(256),
      'z'.repeat(257),
      `{"k":"${'v'.repeat(250)}"}`,
      'x"y',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.tuple(cell, fc.boolean()), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.array(fc.nat({ max: 400 }), { maxLength: 4 }),
        async (rows, cuts) => {
          // a cell written raw (its quotes doubled, not quoted) where a reader may: the same
          // bytes a quoted cell's are, another text
          const text = rows
            .map((row) =>
              row
                .map(([c, raw]) =>
                  raw && /^[^",\r\n][^,\r\n]*$/.test(c) ? c.replaceAll('"', '""') : written(c),
                )
                .join(','),
            )
            .join('\n');
          const { decoded, remembered, byRecord, expected } = await readBoth(text, cuts);
          expect(remembered).toEqual(decoded);
          expect(byRecord).toEqual(expected);
        },
      ),
    );
  });

  it('USG-7 (property): a cell as long as its column’s last, one byte of it changed at any place (its first four, its last, one of a word of four), is read afresh, and the first read again after it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: 256 })
          .chain((length) =>
            fc.tuple(
              fc.constant(length),
              fc.nat({ max: length - 1 }),
              fc.array(fc.nat({ max: 400 }), { maxLength: 3 }),
            ),
          ),
        async ([length, place, cuts]) => {
          const first = Array.from({ length }, (_, i) => String.fromCharCode(97 + (i % 26))).join(
            '',
          );
          const changed = `${first.slice(0, place)}Z${first.slice(place + 1)}`;
          const text = ['a', first, changed, first, changed].map((c) => `k,${c}`).join('\n');
          const { decoded, remembered, byRecord, expected } = await readBoth(text, cuts);
          expect(remembered.map((row) => row[1])).toEqual(['a', first, changed, first, changed]);
          expect(remembered).toEqual(decoded);
          expect(byRecord).toEqual(expected);
        },
      ),
    );
  });
});

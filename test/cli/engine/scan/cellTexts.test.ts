import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellTexts, csvScan } from '../../../_private.ts';
import { bytesOf } from '../../reconcile/_pieces.ts';

/** Every row's cells read twice: as the row decodes them, and through one `cellTexts`. */
async function readBoth(text: string, cuts: readonly number[] = []) {
  const texts = cellTexts();
  const decoded: (string | undefined)[][] = [];
  const remembered: (string | undefined)[][] = [];
  await csvScan(bytesOf(text, cuts), {
    row(row) {
      // one past the row's end: undefined from both
      const places = Array.from({ length: row.length + 1 }, (_, i) => i);
      decoded.push(places.map((i) => row.cell(i)));
      remembered.push(places.map((i) => texts.cell(row, i)));
    },
    unclosed: () => undefined,
    piece: () => undefined,
  });
  return { decoded, remembered };
}

const written = (cell: string): string =>
  /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;

describe('cellTexts', () => {
  it('USG-7: a repeated cell is its text again; a cell that differs, a long one or one with doubled quotes is read afresh', async () => {
    const long = 'x'.repeat(65);
    const text = [
      'SubscriptionId,MeterName,Tags',
      `a1,B2s,"{""env"":""prod""}"`,
      `a1,B2s,"{""env"":""test""}"`,
      `a2,B2s ,${long}`,
      `a2,B2s,${long}y`,
      'a1,é,',
    ].join('\r\n');
    const { decoded, remembered } = await readBoth(text, [7, 40]);
    expect(remembered).toEqual(decoded);
    expect(remembered[2]?.slice(0, 3)).toEqual(['a1', 'B2s', '{"env":"test"}']);
    expect(remembered[3]?.slice(0, 3)).toEqual(['a2', 'B2s ', long]);
    expect(remembered[4]?.slice(0, 3)).toEqual(['a2', 'B2s', `${long}y`]);
    expect(remembered[5]?.slice(0, 3)).toEqual(['a1', 'é', '']);
  });

  it('USG-7 (property): every cell read through it is the text the row decodes, whatever was read before and however the bytes were cut', async () => {
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
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat({ max: 400 }), { maxLength: 4 }),
        async (rows, cuts) => {
          const text = rows.map((row) => row.map(written).join(',')).join('\n');
          const { decoded, remembered } = await readBoth(text, cuts);
          expect(remembered).toEqual(decoded);
        },
      ),
    );
  });
});

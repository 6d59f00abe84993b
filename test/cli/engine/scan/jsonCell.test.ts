import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { jsonCell, placedRow, readPlacedRows } from '../../../_private.ts';

/** Placed rows read back: each one's cells, file and place. */
async function back(bytes: Buffer): Promise<[string[], number, unknown][]> {
  const rows: [string[], number, unknown][] = [];
  async function* one(): AsyncGenerator<Buffer> {
    yield bytes;
  }
  await readPlacedRows(one(), ['a.json.gz', 'b.json.gz'], (row, file, place) => {
    rows.push([Array.from({ length: row.length }, (_, i) => row.cell(i) ?? ''), file, place]);
  });
  return rows;
}

describe('jsonCell', () => {
  it('USG-7: a JSON line with quotes, commas and non-ASCII crosses as one quoted cell, its quotes doubled', async () => {
    const text =
      '{"subscriptionId":"plan-1","meterName":"D2s v5, \\"spot\\"","customerName":"콘토소"}';
    expect(jsonCell(text).toString('utf8')).toBe(`"${text.replaceAll('"', '""')}"`);
    const place = { file: 'b.json.gz', row: 7, at: 19 };
    expect(await back(placedRow(1, place, jsonCell(text)))).toEqual([[[text], 1, place]]);
  });

  test.prop([fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 8 })])(
    'USG-7: any texts placed as one-cell rows read back as themselves, one row each, in order',
    async (texts) => {
      const bytes = Buffer.concat(
        texts.map((text, i) =>
          placedRow(i % 2, { file: '', row: i + 1, at: i + 1 }, jsonCell(text)),
        ),
      );
      const rows = await back(bytes);
      expect(rows.map(([cells]) => cells)).toEqual(texts.map((text) => [text]));
    },
  );
});

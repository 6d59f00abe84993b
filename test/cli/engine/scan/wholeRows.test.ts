import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { wholeRows } from '../../../_private.ts';

/** The rows' bytes, in the pieces given. */
async function* pieces(...parts: Buffer[]): AsyncGenerator<Buffer> {
  yield* parts;
}

/** Each row read back: its cells. */
async function back(...parts: Buffer[]): Promise<(string | undefined)[][]> {
  const rows: (string | undefined)[][] = [];
  await wholeRows(pieces(...parts), (row) =>
    rows.push(Array.from({ length: row.length }, (_, i) => row.cell(i))),
  );
  return rows;
}

describe('wholeRows', () => {
  it('REC-3: rows a worker or a spill was handed read back in the order written, quoted cells and all, a piece cut inside a row joined', async () => {
    const bytes = Buffer.from('17,s-1,"a, ""b""",4\n18,s-2,,5\n');
    expect(await back(bytes.subarray(0, 9), bytes.subarray(9))).toEqual([
      ['17', 's-1', 'a, "b"', '4'],
      ['18', 's-2', '', '5'],
    ]);
  });

  describe('properties', () => {
    test.prop([
      fc.array(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 2, maxLength: 5 }),
        {
          minLength: 1,
          maxLength: 40,
        },
      ),
      fc.nat(),
    ])(
      'REC-3: any rows of two cells or more written whole read back as written, wherever the pieces are cut',
      async (rows, cut) => {
        const text = rows
          .map((cells) => `${cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')}\n`)
          .join('');
        const bytes = Buffer.from(text);
        const at = cut % (bytes.length + 1);
        expect(await back(bytes.subarray(0, at), bytes.subarray(at))).toEqual(rows);
      },
    );
  });
});

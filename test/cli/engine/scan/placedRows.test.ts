import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellTexts, PLACE_BYTES, placedRow, placeRow, readPlacedRows } from '../../../_private.ts';

/** A place: its file by name, its row in that file and its number across the files, from 1. */
const place = fc.record({
  file: fc.constant('a.csv'),
  row: fc.integer({ min: 1, max: 2 ** 32 - 1 }),
  at: fc.integer({ min: 1, max: 2 ** 32 - 1 }),
});

/**
 * A row's bytes as a file writes them: cells plain or quoted (a quoted one may hold quotes and
 * line breaks), a line break or none after.
 */
const rowBytes = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.string().map((s) => s.replaceAll(/[",\r\n]/g, '_')),
        fc.string().map((s) => `"${s.replaceAll('"', '""')}"`),
      ),
      { minLength: 1, maxLength: 6 },
    ),
    fc.constantFrom('\n', '\r\n', ''),
  )
  .map(([cells, end]) => Buffer.from(`${cells.join(',')}${end}`));

describe('placeRow', () => {
  it('REC-3: a row placed straight into a batch is the bytes placedRow gives it, however many rows share the batch, and reads back to its place', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(40), place, rowBytes, fc.nat(8)), { minLength: 1, maxLength: 8 }),
        async (rows) => {
          // each row lies somewhere inside bytes of its own, as in the scan's pieces
          const need = rows.reduce((sum, [, , raw]) => sum + raw.length + PLACE_BYTES, 0);
          const batch = Buffer.alloc(need);
          let used = 0;
          for (const [file, at, raw, before] of rows) {
            const lying = Buffer.concat([Buffer.alloc(before, 120), raw, Buffer.from('xyz')]);
            used = placeRow(batch, used, file, at, lying, before, before + raw.length);
          }
          const one = Buffer.concat(rows.map(([file, at, raw]) => placedRow(file, at, raw)));
          expect(batch.subarray(0, used)).toEqual(one);
          const files = Array.from({ length: 41 }, () => 'a.csv');
          const back: [number, number, number][] = [];
          await readPlacedRows(
            (async function* () {
              yield batch.subarray(0, used);
            })(),
            files,
            (_, file, at) => back.push([file, at.row, at.at]),
          );
          expect(back).toEqual(rows.map(([file, at]) => [file, at.row, at.at]));
        },
      ),
    );
  });

  it('REC-3, USG-7 (property): a row read back from a spill hands over its own cells in its record, as its cells read one by one give them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(place, rowBytes), { minLength: 1, maxLength: 6 }),
        async (rows) => {
          const placed = Buffer.concat(rows.map(([at, raw]) => placedRow(0, at, raw)));
          const texts = cellTexts();
          const byCell: (string | undefined)[][] = [];
          const byRecord: (string | undefined)[][] = [];
          await readPlacedRows(
            (async function* () {
              yield placed;
            })(),
            ['a.csv'],
            (row) => {
              const places = Array.from({ length: row.length + 1 }, (_, i) => i);
              byCell.push(places.map((i) => row.cell(i) ?? ''));
              const into: (string | undefined)[] = [];
              const reads = places.map(() => true);
              row.record((bytes, starts, ends, kinds, from, cells) =>
                texts.into(bytes, starts, ends, kinds, from, cells, reads, into),
              );
              byRecord.push(into);
            },
          );
          expect(byRecord).toEqual(byCell);
        },
      ),
    );
  });
});

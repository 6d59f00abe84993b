import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellTexts,
  csvScan,
  PLACE_BYTES,
  placedRow,
  placeRow,
  readPlacedRows,
} from '../../../_private.ts';

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

/** A row's cells as the scan reads the row alone. */
async function cellsOf(raw: string): Promise<(string | undefined)[]> {
  const cells: (string | undefined)[] = [];
  await csvScan(
    (async function* () {
      yield Buffer.from(raw);
    })(),
    {
      row: (row) => {
        for (let i = 0; i < row.length; i++) cells.push(row.cell(i));
      },
      unclosed: () => undefined,
      piece: () => undefined,
    },
  );
  return cells;
}

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

  it('REC-3 (property): a place read back is what Number gives for its digits as written (zeros before them, fifteen digits and past), and the row after it is its own bytes and cells', async () => {
    /** A place's number as a cell: as placeRow writes it, with zeros before, or of more digits than a double holds exactly. */
    const placeCell = fc.oneof(
      fc.nat({ max: 2 ** 32 }).map(String),
      fc.tuple(fc.nat(3), fc.nat(99_999)).map(([zeros, n]) => `${'0'.repeat(zeros)}${n}`),
      fc.bigInt({ min: 10n ** 14n, max: 10n ** 15n - 1n }).map(String),
      fc.bigInt({ min: 10n ** 15n, max: 10n ** 20n }).map(String),
    );
    // a row of one empty cell alone is an empty line to the scan: placed, it is a row
    const ownRow = rowBytes.filter((raw) => !/^("")?\r?\n?$/.test(raw.toString()));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(placeCell, placeCell, placeCell, ownRow), {
          minLength: 1,
          maxLength: 5,
        }),
        async (rows) => {
          const files = ['a.csv', 'b.csv', 'c.csv'];
          const bytes = Buffer.concat(
            rows.map(([file, row, at, raw]) => {
              const own =
                raw.length === 0 || raw[raw.length - 1] !== 10
                  ? Buffer.concat([raw, Buffer.from('\n')])
                  : raw;
              return Buffer.concat([Buffer.from(`${file},${row},${at},`), own]);
            }),
          );
          const back: unknown[] = [];
          await readPlacedRows(
            (async function* () {
              yield bytes;
            })(),
            files,
            (row, file, place) =>
              back.push([
                file,
                place,
                row.raw().toString(),
                Array.from({ length: row.length }, (_, i) => row.cell(i)),
              ]),
          );
          const number = (cell: string): number => Number(cell);
          const expected: unknown[] = [];
          for (const [file, row, at, raw] of rows) {
            const own =
              raw.length === 0 || raw[raw.length - 1] !== 10
                ? `${raw.toString()}\n`
                : raw.toString();
            expected.push([
              number(file),
              { file: files[number(file)] ?? '', row: number(row), at: number(at) },
              own,
              await cellsOf(own),
            ]);
          }
          expect(back).toEqual(expected);
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRows } from '../../../_private.ts';
import { all, piecesOf } from '../../reconcile/_pieces.ts';

/** The rows and unclosed rows of a text read in the given pieces. */
async function read(text: string, cuts: readonly number[] = []) {
  const batches = await all(csvRows(piecesOf(text, cuts)));
  return {
    rows: batches.flatMap((batch) => batch.rows),
    unclosed: batches.flatMap((batch) => batch.unclosed),
  };
}

/** A cell written as CSV: quoted when it holds a comma, a quote or a line break. */
const written = (cell: string): string =>
  /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;

describe('csvRows', () => {
  it('REC-3: reads CRLF and LF files alike, the newline told by the first line', async () => {
    const rows = [
      ['ChargeType', 'Subtotal'],
      ['new', '125.00'],
      ['addQuantity', '31.20'],
    ];
    expect((await read('ChargeType,Subtotal\r\nnew,125.00\r\naddQuantity,31.20\r\n')).rows).toEqual(
      rows,
    );
    expect((await read('ChargeType,Subtotal\nnew,125.00\naddQuantity,31.20\n')).rows).toEqual(rows);
    expect((await read('ChargeType,Subtotal\r\nnew,125.00\r\naddQuantity,31.20')).rows).toEqual(
      rows,
    );
  });

  it('REC-3: quoted cells keep their commas, doubled quotes and line breaks', async () => {
    const text =
      'TermAndBillingCycle,PriceAdjustmentDescription,ReferenceId\r\n' +
      '"Annual term, Monthly billing","[""15.0% Partner earned credit for services managed""]","{""osId"":""1"",""v"":2}"\r\n' +
      '"two\r\nlines",,\r\n';
    expect((await read(text)).rows).toEqual([
      ['TermAndBillingCycle', 'PriceAdjustmentDescription', 'ReferenceId'],
      [
        'Annual term, Monthly billing',
        '["15.0% Partner earned credit for services managed"]',
        '{"osId":"1","v":2}',
      ],
      ['two\r\nlines', '', ''],
    ]);
  });

  it('REC-3: a piece may end anywhere: mid-cell, mid-quote, between \\r and \\n', async () => {
    const text = 'A,B\r\n"x, ""y""",2\r\n3,"4\r\n5"\r\n';
    const whole = (await read(text)).rows;
    for (let cut = 1; cut < text.length; cut++) {
      expect((await read(text, [cut])).rows).toEqual(whole);
      expect((await read(text, Array(text.length).fill(cut))).rows).toEqual(whole);
    }
  });

  it('REC-3: empty lines are no rows; a short row keeps its own cells (the reader reports it)', async () => {
    expect((await read('A,B,C\n\n1,2\n\n3,4,5\n')).rows).toEqual([
      ['A', 'B', 'C'],
      ['1', '2'],
      ['3', '4', '5'],
    ]);
  });

  it('ERR-2: a quote that never closes is cut at its line and reported, the rows after it kept', async () => {
    const long = `A,B\n1,"open\n${'2,x\n'.repeat(300_000)}`;
    const { rows, unclosed } = await read(long, Array(100).fill(64 * 1024));
    expect(unclosed).toEqual(['1,"open']);
    expect(rows[0]).toEqual(['A', 'B']);
    // only the open row is cut: every row after it is read again and kept
    expect(rows).toHaveLength(1 + 300_000);
    expect(rows.at(1)).toEqual(['2', 'x']);
    const end = await read('A,B\n1,2\n3,"open\n4,5\n');
    expect(end).toEqual({
      rows: [
        ['A', 'B'],
        ['1', '2'],
      ],
      unclosed: ['3,"open'],
    });
  });

  describe('properties', () => {
    it('reading the text in any pieces gives the rows it was written from', async () => {
      const cell = fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\r\n', ' ', "'", 'é') });
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 5 }).chain((width) =>
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
              minLength: 1,
              maxLength: 8,
            }),
          ),
          fc.constantFrom('\r\n', '\n'),
          fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 40 }),
          async (table, newline, cuts) => {
            // a row of one empty cell is an empty line, which is no row
            const rows = table.filter((row) => row.length > 1 || row[0] !== '');
            const text = rows.map((row) => row.map(written).join(',')).join(newline) + newline;
            expect((await read(text, cuts)).rows).toEqual(rows);
          },
        ),
      );
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvRow, csvRows, csvScan } from '../../../_private.ts';
import { all, bytesOf, piecesOf } from '../../reconcile/_pieces.ts';

/** The rows (every cell decoded) and unclosed rows of a text scanned in the given pieces. */
async function scan(text: string, cuts: readonly number[] = []) {
  const rows: string[][] = [];
  const unclosed: string[] = [];
  let pieces = 0;
  await csvScan(bytesOf(text, cuts), {
    row: (row) => rows.push(Array.from({ length: row.length }, (_, i) => row.cell(i) as string)),
    unclosed: (line) => unclosed.push(line),
    piece: () => pieces++,
  });
  return { rows, unclosed, pieces };
}

/** What papaparse's reader (csvRows) reads of the same text. */
async function parsed(text: string) {
  const batches = await all(csvRows(piecesOf(text)));
  return {
    rows: batches.flatMap((batch) => batch.rows),
    unclosed: batches.flatMap((batch) => batch.unclosed),
  };
}

const written = (cell: string): string =>
  /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;

describe('csvScan', () => {
  it('REC-3: reads CRLF and LF files alike, with or without a last line break', async () => {
    const rows = [
      ['ChargeType', 'Subtotal'],
      ['new', '125.00'],
      ['addQuantity', '31.20'],
    ];
    for (const text of [
      'ChargeType,Subtotal\r\nnew,125.00\r\naddQuantity,31.20\r\n',
      'ChargeType,Subtotal\nnew,125.00\naddQuantity,31.20\n',
      'ChargeType,Subtotal\r\nnew,125.00\r\naddQuantity,31.20',
    ])
      expect((await scan(text)).rows).toEqual(rows);
  });

  it('REC-3: quoted cells keep their commas, doubled quotes and line breaks; a cell is decoded only when asked', async () => {
    const text =
      'TermAndBillingCycle,PriceAdjustmentDescription,ReferenceId\r\n' +
      '"Annual term, Monthly billing","[""15.0% Partner earned credit for services managed""]","{""osId"":""1"",""v"":2}"\r\n' +
      '"two\r\nlines",,é\r\n';
    expect((await scan(text)).rows).toEqual([
      ['TermAndBillingCycle', 'PriceAdjustmentDescription', 'ReferenceId'],
      [
        'Annual term, Monthly billing',
        '["15.0% Partner earned credit for services managed"]',
        '{"osId":"1","v":2}',
      ],
      ['two\r\nlines', '', 'é'],
    ]);
    const asked: (string | undefined)[] = [];
    await csvScan(bytesOf(text), {
      row: (row) => asked.push(row.cell(2), row.cell(3), row.cell(-1)),
      unclosed: () => {},
      piece: () => {},
    });
    expect(asked).toEqual([
      'ReferenceId',
      undefined,
      undefined,
      '{"osId":"1","v":2}',
      undefined,
      undefined,
      'é',
      undefined,
      undefined,
    ]);
  });

  it('REC-3: a piece may end anywhere: mid-cell, mid-quote, mid-character, between \\r and \\n', async () => {
    const text = 'A,B\r\n"x, ""y""",2é\r\n3,"4\r\n5"\r\n';
    const whole = (await scan(text)).rows;
    expect(whole).toEqual([
      ['A', 'B'],
      ['x, "y"', '2é'],
      ['3', '4\r\n5'],
    ]);
    const length = Buffer.byteLength(text);
    for (let cut = 1; cut < length; cut++) {
      expect((await scan(text, [cut])).rows).toEqual(whole);
      expect((await scan(text, Array(length).fill(cut))).rows).toEqual(whole);
    }
  });

  it('REC-3: empty lines are no rows; a short row keeps its own cells (the reader reports it)', async () => {
    expect((await scan('A,B,C\n\n1,2\r\n\r\n3,4,5\n')).rows).toEqual([
      ['A', 'B', 'C'],
      ['1', '2'],
      ['3', '4', '5'],
    ]);
  });

  it('ERR-2: a quote that never closes is cut at its line and reported, the rows after it kept', async () => {
    const long = `A,B\n1,"open\n${'2,x\n'.repeat(300_000)}`;
    const { rows, unclosed } = await scan(long, Array(100).fill(64 * 1024));
    expect(unclosed).toEqual(['1,"open']);
    expect(rows[0]).toEqual(['A', 'B']);
    expect(rows).toHaveLength(1 + 300_000);
    expect(rows.at(1)).toEqual(['2', 'x']);
    // at the end of the file, the open row is reported and nothing after it is a row
    expect(await scan('A,B\n1,2\n3,"open\n4,5\n')).toMatchObject({
      rows: [
        ['A', 'B'],
        ['1', '2'],
      ],
      unclosed: ['3,"open'],
    });
    expect(await parsed('A,B\n1,2\n3,"open\n4,5\n')).toEqual({
      rows: [
        ['A', 'B'],
        ['1', '2'],
      ],
      unclosed: ['3,"open'],
    });
  });

  it('REC-3: a quote inside a cell that does not start with one is text, as papaparse reads it', async () => {
    const text = 'A,B\n5" screen,x\n"a"b",c\n';
    expect((await scan(text)).rows).toEqual((await parsed(text)).rows);
  });

  describe('properties', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', '1', ',', '"', '\r\n', ' ', "'", 'é', '한'),
    });
    const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 8,
      }),
    );

    it('rows of many kilobytes, in pieces of any size up to tens of kilobytes, read as the whole text reads: a row a piece cut is finished from the next piece’s start, a little more at a time', async () => {
      const run = fc.tuple(
        fc.constantFrom(
          'x',
          'é',
          ',',
          'a"b',
          ',"a\nb",',
          '"q,""r"""',
          'x\n',
          'é,1\r\n',
          '"c\nd",e\n',
          '\n',
        ),
        fc.integer({ min: 1, max: 6000 }),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(run, { minLength: 1, maxLength: 12 }),
          fc.array(fc.integer({ min: 1, max: 30_000 }), { maxLength: 12 }),
          async (runs, cuts) => {
            const text = runs.map(([unit, times]) => unit.repeat(times)).join('');
            const whole = await scan(text);
            const cutUp = await scan(text, cuts);
            expect(cutUp.rows).toEqual(whole.rows);
            expect(cutUp.unclosed).toEqual(whole.unclosed);
          },
        ),
        { numRuns: 60 },
      );
    });

    it('scanning the bytes in any pieces gives the rows they were written from', async () => {
      await fc.assert(
        fc.asyncProperty(
          table,
          fc.constantFrom('\r\n', '\n'),
          fc.boolean(),
          fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 40 }),
          async (cells, newline, lastBreak, cuts) => {
            const rows = cells.filter((row) => row.length > 1 || row[0] !== '');
            const text =
              rows.map((row) => row.map(written).join(',')).join(newline) +
              (lastBreak ? newline : '');
            expect((await scan(text, cuts)).rows).toEqual(rows);
          },
        ),
      );
    });

    it('the scan reads exactly the rows papaparse reads, for well-formed files in any pieces', async () => {
      await fc.assert(
        fc.asyncProperty(
          table,
          fc.constantFrom('\r\n', '\n'),
          fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 40 }),
          async (cells, newline, cuts) => {
            const text = cells.map((row) => row.map(written).join(',')).join(newline) + newline;
            const scanned = await scan(text, cuts);
            expect({ rows: scanned.rows, unclosed: scanned.unclosed }).toEqual(await parsed(text));
          },
        ),
      );
    });
  });
});

describe('csvScan reading one cell of a row', () => {
  /** Each row's bytes and the one cell read of it, and the rows reported open. */
  async function rowsOf(text: string, only: number | undefined, cuts: readonly number[] = []) {
    const rows: { raw: string; cell: string | undefined; length: number }[] = [];
    const unclosed: string[] = [];
    let header = true;
    const sink = {
      only: undefined as number | undefined,
      row(row: CsvRow) {
        const cell = header ? undefined : row.cell(only ?? 0);
        rows.push({ raw: row.raw().toString('latin1'), cell, length: row.length });
        header = false;
        sink.only = only;
      },
      unclosed: (line: string) => unclosed.push(line),
      piece: () => {},
    };
    await csvScan(bytesOf(text, cuts), sink);
    return { rows, unclosed };
  }

  it("REC-3: passes over the cells before the one read and finds the row's end past it, quotes and all", async () => {
    const text =
      'A,"B",C,D\r\n' +
      '1,"x, ""y""",id-1,"Annual term, Monthly billing"\r\n' +
      '5" screen,"two\nlines",id-2,"{""v"":2}"\n' +
      '\n' +
      '9,8\n' +
      '"a"b",,id-3,"open\n';
    const { rows, unclosed } = await rowsOf(text, 2);
    expect(rows.map(({ raw, cell }) => [raw, cell])).toEqual([
      ['A,"B",C,D\r\n', undefined],
      ['1,"x, ""y""",id-1,"Annual term, Monthly billing"\r\n', 'id-1'],
      ['5" screen,"two\nlines",id-2,"{""v"":2}"\n', 'id-2'],
      // a row shorter than the cell read is read cell by cell: its cells kept, no such cell
      ['9,8\n', undefined],
    ]);
    // the cells passed over give no text; the row's length is the cell read's place and one
    expect(rows[1]?.length).toBe(3);
    expect(unclosed).toEqual(['"a"b",,id-3,"open']);
  });

  const unit = fc.constantFrom('a', '1', ',', '"', '""', '\r\n', '\n', '\r', ' ', 'é');
  const line = fc.array(fc.string({ unit }), { minLength: 1, maxLength: 6 });

  it('REC-3: on any CSV text, in any pieces, the rows read for one cell are the rows read cell by cell, byte for byte, with that cell', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom('\n', '\r\n', ''), { minLength: 8, maxLength: 8 }),
        fc.integer({ min: 0, max: 5 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 40 }),
        async (lines, breaks, only, cuts) => {
          // cells joined as written, quoted or not, so quotes open, close, double and stay open
          const text = lines.map((cells, k) => cells.join(',') + (breaks[k] ?? '')).join('');
          const full = await rowsOf(text, undefined, cuts);
          const fast = await rowsOf(text, only, cuts);
          expect(fast.rows.map(({ raw }) => raw)).toEqual(full.rows.map(({ raw }) => raw));
          expect(fast.unclosed).toEqual(full.unclosed);
          const byCells: (string | undefined)[] = [];
          await csvScan(bytesOf(text), {
            row: (row) => byCells.push(byCells.length === 0 ? undefined : row.cell(only)),
            unclosed: () => {},
            piece: () => {},
          });
          expect(fast.rows.map(({ cell }) => cell)).toEqual(byCells);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

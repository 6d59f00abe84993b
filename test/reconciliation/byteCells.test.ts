import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byteCells,
  csvScan,
  idHash,
  readFileDate,
  readFileDecimal,
  scanned,
  seatsOf,
} from '../_private.ts';
import { bytesOf } from '../cli/reconcile/_pieces.ts';

/** What a cell reads as, from its text: the line reader's own rules. */
function fromText(cell: string) {
  const decimal = readFileDecimal(cell);
  const text = cell.trim();
  return {
    text: text === '' ? undefined : text,
    date: readFileDate(cell),
    decimal: decimal === null || decimal === undefined ? decimal : { ...decimal },
    est: /extended service term/i.test(cell),
    seats: seatsOf(cell),
  };
}

const written = (cell: string, quoted: boolean): string =>
  quoted || /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;

/** Each cell of one row, read from the bytes the scan gives, and its decimal copied out. */
async function fromBytes(cells: readonly string[], quoted: readonly boolean[], cuts: number[]) {
  const text = `${cells.map((cell, i) => written(cell, quoted[i] === true)).join(',')}\r\n`;
  const read = byteCells();
  const out: ReturnType<typeof fromText>[] = [];
  await csvScan(bytesOf(text, cuts), {
    row(row) {
      const cellsOf = read.of(row, 0);
      for (let at = 0; at < cells.length; at++) {
        // a cell's text as it is, known again by its bytes or decoded
        expect(cellsOf.cell(at)).toBe(row.cell(at));
        const scan = cellsOf.decimal(at);
        out.push({
          text: cellsOf.text(at),
          date: cellsOf.date(at),
          // read (1): the value the scan left; empty (0): none; else not a number
          decimal:
            scan === 1
              ? { units: scanned.units, scale: scanned.scale }
              : scan === 0
                ? undefined
                : null,
          est: cellsOf.est(at),
          seats: cellsOf.seats(at),
        });
      }
    },
    unclosed() {},
    piece() {},
  });
  return out;
}

const space = fc.constantFrom('', ' ', '  ', '\t', '\u00a0', '\ufeff', ' \u00a0', '\u2003');
const digits = fc.stringMatching(/^[0-9]{1,24}$/);
/** Numbers as Partner Center, Excel and people write them, and near misses. */
const decimal = fc
  .tuple(
    fc.constantFrom('', "'", "' "),
    fc.constantFrom('', '-', '+'),
    digits,
    fc.option(fc.stringMatching(/^[0-9]{0,22}$/), { nil: undefined }),
    fc.option(
      fc.tuple(
        fc.constantFrom('e', 'E'),
        fc.constantFrom('', '-', '+'),
        fc.stringMatching(/^[0-9]{0,4}$/),
      ),
      { nil: undefined },
    ),
  )
  .map(
    ([guard, sign, whole, fraction, exponent]) =>
      `${guard}${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : exponent.join('')}`,
  );
const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
/** Dates in the three forms, days that do not exist, times and zones, and near misses. */
const date = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1900, max: 2200 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.constantFrom(
        '',
        'T00:00:00Z',
        'T23:59:59Z',
        'T00:00Z',
        'T00:00:00.000Z',
        'T00:00:00+00:00',
        'T00:00:00-0000',
        'T00:00:00+01:00',
        'T24:00:00Z',
        'T00:00:',
        'T00:0',
        'T',
        'Z',
        'T00:00:00.Z',
      ),
    )
    .map(
      ([y, m, d, time]) =>
        `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${time}`,
    ),
  fc
    .tuple(
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 10000 }),
    )
    .map(([m, d, y]) => `${m}/${d}/${y}`),
  fc.tuple(two, two, two).map(([a, b, c]) => `${a}/${b}/${c}`),
);
/** Odd cells: any text of the characters that trip readers up. */
const odd = fc.string({
  unit: fc.constantFrom(
    '0',
    '1',
    '9',
    '.',
    '-',
    '+',
    'e',
    'E',
    "'",
    '"',
    ',',
    ' ',
    '\t',
    '/',
    ':',
    'T',
    'Z',
    'é',
    '\u00a0',
    '\ufeff',
    '\r\n',
    '\n',
    'x',
    '\u2028',
  ),
  maxLength: 14,
});
const named = fc
  .tuple(
    fc.string({ maxLength: 6 }),
    fc.constantFrom(
      'Extended Service Term',
      'EXTENDED SERVICE TERM',
      'extended  service term',
      'Extended Service Ter',
      'Extended "Service" Term',
      'ExTeNdEd SeRvIcE tErM',
      'Extended\u00a0Service Term',
    ),
    fc.string({ maxLength: 6 }),
  )
  .map((parts) => parts.join(''));
const cell = fc
  .tuple(
    space,
    fc.oneof(
      decimal,
      date,
      odd,
      named,
      fc.constantFrom(
        '0E-20',
        "'0E-20",
        "'22.000000000000000000",
        "'12.500000000000000000",
        "'45.0000",
        '164',
        '1234567890',
        "'7.",
        '.0',
        'USD',
        'cyclecharge',
        '',
        "'",
      ),
    ),
    space,
  )
  .map((parts) => parts.join(''));

describe('byteCells', () => {
  it('REC-2: a cell read from its bytes is what its text reads as (apostrophe, 0E-20, 18 decimals, the three date forms, spaces, seats)', async () => {
    const cells = [
      "'22.000000000000000000",
      "'0E-20",
      ' 2026-12-22T00:00:00Z ',
      '12/19/2026',
      '\u00a045\u00a0',
      'Extended ""Service Term',
      'USD',
    ];
    const read = await fromBytes(cells, [false, false, false, false, false, true, false], []);
    expect(read).toEqual(cells.map(fromText));
    expect(read.map((cell) => cell.date)).toEqual([
      null,
      null,
      Date.UTC(2026, 11, 22) / 864e5,
      Date.UTC(2026, 11, 19) / 864e5,
      null,
      null,
      null,
    ]);
    expect(read[0]?.decimal).toEqual({ units: 22, scale: 0 });
    expect(read[1]?.decimal).toEqual({ units: 0, scale: 0 });
    expect(read[4]?.decimal).toEqual({ units: 45, scale: 0 });
  });

  describe('properties', () => {
    it('REC-2: every cell read from its scanned bytes, quoted or not and in any pieces, reads as its text does (text, date, decimal, Extended Service Term, the seats of a Quantity)', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(cell, fc.boolean()), { minLength: 2, maxLength: 8 }),
          fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 20 }),
          async (row, cuts) => {
            const cells = row.map(([text]) => text);
            const quoted = row.map(([, q]) => q);
            expect(await fromBytes(cells, quoted, cuts)).toEqual(cells.map(fromText));
          },
        ),
        { numRuns: 500 },
      );
    });

    it('REC-2: a text known again by its bytes, trimmed or as it is, is the text of its own cell, never one remembered from another row', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.constantFrom(
              'new',
              'New',
              'cyclecharge',
              'renew',
              'addQuantity',
              'removeQuantity',
              'cancel',
              'convert',
              'customerCredit',
              ' new',
              'new ',
              'nex',
              'é',
              'USD',
              'EUR',
              'usd',
              'renewal',
            ),
            { minLength: 1, maxLength: 60 },
          ),
          async (types) => {
            const read = byteCells();
            const seen: (string | undefined)[] = [];
            const text = `${types.map((type) => `${type},1`).join('\n')}\n`;
            await csvScan(bytesOf(text), {
              row: (row) => seen.push(read.of(row, 0).text(0), read.cell(0)),
              unclosed() {},
              piece() {},
            });
            expect(seen).toEqual(types.flatMap((type) => [type.trim(), type]));
          },
        ),
      );
    });
    it('REC-3: a cell hashed or compared with a text from its bytes gives its trimmed text’s idHash (as a signed integer) and equality, or leaves it to the text (no hash, not equal) only for bytes past ASCII or doubled quotes', async () => {
      const ascii = fc.string({
        unit: fc.constantFrom(
          'c',
          '1',
          ' ',
          '\t',
          ',',
          'x',
          '-',
          '.',
          'Ã',
          '©',
          'é',
          '"',
          '\u00a0',
        ),
        maxLength: 10,
      });
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(cell, ascii),
          fc.boolean(),
          fc.oneof(ascii, fc.constant(undefined)),
          async (text, quoted, other) => {
            const trimmed = text.trim();
            const candidates = [trimmed, other ?? `${trimmed}x`, trimmed.slice(1), ` ${trimmed}`];
            const read = byteCells();
            const got: { hash: number | undefined; same: boolean[] }[] = [];
            await csvScan(bytesOf(`${written(text, quoted)},1\n`), {
              row(row) {
                const cells = read.of(row, 0);
                got.push({
                  hash: cells.textHash(0),
                  same: candidates.map((candidate) => cells.isText(0, candidate)),
                });
              },
              unclosed() {},
              piece() {},
            });
            const [{ hash, same } = { hash: 0, same: [] }] = got;
            // bytes that tell: ASCII, no quote doubled
            const tell = [...text].every((c) => c.charCodeAt(0) < 0x80) && !text.includes('"');
            if (hash !== undefined || tell)
              expect(hash).toBe(trimmed === '' ? -1 : idHash(trimmed) | 0);
            candidates.forEach((candidate, k) => {
              if (same[k] === true || (tell && trimmed !== ''))
                expect(same[k]).toBe(trimmed === candidate);
            });
          },
        ),
        { numRuns: 1000 },
      );
    });
  });
});

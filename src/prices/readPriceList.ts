import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import {
  type CsvRecord,
  type CsvSink,
  cellsOf,
  csvRecord,
  csvRecords,
  recordOf,
} from './_internal/csvRecords.ts';
import { type PriceListReader, priceListReader } from './_internal/priceListReader.ts';
import { withLookUp } from './_internal/withLookUp.ts';
import type { PriceList } from './types.ts';

const INPUT = 'expected CSV text, rows keyed by column name, or an async iterable of text or bytes';

/** The sink of a CSV text: its first record to the header, the others to rows. */
function headerThenRows(reader: PriceListReader): CsvSink & { end(): void } {
  let header = true;
  const sink = (record: CsvRecord, line: number): void => {
    if (header) {
      header = false;
      reader.header(cellsOf(record));
    } else reader.row(record, line);
  };
  return Object.assign(sink, {
    end(): void {
      if (header) reader.header([]);
    },
  });
}

/** Rows in memory, each keyed by the file's column names (as a CSV parser with a header gives). */
function fromObjects(rows: Iterable<unknown>, reader: PriceListReader): void {
  let names: string[] | undefined;
  let line = 1;
  const record = csvRecord();
  for (const row of rows) {
    line++;
    if (typeof row !== 'object' || row === null || Array.isArray(row))
      fail(RuleErrorCode.INVALID_ARGUMENT, `input.${line - 2}`, 'expected an object', row);
    const keys = Object.keys(row);
    if (
      names === undefined ||
      keys.length !== names.length ||
      keys.some((k, i) => k !== names?.[i])
    ) {
      names = keys;
      reader.header(keys);
    }
    const cells = row as Readonly<Record<string, unknown>>;
    reader.row(
      recordOf(
        keys.map((key) => {
          const value = cells[key];
          return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
        }),
        record,
      ),
      line,
    );
  }
  if (names === undefined) reader.header([]);
}

/** Text fed piece by piece, bytes decoded as UTF-8 on the way. */
async function fromPieces(
  pieces: AsyncIterable<string | Uint8Array>,
  reader: PriceListReader,
): Promise<PriceList> {
  const sink = headerThenRows(reader);
  const csv = csvRecords(sink);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for await (const piece of pieces)
    csv.push(typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true }));
  csv.push(decoder.decode());
  csv.end();
  sink.end();
  return withLookUp(reader.done());
}

/**
 * Reads Partner Center's licence price list (PL-1) — the `updatedlicensebased` view, current,
 * history or future — as Partner Center writes it: columns found by name in any order and letter
 * case, with or without a byte-order mark, unknown columns kept in each row's `cells`; `UnitPrice`
 * read exactly as text (Excel's apostrophe dropped); dates as ISO 8601 instants (up to 7 decimals)
 * or `M/D/YYYY h:mm[:ss][ AM|PM]`, in UTC, an end date holding to the last millisecond of the unit
 * it is written to; the placeholder years 1753 (start) and 9999 (end) read as "always" (`null`).
 * A file without a `Segment` column is `Commercial`. Overlapping rows are kept as written
 * ({@link priceAt} decides between them). A bad row is an issue per bad cell naming its line (the
 * header is line 1) and column — never thrown, never silently left out.
 *
 * Give the file's text, rows already parsed (objects keyed by column name), or the file as an
 * async iterable of text or bytes (a Node stream, a `fetch` body) — read piece by piece, so a file
 * of any size never sits whole in memory; that form returns a promise.
 *
 * @param input - The price list: CSV text, rows keyed by column name, or an async iterable of text
 *   or UTF-8 bytes.
 * @returns The rows read and the issues, frozen (a promise of them for an async iterable).
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `input` for anything else, or at `input.<n>` for
 *   a row in memory that is no object.
 * @example
 * ```ts
 * import { readPriceList } from 'subscription-rules';
 * const list = readPriceList(
 *   'ProductId,SkuId,TermDuration,BillingPlan,Market,Currency,UnitPrice,EffectiveStartDate,EffectiveEndDate\n' +
 *     'CFQ7TTC0LH18,0001,P1Y,Monthly,US,USD,75.60,7/1/2026 12:00 AM,11/30/9999 11:59 PM\n',
 * );
 * list.rows[0]?.EffectiveStartDate;
 * //=> '2026-07-01T00:00:00.000Z'
 * list.rows[0]?.EffectiveEndDate;
 * //=> null
 * list.issues;
 * //=> []
 * ```
 * @category Prices over time
 * @see PL-1
 */
export function readPriceList(
  input: string | Iterable<Readonly<Record<string, unknown>>>,
): PriceList;
export function readPriceList(input: AsyncIterable<string | Uint8Array>): Promise<PriceList>;
export function readPriceList(
  input: string | Iterable<Readonly<Record<string, unknown>>> | AsyncIterable<string | Uint8Array>,
): PriceList | Promise<PriceList> {
  const reader = priceListReader();
  if (typeof input === 'string') {
    const sink = headerThenRows(reader);
    const csv = csvRecords(sink);
    csv.push(input);
    csv.end();
    sink.end();
    return withLookUp(reader.done());
  }
  if (typeof input === 'object' && input !== null) {
    if (Symbol.asyncIterator in input) return fromPieces(input, reader);
    if (Symbol.iterator in input) {
      fromObjects(input as Iterable<unknown>, reader);
      return withLookUp(reader.done());
    }
  }
  return fail(RuleErrorCode.INVALID_ARGUMENT, 'input', INPUT, input);
}

import type { RecordPlace } from '../EngineJob.ts';
import { type CsvRecordReader, type CsvRow, csvScan } from './csvScan.ts';

const LF = 10;
const COMMA = 44;

/**
 * A row's bytes as they cross to a worker or wait in a spill file: its place as three cells
 * before its own (its file's index, its row, its number: `2,17,1041,` and the row as read),
 * ended by a line feed.
 *
 * @param file - Its file's index among the run's files.
 * @param place - Where it was read.
 * @param raw - The row's bytes as the file writes them (copied).
 * @returns The bytes.
 */
export function placedRow(file: number, place: RecordPlace, raw: Buffer): Buffer {
  const into = Buffer.allocUnsafe(raw.length + PLACE_BYTES);
  return into.subarray(0, placeRow(into, 0, file, place, raw, 0, raw.length));
}

/** The most bytes {@link placeRow} writes before a row's own: three numbers, their commas, its line feed. */
export const PLACE_BYTES: number = 3 * 16 + 1;

/** Writes a whole number's digits at `at`, and says where they end. */
function digits(into: Buffer, at: number, n: number): number {
  let length = 1;
  for (let m = n; m >= 10; m = Math.floor(m / 10)) length++;
  for (let i = at + length - 1, m = n; i >= at; i--, m = Math.floor(m / 10))
    into[i] = 48 + (m % 10);
  return at + length;
}

/**
 * Writes a row as {@link placedRow} does, straight into a batch's bytes (no buffer of its own):
 * `into` must have {@link PLACE_BYTES} more bytes than the row's past `used`.
 *
 * @param into - The batch's bytes.
 * @param used - Where its bytes so far end.
 * @param file - The row's file's index among the run's files.
 * @param place - Where it was read.
 * @param bytes - The bytes the row lies in (the scan's), from `from` to `to`.
 * @returns Where the batch's bytes now end.
 */
export function placeRow(
  into: Buffer,
  used: number,
  file: number,
  place: RecordPlace,
  bytes: Buffer,
  from: number,
  to: number,
): number {
  let at = digits(into, used, file);
  into[at++] = COMMA;
  at = digits(into, at, place.row);
  into[at++] = COMMA;
  at = digits(into, at, place.at);
  into[at++] = COMMA;
  at += bytes.copy(into, at, from, to);
  if (to === from || bytes[to - 1] !== LF) into[at++] = LF;
  return at;
}

/**
 * A row read back: its cells past the three of its place, as the file wrote them. One view for
 * every row of a read, pointed at each in turn, as the scan's own view is: valid only during the
 * call, and of one class, so that a reader of its bytes reads it without a lookup.
 */
class ShiftedRow implements CsvRow {
  /** The scan's view of the whole row, its place's cells first. */
  row: CsvRow;
  /** Where its own bytes start past its place's, from the row's start. */
  head = 0;

  constructor(row: CsvRow) {
    this.row = row;
  }

  get length(): number {
    return Math.max(0, this.row.length - 3);
  }
  get rowStart(): number {
    return this.row.rowStart + this.head;
  }
  get rowEnd(): number {
    return this.row.rowEnd;
  }
  get bytes(): Buffer {
    return this.row.bytes;
  }
  cell(i: number): string | undefined {
    return this.row.cell(i + 3);
  }
  raw(): Buffer {
    return this.row.raw().subarray(this.head);
  }
  start(i: number): number {
    return this.row.start(i + 3);
  }
  end(i: number): number {
    return this.row.end(i + 3);
  }
  plain(i: number): boolean {
    return this.row.plain(i + 3);
  }
  record(reader: CsvRecordReader): void {
    this.row.record((bytes, starts, ends, kinds, from, cells) =>
      reader(bytes, starts, ends, kinds, from + 3, Math.max(0, cells - 3)),
    );
  }
}

/** The most digits a place's number is read with from its bytes (past them, from its text). */
const MOST_DIGITS = 15;

/**
 * A place's cell `i` as a number, read from its digits where they lie, no text made: what
 * `Number` of the cell's text gives for the digits {@link placeRow} writes; -1 for anything else
 * (a quoted or empty cell, another byte, too many digits), whose text the caller reads.
 */
function placeNumber(row: CsvRow, i: number): number {
  if (i >= row.length || !row.plain(i)) return -1;
  const bytes = row.bytes;
  const from = row.start(i);
  const to = row.end(i);
  if (to <= from || to - from > MOST_DIGITS) return -1;
  let n = 0;
  for (let at = from; at < to; at++) {
    const digit = (bytes[at] as number) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * Reads rows written by {@link placedRow} back, in the order written, each with its file's index,
 * its place and a view of its own cells (valid only during the call, as the scan's). A place's
 * numbers are read from their digits (a worker reads a million rows so), else from their texts.
 *
 * @param bytes - The placed rows' bytes, in pieces.
 * @param files - The run's files, by index (the place's file).
 * @param onRow - Takes each row.
 */
export async function readPlacedRows(
  bytes: AsyncIterable<Buffer>,
  files: readonly string[],
  onRow: (row: CsvRow, file: number, place: RecordPlace) => void,
): Promise<void> {
  let view: ShiftedRow | undefined;
  await csvScan(bytes, {
    row(row) {
      view ??= new ShiftedRow(row);
      view.row = row;
      const file = placeNumber(row, 0);
      const at = placeNumber(row, 1);
      const number = placeNumber(row, 2);
      if (file >= 0 && at >= 0 && number >= 0) {
        // the place's digits and their three commas
        view.head = row.end(2) - row.rowStart + 1;
        onRow(view, file, { file: files[file] ?? '', row: at, at: number });
        return;
      }
      const fileText = row.cell(0) ?? '';
      const atText = row.cell(1) ?? '';
      const numberText = row.cell(2) ?? '';
      view.head = fileText.length + atText.length + numberText.length + 3;
      const place = {
        file: files[Number(fileText)] ?? '',
        row: Number(atText),
        at: Number(numberText),
      };
      onRow(view, Number(fileText), place);
    },
    unclosed(firstLine) {
      // a row is written whole: a quote left open is a bug of the writer
      throw new Error(`a row read back did not close its quotes: ${firstLine.slice(0, 80)}`);
    },
    piece() {},
  });
}

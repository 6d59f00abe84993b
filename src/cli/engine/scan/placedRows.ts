import type { RecordPlace } from '../EngineJob.ts';
import { type CsvRow, csvScan } from './csvScan.ts';

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

/** A row read back: its cells past the three of its place, as the file wrote them. */
function shifted(row: CsvRow, head: number): CsvRow {
  return {
    length: Math.max(0, row.length - 3),
    cell: (i) => row.cell(i + 3),
    raw: () => row.raw().subarray(head),
    rowStart: row.rowStart + head,
    rowEnd: row.rowEnd,
    bytes: row.bytes,
    start: (i) => row.start(i + 3),
    end: (i) => row.end(i + 3),
    plain: (i) => row.plain(i + 3),
    record: (reader) =>
      row.record((bytes, starts, ends, kinds, from, cells) =>
        reader(bytes, starts, ends, kinds, from + 3, Math.max(0, cells - 3)),
      ),
  };
}

/**
 * Reads rows written by {@link placedRow} back, in the order written, each with its file's index,
 * its place and a view of its own cells (valid only during the call, as the scan's).
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
  await csvScan(bytes, {
    row(row) {
      const file = row.cell(0) ?? '';
      const at = row.cell(1) ?? '';
      const number = row.cell(2) ?? '';
      const head = file.length + at.length + number.length + 3;
      const place = { file: files[Number(file)] ?? '', row: Number(at), at: Number(number) };
      onRow(shifted(row, head), Number(file), place);
    },
    unclosed(firstLine) {
      // a row is written whole: a quote left open is a bug of the writer
      throw new Error(`a row read back did not close its quotes: ${firstLine.slice(0, 80)}`);
    },
    piece() {},
  });
}

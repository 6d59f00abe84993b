import { cellText } from './cellText.ts';
import { passCells, passRow, quoteSeek, UNSURE } from './csvPasses.ts';

/** The longest a row may grow while its quotes stay open before it is cut at its first line break. */
const LONGEST_ROW = 1 << 20;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** One row of a CSV file as it is scanned: its cells decoded only when asked for. */
export interface CsvRow {
  /** How many cells the row has. */
  readonly length: number;
  /**
   * One cell's text, decoded from the file's bytes now (UTF-8, a quoted cell's doubled quotes
   * undone): a new string each time, holding nothing of the file.
   *
   * @param i - Its place in the row, from 0.
   * @returns The text, or `undefined` past the row's end.
   */
  cell(i: number): string | undefined;
  /**
   * The row's bytes as the file writes them, its line break included (none after a last row
   * without one): valid only during the call, copied by whoever keeps them.
   */
  raw(): Buffer;
  /** Where the row's bytes ({@link CsvRow.raw}) start in {@link CsvRow.bytes}. */
  readonly rowStart: number;
  /** Where they end (exclusive): past its line break. */
  readonly rowEnd: number;
  /**
   * The bytes the row's cells lie in, for a reader that reads a cell without decoding it
   * ({@link CsvRow.start}, {@link CsvRow.end}): valid only during the call.
   */
  readonly bytes: Buffer;
  /**
   * Where a cell's bytes start in {@link CsvRow.bytes}: after a quoted cell's opening quote.
   *
   * @param i - Its place in the row, from 0, less than {@link CsvRow.length}.
   * @returns The index of its first byte.
   */
  start(i: number): number;
  /**
   * Where a cell's bytes end in {@link CsvRow.bytes} (exclusive): before a quoted cell's closing
   * quote, before a line break's `\r`.
   *
   * @param i - Its place in the row, from 0, less than {@link CsvRow.length}.
   * @returns The index past its last byte.
   */
  end(i: number): number;
  /**
   * Whether a cell's bytes are its text's UTF-8 as they lie: `false` for a quoted cell with
   * doubled quotes to undo.
   *
   * @param i - Its place in the row, from 0, less than {@link CsvRow.length}.
   * @returns `true` when no quote is doubled in it.
   */
  plain(i: number): boolean;
  /**
   * Hands the scan's own record of the row to `reader`, for a reader of many cells (one call a
   * row, none a cell): the bytes, where each recorded cell starts and ends, its kind (2: a quoted
   * cell with doubled quotes to undo), where the row's cell 0 is among them (`from`: a row read
   * back from a spill has its place's cells first) and how many cells the row has — valid only
   * during the call, never changed by the reader.
   */
  readonly record: (reader: CsvRecordReader) => void;
}

/** A reader of a row's record ({@link CsvRow.record}): the row's cell `i` is the record's `from + i`. */
export type CsvRecordReader = (
  bytes: Buffer,
  starts: Int32Array,
  ends: Int32Array,
  kinds: Uint8Array,
  from: number,
  cells: number,
) => void;

/**
 * The scan's view of its current row: one object for every row, of one class, its fields set as
 * each row is handed over (a reader of bytes reads them on every cell it looks at: fields of one
 * shape and methods of one prototype are what the compiler reads without a lookup).
 */
class ScanView implements CsvRow {
  bytes: Buffer = Buffer.alloc(0);
  starts: Int32Array = new Int32Array(0);
  ends: Int32Array = new Int32Array(0);
  /** 0: plain, 1: quoted, 2: quoted with doubled quotes to undo. */
  kinds: Uint8Array = new Uint8Array(0);
  length = 0;
  /** How many of the row's first cells were passed over, not recorded. */
  passed = 0;
  rowStart = 0;
  rowEnd = 0;

  cell(i: number): string | undefined {
    if (i < this.passed || i >= this.length) return undefined;
    return cellText(
      this.bytes,
      this.starts[i] as number,
      this.ends[i] as number,
      this.kinds[i] as number,
    );
  }
  raw(): Buffer {
    return this.bytes.subarray(this.rowStart, this.rowEnd);
  }
  start(i: number): number {
    return this.starts[i] as number;
  }
  end(i: number): number {
    return this.ends[i] as number;
  }
  plain(i: number): boolean {
    return this.kinds[i] !== 2;
  }
  record(reader: CsvRecordReader): void {
    reader(this.bytes, this.starts, this.ends, this.kinds, 0, this.length);
  }
}

/** What the scan hands its rows to, in the file's order. */
export interface CsvSink {
  /**
   * The one cell of a row the sink reads, by its place from 0, read before each row (`undefined`:
   * every cell): the scan passes over the cells before it and finds where the row ends past it,
   * at the speed of `Buffer.indexOf`, recording none of them. The row's {@link CsvRow.length} is
   * then that cell's place and one (fewer when the row has fewer cells); a cell passed over gives
   * no text ({@link CsvRow.cell}), and its {@link CsvRow.start} and {@link CsvRow.end} mean nothing.
   */
  readonly only?: number | undefined;
  /** A row; the view is valid only during the call. */
  row(row: CsvRow): void;
  /** A row whose quotes do not close, cut at its first line break: that line's text. */
  unclosed(firstLine: string): void;
  /** A piece of the file has been scanned (for a progress bar). */
  piece(): void;
}

/** A row's first line from `start`, cut to 200 characters, to name it in an issue. */
function firstLine(bytes: Buffer, start: number): string {
  let end = bytes.indexOf(LF, start);
  if (end === -1) end = bytes.length;
  if (end > start && bytes[end - 1] === CR) end--;
  return bytes.toString('utf8', start, end).slice(0, 200);
}

/**
 * The bytes of the next piece first joined to a row the piece before cut ({@link csvScan}): most
 * rows are far shorter, and a longer one is joined four times as much again until it ends.
 */
const BRIDGE = 4096;

/**
 * Scans CSV bytes into rows (RFC 4180: quoted cells with commas, doubled quotes and line breaks;
 * rows ended by `\n` or `\r\n`), whatever the pieces' boundaries, without decoding a cell nobody
 * asks for: a reconciliation file has some fifty columns and the replay reads a dozen, so the
 * scan records where each cell lies and {@link CsvRow.cell} turns only the cells read into text.
 * Of a well-formed file it reads what `csvRows` (papaparse) reads, a row for a row, at a fraction
 * of the time and of the garbage; a newline is `\n`, with or without `\r` before it, in every row
 * (papaparse takes the first row's for the whole file). A quote opens a quoted cell only at a cell's start, and closes it only before a comma,
 * a line break or the end; a row whose quotes are still open after a megabyte is cut at its first
 * line break and reported, the rest scanned again; a quote still open at the end of the file is
 * reported as its row's first line; empty lines are skipped.
 *
 * @param pieces - The file's bytes, in pieces (its byte-order mark already dropped).
 * @param sink - What takes each row.
 */
export async function csvScan(pieces: AsyncIterable<Buffer>, sink: CsvSink): Promise<void> {
  let bytes: Buffer = Buffer.alloc(0);
  let starts = new Int32Array(64);
  let ends = new Int32Array(64);
  /** 0: plain, 1: quoted, 2: quoted with doubled quotes to undo. */
  let kinds = new Uint8Array(64);
  let cells = 0;
  /** How many of the row's first cells were passed over, not recorded. */
  let passed = 0;
  const view = new ScanView();
  const add = (start: number, end: number, kind: number): void => {
    if (cells === starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(from: T, to: T): T => {
        to.set(from);
        return to;
      };
      starts = grow(starts, new Int32Array(cells * 2));
      ends = grow(ends, new Int32Array(cells * 2));
      kinds = grow(kinds, new Uint8Array(cells * 2));
    }
    starts[cells] = start;
    ends[cells] = end;
    kinds[cells] = kind;
    cells++;
  };
  /**
   * Scans the rows of `bytes` from its start; `last` when no byte follows; `one`: the first row
   * only (or the first line of a row cut for its quotes, or an empty line).
   *
   * @returns Where the first unfinished row starts (the length when none); with `one`, where the
   *   row after the first starts, or 0 when the first is unfinished.
   */
  const scan = (last: boolean, one = false): number => {
    // a local: the loop reads it for every byte, and a closure's variable costs a load each time
    const b = bytes;
    const length = b.length;
    // the rows' rests passed over look for each quote of the bytes once, not once a row
    const seek = quoteSeek();
    let row = 0;
    rows: while (row < length) {
      cells = 0;
      passed = 0;
      let i = row;
      /** Whether the row's end was found past a comma: a row of more than one cell. */
      let past = false;
      const only = sink.only;
      if (only !== undefined && only > 0) {
        const at = passCells(b, row, only);
        if (at !== UNSURE) {
          // room for the cell read at its place (the cells added for it are dropped at once)
          while (starts.length <= only) add(0, 0, 0);
          cells = passed = only;
          i = at;
        }
      }
      for (;;) {
        // one cell from i
        if (b[i] === QUOTE) {
          let j = i + 1;
          let kind = 1;
          for (;;) {
            j = b.indexOf(QUOTE, j);
            if (j === -1 || (j + 1 >= length && !last)) {
              if (last) {
                // open at the end of the file: its row is reported, nothing after it is read
                sink.unclosed(firstLine(bytes, row));
                return length;
              }
              const cut = length - row > LONGEST_ROW ? b.indexOf(LF, row) : -1;
              if (cut === -1) return row;
              // open for too long: the row is cut at its first line break, the rest read again
              sink.unclosed(firstLine(bytes, row));
              row = cut + 1;
              if (one) return row;
              continue rows;
            }
            const next = b[j + 1];
            if (next === QUOTE) {
              kind = 2;
              j += 2;
              continue;
            }
            if (next === CR && j + 2 >= length && !last) return row;
            if (
              next === undefined ||
              next === COMMA ||
              next === LF ||
              (next === CR && b[j + 2] === LF)
            )
              break;
            // a quote inside the cell that closes nothing: the cell goes on
            j++;
          }
          add(i + 1, j, kind);
          i = j + 1;
        } else {
          let j = i;
          while (j < length) {
            const c = b[j];
            if (c === COMMA || c === LF) break;
            j++;
          }
          if (j >= length && !last) return row;
          add(i, (j >= length || b[j] === LF) && j > i && b[j - 1] === CR ? j - 1 : j, 0);
          i = j;
        }
        // at a comma, a line break or the end
        const c = b[i];
        if (c === COMMA) {
          i++;
          if (i >= length && !last) return row;
          if (only !== undefined && cells > only) {
            // the cells read: the rest of the row passed over, unless the bytes cannot tell
            const end = passRow(b, i, seek);
            if (end !== UNSURE) {
              i = end;
              past = true;
              break;
            }
          }
          continue;
        }
        if (c === CR) i++;
        i++;
        break;
      }
      // an empty line is no row
      if (past || cells > 1 || ends[0] !== starts[0]) {
        view.bytes = b;
        view.starts = starts;
        view.ends = ends;
        view.kinds = kinds;
        view.length = cells;
        view.passed = passed;
        view.rowStart = row;
        view.rowEnd = Math.min(i, length);
        sink.row(view);
      }
      row = i;
      if (one) return row;
    }
    return length;
  };
  /**
   * Where a row cut by a piece's end is joined to the start of the next piece, up to the row's end:
   * one buffer, used again (a new buffer a piece costs its pages' first touch), grown when a row
   * is longer. The rest of the piece is scanned where it lies, never copied.
   */
  let joined = Buffer.alloc(0);
  /** Joins the cut row (`bytes`) to the first `take` bytes of `piece`. */
  const join = (piece: Buffer, take: number): void => {
    const length = bytes.length + take;
    if (joined.length < length) {
      const grown = Buffer.allocUnsafe(Math.max(length, joined.length * 2));
      bytes.copy(grown, 0);
      joined = grown;
    } else if (bytes.buffer !== joined.buffer || bytes.byteOffset !== joined.byteOffset)
      // the cut row to the start (it may lie in the joined buffer itself: a copy that overlaps)
      joined.set(bytes, 0);
    piece.copy(joined, bytes.length, 0, take);
    bytes = joined.subarray(0, length);
  };
  for await (const piece of pieces) {
    if (bytes.length > 0) {
      // the cut row finished from the piece's start, a little more of it each time it does not end
      const cut = bytes.length;
      let take = Math.min(piece.length, BRIDGE);
      let from = -1;
      for (;;) {
        join(piece, take);
        const next = scan(false, true);
        if (next >= cut) {
          from = next - cut;
          break;
        }
        if (next > 0) {
          // the row cut for its quotes open too long, at a line break of its own: the rest of it
          // joined to the whole piece, and scanned as the piece
          bytes = bytes.subarray(next, cut);
          join(piece, piece.length);
          break;
        }
        if (take === piece.length) break;
        bytes = bytes.subarray(0, cut);
        take = Math.min(piece.length, take * 4);
      }
      // the row ends past the piece's end, or the piece is joined whole: scanned as it is
      if (from >= 0) bytes = piece.subarray(from);
    } else bytes = piece;
    bytes = bytes.subarray(scan(false));
    sink.piece();
  }
  if (bytes.length > 0) scan(true);
}

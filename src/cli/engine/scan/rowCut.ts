import { type CsvRow, csvScan } from './csvScan.ts';

/** The longest a row may grow while its quotes stay open before it is cut (as {@link csvScan}). */
const LONGEST_ROW = 1 << 20;

/** The bytes of rows a chunk gathers before it is handed over. */
const CHUNK = 1 << 20;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** The row's end is past the bytes: more are needed. */
const WAIT = -1;
/** A quoted cell is still open at the bytes' end: more are needed, or past a megabyte, a cut. */
const OPEN = -2;

/**
 * Where the row starting at `row` ends, read exactly as {@link csvScan} reads it before the file's
 * end (a quote opens a quoted cell only at a cell's start, closes it only before a comma, a line
 * feed or `\r\n`, a doubled quote kept), at the speed of `Buffer.indexOf`: the next line feed
 * unless a quote at a cell's start comes first.
 *
 * @returns Just past the row's line feed; {@link WAIT} or {@link OPEN} when the bytes end first.
 */
function rowEnd(b: Buffer, row: number): number {
  const length = b.length;
  let at = row;
  /** Where the cell `at` is in starts: a quote there opens a quoted cell. */
  let start = row;
  let lf = b.indexOf(LF, at);
  if (lf === -1) lf = length;
  for (;;) {
    const quote = b.indexOf(QUOTE, at);
    if (quote === -1 || quote > lf) return lf === length ? WAIT : lf + 1;
    if (quote !== start && b[quote - 1] !== COMMA) {
      // a quote inside a cell: text
      at = quote + 1;
      continue;
    }
    let j = quote + 1;
    for (;;) {
      j = b.indexOf(QUOTE, j);
      if (j === -1 || j + 1 >= length) return OPEN;
      const next = b[j + 1];
      if (next === QUOTE) {
        j += 2;
        continue;
      }
      if (next === CR && j + 2 >= length) return WAIT;
      if (next === COMMA || next === LF || (next === CR && b[j + 2] === LF)) break;
      j++;
    }
    const next = b[j + 1];
    if (next === LF) return j + 2;
    if (next === CR) return j + 3;
    at = j + 2;
    start = at;
    if (at >= length) return WAIT;
    if (lf < at) {
      lf = b.indexOf(LF, at);
      if (lf === -1) lf = length;
    }
  }
}

/** Whether a row's bytes are an empty line, which the scan skips: `\n`, `\r\n`, `""\n`, `""\r\n`. */
function emptyLine(b: Buffer, row: number, end: number): boolean {
  const n = end - row;
  const at = n >= 3 && b[row] === QUOTE && b[row + 1] === QUOTE ? row + 2 : row;
  const rest = end - at;
  return rest === 1 || (rest === 2 && b[at] === CR);
}

/** A row's first line from `start`, cut to 200 characters, to name it in an issue (as the scan does). */
function firstLine(bytes: Buffer, start: number): string {
  let end = bytes.indexOf(LF, start);
  if (end === -1) end = bytes.length;
  if (end > start && bytes[end - 1] === CR) end--;
  return bytes.toString('utf8', start, end).slice(0, 200);
}

/** What the cut hands a file's header, chunks and loose records to, in the file's order. */
export interface CutSink {
  /** The header row's cells as written (none for a file with no row, said at its end). */
  header(names: readonly string[]): void;
  /**
   * Whole rows after the header, as the file writes them (empty lines among them), in a buffer
   * of their own: its `ArrayBuffer` may be transferred.
   *
   * @param bytes - The rows' bytes.
   * @param rows - How many rows the scan reads in them (empty lines not counted).
   * @returns Nothing, or a promise the cut waits for before the next piece.
   */
  rows(bytes: Buffer, rows: number): void | Promise<void>;
  /**
   * A record the cut read itself: a row whose quotes stay open past a megabyte (its first line's
   * text), or a row at the file's end that no line feed closes (the view valid only during the
   * call); before the header, the header is not said yet.
   */
  record(record: { kind: 'csv'; row: CsvRow } | { kind: 'unclosed'; text: string }): void;
}

/** The rows of one piece: one bytes, used once (a chunk's buffer is its own, to be transferred). */
async function* one(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}

/**
 * The engine's row cut (`--workers` of a job whose rows may go to any state): a CSV file's bytes
 * cut into chunks of whole rows, without reading a cell — each row's end found as
 * {@link csvScan} finds it (a line feed outside quotes), the header row's cells read, the rows of
 * each chunk counted (so a reader of a chunk numbers its rows) — so that scanning the chunks one
 * after another reads the same rows as scanning the file: whatever the pieces' boundaries, the
 * same header, rows and rows whose quotes never close, in the same order and numbers. What only
 * the scan of the file's end can tell (a last row with no line feed, quotes still open) is read
 * here and given as a record.
 *
 * @param pieces - The file's bytes, in pieces (its byte-order mark already dropped).
 * @param sink - What takes the header, the chunks and the records.
 * @param size - The bytes a chunk gathers before it is handed over (a megabyte unless given).
 */
export async function cutRows(
  pieces: AsyncIterable<Buffer>,
  sink: CutSink,
  size: number = CHUNK,
): Promise<void> {
  let header = false;
  let bytes: Buffer = Buffer.alloc(0);
  let chunk: Buffer | undefined;
  let used = 0;
  let rows = 0;
  const flush = (): void | Promise<void> => {
    if (chunk === undefined || used === 0) return undefined;
    const done = chunk.subarray(0, used);
    const count = rows;
    chunk = undefined;
    used = 0;
    rows = 0;
    return sink.rows(done, count);
  };
  /** Whole rows `from`–`to` of `bytes`, `count` of them, copied into the chunk. */
  const gather = (from: number, to: number, count: number): void | Promise<void> => {
    if (to <= from) return undefined;
    const waited = chunk !== undefined && used + (to - from) > chunk.length ? flush() : undefined;
    chunk ??= Buffer.allocUnsafeSlow(Math.max(size, to - from));
    bytes.copy(chunk, used, from, to);
    used += to - from;
    rows += count;
    return waited;
  };
  const headerOf = async (from: number, to: number): Promise<void> => {
    await csvScan(one(bytes.subarray(from, to)), {
      row(row) {
        header = true;
        sink.header(Array.from({ length: row.length }, (_, i) => row.cell(i) ?? ''));
      },
      unclosed: () => {},
      piece() {},
    });
  };
  for await (const piece of pieces) {
    bytes = bytes.length === 0 ? piece : Buffer.concat([bytes, piece]);
    let row = 0;
    let from = 0;
    let count = 0;
    const waits: Promise<void>[] = [];
    const later = (waited: void | Promise<void>): void => {
      if (waited !== undefined) waits.push(waited);
    };
    for (;;) {
      const end = rowEnd(bytes, row);
      if (end >= 0) {
        if (!header) {
          if (!emptyLine(bytes, row, end)) await headerOf(row, end);
          from = end;
        } else if (!emptyLine(bytes, row, end)) count++;
        row = end;
        continue;
      }
      // quotes open for too long: the row is cut at its first line break, the rest read again
      const cut = end === OPEN && bytes.length - row > LONGEST_ROW ? bytes.indexOf(LF, row) : -1;
      if (cut === -1) break;
      later(gather(from, row, count));
      count = 0;
      later(flush());
      sink.record({ kind: 'unclosed', text: firstLine(bytes, row) });
      row = from = cut + 1;
    }
    later(gather(from, row, count));
    bytes = bytes.subarray(row);
    if (waits.length > 0) await Promise.all(waits);
  }
  const last = flush();
  if (last !== undefined) await last;
  // the file's end: what is left is read by the scan itself, as the file's scan reads it
  if (bytes.length > 0)
    await csvScan(one(bytes), {
      row(row) {
        if (header) sink.record({ kind: 'csv', row });
        else {
          header = true;
          sink.header(Array.from({ length: row.length }, (_, i) => row.cell(i) ?? ''));
        }
      },
      unclosed: (text) => sink.record({ kind: 'unclosed', text }),
      piece() {},
    });
  if (!header) sink.header([]);
}

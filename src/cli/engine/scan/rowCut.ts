import { type CsvRow, csvScan } from './csvScan.ts';
import { emptyLine, firstLine, LONGEST_ROW, OPEN, rowEnd } from './rowEnd.ts';

/** The bytes a block gathers before it is handed over. */
export const BLOCK: number = 1 << 20;

const LF = 10;

/** What the cut hands a file's header, blocks and loose records to, in the file's order. */
export interface CutSink {
  /** The header row's cells as written (none for a file with no row, said at its end). */
  header(names: readonly string[]): void;
  /**
   * The file's bytes after its header row, in blocks of a buffer of their own (its `ArrayBuffer`
   * may be transferred), cut anywhere: the first starts a row, each other goes on where the one
   * before stopped. Whoever takes them cuts them into rows (`blockRows`), each behind the bytes the
   * block before left open.
   *
   * @param bytes - The block's bytes.
   * @returns Nothing, or a promise the cut waits for before the next block.
   */
  block(bytes: Buffer): void | Promise<void>;
  /**
   * After the last block: the bytes the last block left open (a row no line feed ends, quotes still
   * open), which the cut reads as the file's end. Not called for a file with no header row.
   *
   * @returns Those bytes (empty when the blocks ended on a row's end).
   */
  end(): Buffer | Promise<Buffer>;
  /**
   * A record the cut read itself: before the header, a row whose quotes stay open past a megabyte
   * (its first line's text, the header not said yet); at the file's end, a row that no line feed
   * closes or whose quotes never close (the view valid only during the call).
   */
  record(record: { kind: 'csv'; row: CsvRow } | { kind: 'unclosed'; text: string }): void;
  /**
   * A buffer of its own for the next block (one handed back by whoever took an earlier one).
   * Absent: a fresh one each block.
   *
   * @param size - The block's bytes.
   * @returns A buffer of at least `size` bytes, from byte 0 of its `ArrayBuffer`.
   */
  buffer?(size: number): Buffer;
  /**
   * When given, the cut reads no further than the header row: told where the rows start in the
   * bytes it was given (0 is their first byte), the sink has the rest read from the file itself
   * (the blocks given by where they lie); what the last block leaves open is then its
   * {@link CutSink.end}, read by the cut as the file's end.
   *
   * @param offset - The first row's first byte, in the bytes the cut was given.
   */
  rest?(offset: number): Promise<void>;
}

/** The rows of one piece: one bytes, used once. */
async function* one(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}

/**
 * The reading thread's part of the engine's row cut (`--workers` of a job whose rows may go to any
 * state): a CSV file's header row found and read, as `csvScan` reads a first row; then the bytes
 * after it handed over in blocks of `size`, unread — the workers cut them into rows, the quote
 * state at a block's start being the bytes the block before left open (`blockRows`); and the file's
 * end, what the last block left, read here by the scan itself. Scanning the blocks' rows one after
 * another reads what scanning the file reads: whatever the pieces' and blocks' bounds, the same
 * header, rows and rows whose quotes never close, in the same order.
 *
 * @param pieces - The file's bytes, in pieces (its byte-order mark already dropped).
 * @param sink - What takes the header, the blocks and the records.
 * @param size - The bytes a block gathers before it is handed over (a megabyte unless given).
 */
export async function cutRows(
  pieces: AsyncIterable<Buffer>,
  sink: CutSink,
  size: number = BLOCK,
): Promise<void> {
  let header = false;
  let bytes: Buffer = Buffer.alloc(0);
  let block: Buffer | undefined;
  let used = 0;
  /** The bytes of a piece copied into blocks, each handed over once full. */
  const put = async (piece: Buffer): Promise<void> => {
    let at = 0;
    while (at < piece.length) {
      block ??= sink.buffer?.(size).subarray(0, size) ?? Buffer.allocUnsafeSlow(size);
      const n = Math.min(size - used, piece.length - at);
      piece.copy(block, used, at, at + n);
      used += n;
      at += n;
      if (used < size) continue;
      const full = block;
      block = undefined;
      used = 0;
      await sink.block(full);
    }
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
  /** The bytes of the pieces taken so far. */
  let taken = 0;
  for await (const piece of pieces) {
    taken += piece.length;
    if (header) {
      await put(piece);
      continue;
    }
    bytes = bytes.length === 0 ? piece : Buffer.concat([bytes, piece]);
    let row = 0;
    for (;;) {
      const end = rowEnd(bytes, row);
      if (end >= 0) {
        const empty = emptyLine(bytes, row, end);
        if (!empty) await headerOf(row, end);
        row = end;
        if (empty) continue;
        break;
      }
      // quotes open for too long: the row is cut at its first line break, the rest read again
      const cut = end === OPEN && bytes.length - row > LONGEST_ROW ? bytes.indexOf(LF, row) : -1;
      if (cut === -1) break;
      sink.record({ kind: 'unclosed', text: firstLine(bytes, row) });
      row = cut + 1;
    }
    bytes = bytes.subarray(row);
    if (!header) continue;
    if (sink.rest !== undefined) {
      // the rows read from the file by whoever takes them: none of them read here
      await sink.rest(taken - bytes.length);
      bytes = await sink.end();
      break;
    }
    const rest = bytes;
    bytes = Buffer.alloc(0);
    await put(rest);
  }
  if (header && sink.rest === undefined) {
    if (block !== undefined && used > 0) {
      const last = block.subarray(0, used);
      block = undefined;
      await sink.block(last);
    }
    bytes = await sink.end();
  }
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

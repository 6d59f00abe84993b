import { cellText } from './cellText.ts';
import type { CsvRow } from './csvScan.ts';

/** The longest cell remembered, in bytes: a longer one is decoded each time. */
const WIDTH = 256;

/** One column's text read last, and a copy of its bytes (the row's bytes are valid one call). */
interface Column {
  readonly bytes: Uint8Array;
  /** The same bytes, read four at a time. */
  readonly words: DataView;
  /** How many of `bytes` are the text's; -1 before a text is remembered. */
  length: number;
  /** Whether its bytes had doubled quotes to undo (its kind was 2; a quoted cell without them is not). */
  doubled: boolean;
  text: string;
}

/** What reads a scanned row's cells, a text its column had on the row before not decoded again. */
export interface CellTexts {
  /**
   * A cell's text, exactly as {@link CsvRow.cell} gives it: a cell of at most 256 bytes whose
   * bytes (and doubled quotes or none) are those its column had when last read is that cell's
   * string again.
   *
   * @param row - A row scanned with every cell (no `only`): valid during the call.
   * @param i - The cell's place, from 0.
   * @returns The text, `undefined` past the row's end.
   */
  cell(row: CsvRow, i: number): string | undefined;
  /**
   * The cells a row's reader reads, each as {@link CellTexts.cell} gives it (`''` for none), from
   * the scan's own record of the row (its `cellsInto`): one call a row, no call a cell.
   *
   * @param bytes - The bytes the cells lie in.
   * @param starts - Where each cell's bytes start.
   * @param ends - Where they end.
   * @param kinds - 2 for a quoted cell with doubled quotes to undo.
   * @param from - Where the row's cell 0 is among them.
   * @param cells - How many cells the row has.
   * @param reads - Whether a cell is read, by place.
   * @param into - Where each cell read goes, by place (the others left as they are).
   */
  into(
    bytes: Buffer,
    starts: Int32Array,
    ends: Int32Array,
    kinds: Uint8Array,
    from: number,
    cells: number,
    reads: readonly boolean[],
    into: (string | undefined)[],
  ): void;
}

/**
 * The texts of a file's cells, each column's last one remembered by its bytes (USG-7): a usage
 * file writes an Azure subscription's lines one after another, so most of a row's cells
 * (customer, subscription, product, meter, currency, price, rate) are the row before's. A cell's
 * bytes are compared with the copy its column kept — from the end, where ids and amounts differ
 * — and decoded only when they differ; decoding was a fifth of a usage file's reading. Every
 * answer is the cell's own text: a cell whose quotes are doubled (a JSON of tags, a name with a
 * quote) is remembered with that, its bytes the same but its quotes not is decoded again, and a
 * cell longer than 256 bytes is decoded each time. The same text read again is the same string,
 * so the maps keyed by it hash it once.
 *
 * @returns The texts, none remembered yet.
 */
export function cellTexts(): CellTexts {
  const columns: (Column | undefined)[] = [];
  /** The chunk last read and a view of it, to read its bytes four at a time. */
  let chunk: Buffer | undefined;
  let chunkWords: DataView = new DataView(new ArrayBuffer(0));
  /**
   * Whether `length` bytes of the chunk from `start` are the column's: compared four at a time
   * from the end, where ids and amounts differ (a byte at a time was a third of this reader's time),
   * then the one to three left at the start.
   */
  const same = (column: Column, bytes: Buffer, start: number, length: number): boolean => {
    if (bytes !== chunk) {
      chunk = bytes;
      chunkWords = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    const { words } = column;
    let k = length - 4;
    for (; k >= 0; k -= 4)
      if (words.getInt32(k, true) !== chunkWords.getInt32(start + k, true)) return false;
    const held = column.bytes;
    for (k += 3; k >= 0; k--) if (held[k] !== bytes[start + k]) return false;
    return true;
  };
  /** The text of cell `i`, `bytes[start, end)` of the scan's `kind`: its column's last when the same. */
  const text = (bytes: Buffer, start: number, end: number, kind: number, i: number): string => {
    const length = end - start;
    if (length > WIDTH || length <= 0) return cellText(bytes, start, end, kind);
    let column = columns[i];
    if (column === undefined) {
      const held = new Uint8Array(WIDTH);
      column = {
        bytes: held,
        words: new DataView(held.buffer),
        length: -1,
        doubled: false,
        text: '',
      };
      columns[i] = column;
    }
    const held = column.bytes;
    const doubled = kind === 2;
    if (
      column.length === length &&
      column.doubled === doubled &&
      same(column, bytes, start, length)
    )
      return column.text;
    const decoded = cellText(bytes, start, end, kind);
    for (let k = 0; k < length; k++) held[k] = bytes[start + k] as number;
    column.length = length;
    column.doubled = doubled;
    column.text = decoded;
    return decoded;
  };
  return {
    cell: (row, i) =>
      i >= row.length
        ? undefined
        : text(row.bytes, row.start(i), row.end(i), row.plain(i) ? 0 : 2, i),
    into(bytes, starts, ends, kinds, from, cells, reads, into) {
      for (let i = 0; i < reads.length; i++) {
        if (reads[i] !== true) continue;
        const at = from + i;
        into[i] =
          i >= cells
            ? ''
            : text(bytes, starts[at] as number, ends[at] as number, kinds[at] as number, i);
      }
    },
  };
}

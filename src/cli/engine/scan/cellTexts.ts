import type { CsvRow } from './csvScan.ts';

/** The longest cell remembered, in bytes: a longer one is decoded each time. */
const WIDTH = 64;

/** One column's text read last, and a copy of its bytes (the row's bytes are valid one call). */
interface Column {
  readonly bytes: Uint8Array;
  /** How many of `bytes` are the text's; -1 before a text is remembered. */
  length: number;
  text: string;
}

/** What reads a scanned row's cells, a text its column had on the row before not decoded again. */
export interface CellTexts {
  /**
   * A cell's text, exactly as {@link CsvRow.cell} gives it: a plain cell of at most 64 bytes
   * whose bytes are those its column had when last read is that cell's string again.
   *
   * @param row - A row scanned with every cell (no `only`): valid during the call.
   * @param i - The cell's place, from 0.
   * @returns The text, `undefined` past the row's end.
   */
  cell(row: CsvRow, i: number): string | undefined;
}

/**
 * The texts of a file's cells, each column's last one remembered by its bytes (USG-7): a usage
 * file writes an Azure subscription's lines one after another, so most of a row's cells
 * (customer, subscription, product, meter, currency, price, rate) are the row before's. A cell's
 * bytes are compared with the copy its column kept — from the end, where ids and amounts differ
 * — and decoded only when they differ; decoding was a fifth of a usage file's reading. Every
 * answer is the cell's own text: a cell with doubled quotes, or longer than 64 bytes, is decoded
 * each time. The same text read again is the same string, so the maps keyed by it hash it once.
 *
 * @returns The texts, none remembered yet.
 */
export function cellTexts(): CellTexts {
  const columns: (Column | undefined)[] = [];
  return {
    cell(row, i) {
      if (i >= row.length || !row.plain(i)) return row.cell(i);
      const start = row.start(i);
      const length = row.end(i) - start;
      if (length > WIDTH) return row.cell(i);
      if (length <= 0) return '';
      const bytes = row.bytes;
      let column = columns[i];
      if (column === undefined) {
        column = { bytes: new Uint8Array(WIDTH), length: -1, text: '' };
        columns[i] = column;
      }
      const held = column.bytes;
      if (column.length === length) {
        let k = length - 1;
        while (k >= 0 && held[k] === bytes[start + k]) k--;
        if (k < 0) return column.text;
      }
      const text = row.cell(i) as string;
      for (let k = 0; k < length; k++) held[k] = bytes[start + k] as number;
      column.length = length;
      column.text = text;
      return text;
    },
  };
}

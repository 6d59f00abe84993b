import { csvScan } from './csvScan.ts';

/** What {@link csvRecords} hands each data row to. */
export interface CsvRecordSink {
  /**
   * A data row as an object keyed by the header (a name given twice keeps its first cell; a
   * missing cell is `''`), and its number among the data rows, from 1.
   */
  record(row: Record<string, string>, count: number): void;
  /** A data row whose quotes do not close: no row of cells, an issue of its own. */
  unclosed(count: number): void;
}

/**
 * Reads a CSV file's rows as objects keyed by its first row (REC-4's header), a row at a time,
 * through the reconcile command's own scanner ({@link csvScan}): for a command that hands each row
 * to a library function keyed by column name (`tie-out`, `usage`).
 *
 * @param bytes - The file's bytes (UTF-8, its byte-order mark dropped).
 * @param sink - Where each data row goes.
 * @returns The header's names, or `undefined` for a file without any row.
 */
export async function csvRecords(
  bytes: AsyncIterable<Buffer>,
  sink: CsvRecordSink,
): Promise<string[] | undefined> {
  let header: string[] | undefined;
  let count = 0;
  await csvScan(bytes, {
    row(scanned) {
      if (header === undefined) {
        header = Array.from({ length: scanned.length }, (_, i) => scanned.cell(i) ?? '');
        return;
      }
      const row: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) {
        const name = header[i] as string;
        if (!Object.hasOwn(row, name)) row[name] = scanned.cell(i) ?? '';
      }
      sink.record(row, ++count);
    },
    unclosed() {
      sink.unclosed(++count);
    },
    piece() {},
  });
  return header;
}

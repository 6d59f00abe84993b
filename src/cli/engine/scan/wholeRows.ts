import { type CsvRow, csvScan } from './csvScan.ts';

/**
 * Scans rows the engine wrote whole — a batch handed to a worker, a spill partition read back —
 * handing each to `onRow` in the order written (its view valid only during the call, as the
 * scan's). Every row was read whole from its file before it was written, so none leaves a quote
 * open: a row that would is passed over.
 *
 * @param pieces - The rows' bytes.
 * @param onRow - Takes each row.
 */
export async function wholeRows(
  pieces: AsyncIterable<Buffer>,
  onRow: (row: CsvRow) => void,
): Promise<void> {
  await csvScan(pieces, { row: onRow, unclosed() {}, piece() {} });
}

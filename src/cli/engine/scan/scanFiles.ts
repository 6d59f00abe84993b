import type { EngineRecord, RecordPlace } from '../EngineJob.ts';
import { csvScan } from './csvScan.ts';
import { fileText } from './fileText.ts';

/** What the scan hands each file's header and records to, in the files' order. */
export interface ScanSink {
  /**
   * A file's header row: its cells as written (none for an empty file, said once it is read).
   *
   * @param file - The file's index among the run's files.
   * @param names - The header's cells.
   */
  header(file: number, names: readonly string[]): void;
  /**
   * One record after the header: a row, or a row whose quotes never close.
   *
   * @param file - Its file's index.
   * @param record - The record (a row's view is valid only during the call).
   * @param place - Where it is.
   * @returns Nothing, or a promise the scan waits for (a worker's queue is full).
   */
  record(file: number, record: EngineRecord, place: RecordPlace): void | Promise<void>;
}

/**
 * The engine's scan (REC-3, INV-3): each file in the order given, its bytes streamed (gzip told
 * by its first bytes), its CSV rows scanned, its first row handed over as its header and every
 * other as a record numbered in its file and across the files — never a file whole in memory.
 *
 * @param files - The files, as the flag gave them.
 * @param flag - The flag naming them, for errors (`--file`).
 * @param sink - What takes the headers and records.
 * @returns How many records each file had (its header not counted).
 * @throws {UsageError} For a file that cannot be read or gzip that does not inflate.
 */
export async function scanFiles(
  files: readonly string[],
  flag: string,
  sink: ScanSink,
): Promise<number[]> {
  const counts: number[] = [];
  let at = 0;
  for (const [index, file] of files.entries()) {
    let header = false;
    let row = 0;
    // the scan hands rows over synchronously: a record that waits holds the next piece back
    let wait: Promise<void> | undefined;
    const take = (record: EngineRecord): void => {
      const waited = sink.record(index, record, { file, row: ++row, at: ++at });
      if (waited !== undefined) wait = wait === undefined ? waited : wait.then(() => waited);
    };
    const bytes = fileText(file, flag).bytes;
    async function* paced(): AsyncGenerator<Buffer> {
      for await (const piece of bytes) {
        yield piece;
        if (wait !== undefined) await wait;
        wait = undefined;
      }
    }
    await csvScan(paced(), {
      row(scanned) {
        if (header) return take({ kind: 'csv', row: scanned });
        header = true;
        sink.header(
          index,
          Array.from({ length: scanned.length }, (_, i) => scanned.cell(i) ?? ''),
        );
      },
      unclosed: (text) => take({ kind: 'unclosed', text }),
      piece() {},
    });
    if (wait !== undefined) await wait;
    if (!header) sink.header(index, []);
    counts.push(row);
  }
  return counts;
}

import type { EngineRecord, RecordPlace } from '../EngineJob.ts';
import { csvScan } from './csvScan.ts';
import { formOf } from './fileForm.ts';
import { type FileText, fileText } from './fileText.ts';
import { jsonItemTexts } from './jsonItemTexts.ts';

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
  /**
   * The one cell of a CSV row after the header the sink reads, by its place (`only` of the byte
   * scanner: the cells before it passed over), read before each row; `undefined`: every cell.
   */
  readonly only?: number | undefined;
  /**
   * A piece of a file's bytes scanned (the rows' views of it end here): for a progress bar, or
   * to copy what the rows pointed at.
   *
   * @param file - The file's index.
   * @param bytesRead - Its bytes read so far (compressed bytes for gzip).
   * @param records - Its records so far.
   * @returns Nothing, or a promise the scan waits for before the next piece.
   */
  piece?(file: number, bytesRead: number, records: number): void | Promise<void>;
}

/**
 * The engine's scan (REC-3, INV-3): each file in the order given, its bytes streamed (gzip told
 * by its first bytes), its CSV rows scanned, its first row handed over as its header and every
 * other as a record numbered in its file and across the files — never a file whole in memory.
 *
 * @param files - The files, as the flag gave them.
 * @param flag - The flag naming them, for errors (`--file`).
 * @param sink - What takes the headers and records.
 * @param jsonLines - Whether a file whose first byte that is not blank is `{` is read as JSON
 *   lines (a job's `jsonLines`): it has no header (`header` gets no names)
 *   and each line is a record of its text.
 * @param open - How a file's bytes are opened (a command that opened its file already, to tell
 *   gzip before the read, hands that reading over); {@link fileText} unless given, into pieces
 *   used again (the scan copies what it keeps of a piece before the piece after the next).
 * @returns How many records each file had (its header not counted).
 * @throws {UsageError} For a file that cannot be read or gzip that does not inflate.
 */
export async function scanFiles(
  files: readonly string[],
  flag: string,
  sink: ScanSink,
  jsonLines = false,
  open: (path: string, flag: string) => FileText = (path, flag) => fileText(path, flag, true),
): Promise<number[]> {
  const counts: number[] = [];
  let at = 0;
  for (const [index, file] of files.entries()) {
    let header = false;
    let row = 0;
    // the scan hands rows over synchronously: a record that waits holds the next piece back
    let wait: Promise<void> | undefined;
    const later = (waited: void | Promise<void>): void => {
      if (waited === undefined) return;
      wait = wait === undefined ? waited : wait.then(() => waited);
      // a wait whose worker failed may be left behind when the sink's next call throws that
      // failure first: marked as handled, so it never ends the process (the awaits still reject)
      waited.catch(() => undefined);
      wait.catch(() => undefined);
    };
    const take = (record: EngineRecord): void =>
      later(sink.record(index, record, { file, row: ++row, at: ++at }));
    const text = open(file, flag);
    const read = text.bytes;
    const form = jsonLines ? await formOf(read) : { json: false, bytes: read };
    const bytes = form.bytes;
    async function* paced(): AsyncGenerator<Buffer> {
      for await (const piece of bytes) {
        yield piece;
        if (wait !== undefined) await wait;
        wait = undefined;
      }
    }
    if (form.json) {
      sink.header(index, []);
      for await (const batch of jsonItemTexts(paced(), `${flag} ${file}`)) {
        for (const item of batch.texts) take({ kind: 'json', text: item.toString('utf8') });
        later(sink.piece?.(index, text.bytesRead(), row));
      }
      if (wait !== undefined) await wait;
      counts.push(row);
      continue;
    }
    await csvScan(paced(), {
      get only() {
        return header ? sink.only : undefined;
      },
      row(scanned) {
        if (header) return take({ kind: 'csv', row: scanned });
        header = true;
        sink.header(
          index,
          Array.from({ length: scanned.length }, (_, i) => scanned.cell(i) ?? ''),
        );
      },
      unclosed: (first) => take({ kind: 'unclosed', text: first }),
      piece: () => later(sink.piece?.(index, text.bytesRead(), row)),
    });
    if (wait !== undefined) await wait;
    if (!header) sink.header(index, []);
    counts.push(row);
  }
  return counts;
}

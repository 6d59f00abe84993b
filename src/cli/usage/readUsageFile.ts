import { readUsageLine, type UsageReadResult } from '../../usage/index.ts';
import { csvRecords } from '../reconcile/csvRecords.ts';
import { fileText } from '../reconcile/fileText.ts';
import { jsonItemTexts } from '../reconcile/jsonItemTexts.ts';

/** `{`: a file whose first character (after blanks) is one is the export's JSON lines. */
const OPEN_BRACE = 0x7b;

/** The file's bytes, and whether they are JSON lines: told by the first byte that is not blank. */
async function formOf(
  bytes: AsyncIterable<Buffer>,
): Promise<{ json: boolean; bytes: AsyncIterable<Buffer> }> {
  const iterator = bytes[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let json = false;
  for (;;) {
    const next = await iterator.next();
    if (next.done === true) break;
    seen.push(next.value);
    const first = next.value.findIndex((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d);
    if (first === -1) continue;
    json = next.value[first] === OPEN_BRACE;
    break;
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield* seen;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield next.value;
    }
  }
  return { json, bytes: all() };
}

/**
 * Reads one file of the daily rated usage (USG-1, USG-7) a line at a time, through the reconcile
 * command's own reading: its bytes (gzip told by its first bytes, never its name), then the CSV
 * portal export by its header (REC-4's matching), or the Graph export's JSON lines, each line's
 * **text** handed to `readUsageLine` so its numbers are read from their digits. Nothing of the file
 * is kept: each line goes to `observe` as it is read.
 *
 * Rows are numbered on from `before`, every line of the file counted (a CSV header too), so a
 * single CSV file's rows are its sheet rows and the blobs of a folder, read in name order, number
 * their lines as one file would.
 *
 * @param path - The file.
 * @param before - The rows numbered before it (0 for the first file).
 * @param observe - Where each read line (or its issues) goes.
 * @returns How many rows it numbered: 0 for an empty file (a blob of an export may hold none).
 * @throws UsageError naming `--file` and the path for a file that cannot be read.
 */
export async function readUsageFile(
  path: string,
  before: number,
  observe: (read: UsageReadResult) => void,
): Promise<number> {
  const flag = `--file ${path}`;
  const { json, bytes } = await formOf(fileText(path, '--file').bytes);
  let rows = 0;
  if (json) {
    for await (const batch of jsonItemTexts(bytes, flag))
      for (const text of batch.texts)
        observe(readUsageLine(text.toString('utf8'), before + ++rows));
  } else {
    const header = await csvRecords(bytes, {
      record(row, n) {
        rows = n + 1;
        observe(readUsageLine(row, before + rows));
      },
      unclosed(n) {
        rows = n + 1;
        // a row whose quotes do not close is no row of cells: readUsageLine says so for its row
        observe(readUsageLine(null, before + rows));
      },
    });
    if (header !== undefined) rows = Math.max(rows, 1);
  }
  return rows;
}

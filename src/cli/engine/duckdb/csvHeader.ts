import { csvScan } from '../scan/csvScan.ts';
import { fileText } from '../scan/fileText.ts';

/** A CSV file's header as the engine's scan reads it, and what DuckDB's reader needs of it. */
export interface CsvHeader {
  /** The header row's cells, as written (none for an empty file). */
  readonly names: readonly string[];
  /** Whether the file is gzip (told by its first bytes). */
  readonly gzip: boolean;
  /**
   * Whether the header is the file's first line: DuckDB takes the first line for the header,
   * where the scan skips empty lines before it (and would read the header as a data row).
   */
  readonly firstLine: boolean;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Reads a CSV file's header row exactly as the file engine's scan does (`csvScan`: its byte-order
 * mark dropped, empty lines skipped, a line break `\n` with or without `\r`), reading no more of
 * the file than the header (INV-3, `--engine duckdb`): DuckDB is then given one column per cell
 * of it, so a row its reader splits otherwise than the scan has more or fewer cells and is
 * refused, leaving the file to the default engine.
 *
 * @param path - The file.
 * @param flag - The flag that named it, for errors (`--file`).
 * @returns The header, whether the file is gzip, and whether the header is its first line.
 * @throws UsageError naming `flag` for a file that cannot be read, the default engine's error.
 * @example
 * ```ts
 * (await csvHeader('recon.csv', '--file')).names;
 * //=> ['InvoiceNumber', 'Currency', 'Subtotal', 'TaxTotal', 'Total']
 * ```
 */
export async function csvHeader(path: string, flag: string): Promise<CsvHeader> {
  const text = fileText(path, flag);
  let names: string[] | undefined;
  let first: number | undefined;
  const iterator = text.bytes[Symbol.asyncIterator]();
  async function* untilHeader(): AsyncGenerator<Buffer> {
    while (names === undefined) {
      const next = await iterator.next();
      if (next.done === true) return;
      first ??= next.value.length > 0 ? next.value[0] : undefined;
      yield next.value;
    }
  }
  try {
    await csvScan(untilHeader(), {
      row(row) {
        names ??= Array.from({ length: row.length }, (_, i) => row.cell(i) ?? '');
      },
      unclosed() {},
      piece() {},
    });
  } finally {
    await iterator.return?.();
  }
  return { names: names ?? [], gzip: text.gzip, firstLine: first !== LF && first !== CR };
}

import { csvScan } from '../scan/csvScan.ts';
import { fileText } from '../scan/fileText.ts';
import { startsJsonLines } from '../scan/startsJsonLines.ts';

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
  /**
   * Whether the file holds JSON lines, as the scan tells them ({@link startsJsonLines}), for a
   * command that reads them (`jsonLines`): it has no header then (`names` is empty).
   */
  readonly jsonLines: boolean;
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
 * @param jsonLines - Whether the command reads JSON lines (a job's `jsonLines`, as the scan's):
 *   a file whose first byte that is not blank is `{` is then told so, its header not read.
 * @returns The header, whether the file is gzip, whether the header is its first line, and
 *   whether the file holds JSON lines.
 * @throws UsageError naming `flag` for a file that cannot be read, the default engine's error.
 * @example
 * ```ts
 * (await csvHeader('recon.csv', '--file')).names;
 * //=> ['InvoiceNumber', 'Currency', 'Subtotal', 'TaxTotal', 'Total']
 * ```
 */
export async function csvHeader(path: string, flag: string, jsonLines = false): Promise<CsvHeader> {
  const text = fileText(path, flag);
  let names: string[] | undefined;
  let first: number | undefined;
  let json: boolean | undefined;
  const iterator = text.bytes[Symbol.asyncIterator]();
  async function* untilHeader(): AsyncGenerator<Buffer> {
    while (names === undefined) {
      const next = await iterator.next();
      if (next.done === true) return;
      first ??= next.value.length > 0 ? next.value[0] : undefined;
      if (jsonLines) json ??= startsJsonLines(next.value);
      if (json === true) return;
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
  return {
    names: names ?? [],
    gzip: text.gzip,
    firstLine: first !== LF && first !== CR,
    jsonLines: json === true,
  };
}

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../UsageError.ts';

/** The files a folder of invoice reconciliation files holds: CSV, gzipped or not. */
const INVOICE_FILE = /\.(csv|csv\.gz)$/i;

/**
 * The invoice reconciliation files `usage --invoice-file` names (USG-4, USG-7; USG Details
 * 2026-11-28): Partner Center writes one file per invoice, so the flag is given once per file,
 * or names a folder of them — every `*.csv` and `*.csv.gz` in it, in name order (another file in
 * the folder is not read). The files are read one after the other as one list of rows, so the
 * rows a match names are numbered on over them, as in one merged file of the same rows.
 *
 * @param paths - The values of `--invoice-file`, in the order given.
 * @returns The files, each folder's in name order.
 * @throws UsageError naming `--invoice-file` for a path that cannot be read, or a folder of no
 *   CSV file.
 */
export function invoiceFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let folder: boolean;
    try {
      folder = statSync(path).isDirectory();
    } catch (error) {
      throw new UsageError(
        `--invoice-file: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    if (!folder) return [path];
    const files = readdirSync(path)
      .filter((name) => INVOICE_FILE.test(name))
      .sort();
    if (files.length === 0)
      throw new UsageError(`--invoice-file: the folder ${path} holds no .csv or .csv.gz file`);
    return files.map((name) => join(path, name));
  });
}

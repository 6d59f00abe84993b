import type { UsageError } from '../../UsageError.ts';
import { fileText } from '../scan/fileText.ts';

/**
 * Whether a gzip file inflates to its end (REC-3): DuckDB's reader takes a gzip cut short (inside
 * a line, at the end of one, or only its trailer missing) as the lines before the cut, so its
 * engine reads the file once more through node's own inflater, beside DuckDB's reading, and
 * refuses it as the default engine does.
 *
 * @param path - The file (`--file`), gzip.
 * @param flag - The flag that named it, for the error.
 * @returns Once the whole file is inflated: `undefined`, or the UsageError the default engine
 *   gives for the same file (never a rejection, so an error is never left unhandled while DuckDB
 *   reads).
 */
export async function gzipFault(path: string, flag: string): Promise<UsageError | undefined> {
  try {
    for await (const _ of fileText(path, flag).bytes);
    return undefined;
  } catch (error) {
    return error as UsageError;
  }
}

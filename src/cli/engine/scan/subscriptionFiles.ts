import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../UsageError.ts';
import { fileText } from './fileText.ts';
import { jsonItems } from './jsonItems.ts';

/** The files a folder of resources holds: JSON, JSON lines, or either gzipped. */
const RESOURCE_FILE = /\.(json|jsonl|ndjson)(\.gz)?$/i;

/**
 * The files `--subscriptions` names (REC-3), each flag's in the order given: a file as it is, a
 * folder as its resource files (`.json`, `.jsonl`, `.ndjson`, gzipped or not) in name order. Each
 * is checked now, so a bad one is said before the long read of the reconciliation file.
 *
 * @param paths - The values of every `--subscriptions` (or of `flag`).
 * @param flag - The flag that named them, for errors (`--invoices` for the tie-out's).
 * @returns The files.
 * @throws UsageError naming `--subscriptions` and the path that cannot be read, or a folder
 *   without resource files.
 */
export function subscriptionFiles(paths: readonly string[], flag = '--subscriptions'): string[] {
  return paths.flatMap((path) => {
    let folder: boolean;
    try {
      folder = statSync(path).isDirectory();
      if (!folder) accessSync(path, constants.R_OK);
    } catch (error) {
      throw new UsageError(
        `${flag}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    if (!folder) return [path];
    const files = readdirSync(path)
      .filter((name) => RESOURCE_FILE.test(name))
      .sort()
      .map((name) => join(path, name));
    if (files.length === 0)
      throw new UsageError(`${flag}: the folder ${path} holds no .json, .jsonl or .ndjson file`);
    return files;
  });
}

/**
 * Every item of the resource files, one file after the other, each read as it streams
 * ({@link jsonItems}: an array, `{ value }`, `{ items }`, JSON lines).
 *
 * @param files - The files ({@link subscriptionFiles}).
 * @returns The items, in batches.
 */
export async function* resourcesOf(files: readonly string[]): AsyncGenerator<unknown[]> {
  for (const file of files) {
    const flag = files.length === 1 ? '--subscriptions' : `--subscriptions ${file}`;
    yield* jsonItems(fileText(file, flag).bytes, flag);
  }
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, sep } from 'node:path';
import { UsageError } from './UsageError.ts';

/** The files a folder of an export holds: JSON lines gzipped, or CSV gzipped or not. */
const EXPORT_FILE = /\.(json\.gz|jsonl\.gz|csv|csv\.gz)$/i;

/** The name of the export's manifest in a folder of its blobs (Graph's billing export). */
const MANIFEST = 'manifest.json';

/**
 * A blob's path relative to the folder, as the manifest names it: a name or path, or `{ name }`
 * (a SAS address's query and fragment left out, `\` read as `/`); `undefined` for one that is
 * not a path inside the folder (empty, absolute, or climbing out of it with `..`).
 */
function relativePath(blob: unknown): string | undefined {
  const name =
    typeof blob === 'string'
      ? blob
      : typeof blob === 'object' && blob !== null && 'name' in blob
        ? (blob as { name: unknown }).name
        : undefined;
  if (typeof name !== 'string') return undefined;
  const path = (name.split(/[?#]/)[0] as string).replace(/\\/g, '/');
  if (path === '' || path.endsWith('/') || isAbsolute(path)) return undefined;
  const inside = normalize(path);
  if (inside === '..' || inside.startsWith(`..${sep}`)) return undefined;
  return inside.split(sep).join('/');
}

/** Whether a path is a file one can stat (a folder or nothing is not). */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The files of an export's flag, and what its manifest says of them. */
export interface ExportFiles extends Array<string> {
  /**
   * The manifest's `attributeSet` (`full`, `basic`), when it has one: `basic` leaves columns out,
   * and a command names each check it then could not run.
   */
  attributeSet?: string;
}

/**
 * The files an export's flag names (USG-7, REC-3, INV-3): a file as it is; a folder as every
 * `*.json.gz`, `*.jsonl.gz`, `*.csv` and `*.csv.gz` in it, in name order — or, when it holds a
 * `manifest.json` (the Graph billing export's: the daily usage, the billed and unbilled
 * reconciliation), the blobs its `blobs` names. A blob is named by its whole path relative to the
 * folder (`exports/2026-11/part-000.json.gz` is that file under the folder, never another
 * `part-000.json.gz`), so two blobs of one name in two partitions are two blobs; every blob
 * named must be in the folder, and their number must be `blobCount` — a named blob missing stops
 * the run even when the folder holds as many blobs as `blobCount` says. The order is the paths',
 * never the folder's listing or the manifest's, so the same blobs read the same whatever order
 * they come in. Where the manifest names a blob twice it is read once (a decision: a blob is one
 * file, whatever the list says).
 *
 * @param path - The value of `--file` (`usage`, `reconcile`, `tie-out`) or `--usage` (`tie-out`).
 * @param flag - The flag that named it, for errors (default `--file`).
 * @returns The files, in name order, with the manifest's `attributeSet` when it says one.
 * @throws UsageError naming the flag for a path that cannot be read, a folder without export
 *   files, a manifest that is not JSON, a blob it names that is no path inside the folder or is
 *   not there, or a `blobCount` that is not the number of its blobs (one line naming both counts).
 */
export function exportBlobs(path: string, flag: '--file' | '--usage' = '--file'): ExportFiles {
  let folder: boolean;
  try {
    folder = statSync(path).isDirectory();
  } catch (error) {
    throw new UsageError(
      `${flag}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  if (!folder) return [path];
  const present = readdirSync(path).sort();
  if (!present.includes(MANIFEST)) {
    const files = present.filter((name) => EXPORT_FILE.test(name));
    if (files.length === 0)
      throw new UsageError(
        `${flag}: the folder ${path} holds no .json.gz, .jsonl.gz, .csv or .csv.gz file`,
      );
    return files.map((name) => join(path, name));
  }
  const where = join(path, MANIFEST);
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(where, 'utf8'));
  } catch {
    throw new UsageError(`${flag}: ${where} is not JSON: expected the export's manifest`);
  }
  const { blobCount, blobs, attributeSet } = (manifest ?? {}) as {
    blobCount?: unknown;
    blobs?: unknown;
    attributeSet?: unknown;
  };
  if (!Array.isArray(blobs))
    throw new UsageError(`${flag}: ${where}: blobs: expected a list of the export's blobs`);
  const paths: string[] = [];
  for (const [i, blob] of blobs.entries()) {
    const relative = relativePath(blob);
    if (relative === undefined)
      throw new UsageError(
        `${flag}: ${where}: blobs.${i}: expected a blob's path inside the folder, got ${JSON.stringify(blob)}`,
      );
    paths.push(relative);
  }
  if (typeof blobCount !== 'number' || !Number.isSafeInteger(blobCount) || blobCount < 0)
    throw new UsageError(`${flag}: ${where}: blobCount: expected a whole number`);
  const named = [...new Set(paths)].sort();
  const missing = named.filter((name) => !isFile(join(path, name)));
  if (missing.length > 0)
    throw new UsageError(
      `${flag}: ${where} names ${missing.length === 1 ? 'a blob' : `${missing.length} blobs`} the folder does not hold (${missing.join(', ')}): the export is incomplete or not this folder's`,
    );
  if (named.length !== blobCount)
    throw new UsageError(
      `${flag}: ${where} says blobCount ${blobCount}, but the folder holds ${named.length} of the blobs it names: the export is incomplete or not this folder's`,
    );
  const files: ExportFiles = named.map((name) => join(path, name));
  if (typeof attributeSet === 'string') files.attributeSet = attributeSet;
  return files;
}

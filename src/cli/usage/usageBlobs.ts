import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from '../UsageError.ts';

/** The files a folder of the usage export holds: JSON lines gzipped, or CSV gzipped or not. */
const USAGE_FILE = /\.(json\.gz|jsonl\.gz|csv|csv\.gz)$/i;

/** The name of the export's manifest in a folder of its blobs (Graph's billing export). */
const MANIFEST = 'manifest.json';

/** The names a manifest's `blobs` gives: each a name or path, or `{ name }`, its last segment. */
function blobNames(blobs: unknown): string[] | undefined {
  if (!Array.isArray(blobs)) return undefined;
  const names: string[] = [];
  for (const blob of blobs) {
    const name =
      typeof blob === 'string'
        ? blob
        : typeof blob === 'object' && blob !== null && 'name' in blob
          ? (blob as { name: unknown }).name
          : undefined;
    if (typeof name !== 'string' || name === '') return undefined;
    names.push(basename(name.split(/[?#]/)[0] as string));
  }
  return names;
}

/**
 * The files `usage --file` names (USG-7): a file as it is; a folder as every `*.json.gz`,
 * `*.jsonl.gz`, `*.csv` and `*.csv.gz` in it, in name order — or, when it holds a `manifest.json`
 * (the Graph export's), the blobs its `blobs` names, whose number must be its `blobCount` and each
 * of which must be in the folder. The order is the names', never the folder's listing or the
 * manifest's, so the same blobs read the same whatever order they come in.
 *
 * @param path - The value of `--file` (`usage`) or `--usage` (`tie-out`).
 * @param flag - The flag that named it, for errors (default `--file`).
 * @returns The files, in name order.
 * @throws UsageError naming the flag for a path that cannot be read, a folder without usage
 *   files, or a manifest that is not JSON or whose `blobCount` is not the number of its blobs
 *   found (one line naming both counts).
 */
export function usageBlobs(path: string, flag: '--file' | '--usage' = '--file'): string[] {
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
    const files = present.filter((name) => USAGE_FILE.test(name));
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
  const { blobCount, blobs } = (manifest ?? {}) as { blobCount?: unknown; blobs?: unknown };
  const names = blobNames(blobs);
  if (names === undefined)
    throw new UsageError(`${flag}: ${where}: blobs: expected a list of the export's blobs`);
  if (typeof blobCount !== 'number' || !Number.isSafeInteger(blobCount) || blobCount < 0)
    throw new UsageError(`${flag}: ${where}: blobCount: expected a whole number`);
  const found = [...new Set(names)].filter((name) => present.includes(name)).sort();
  if (found.length !== blobCount)
    throw new UsageError(
      `${flag}: ${where} says blobCount ${blobCount}, but the folder holds ${found.length} of the blobs it names: the export is incomplete or not this folder's`,
    );
  return found.map((name) => join(path, name));
}

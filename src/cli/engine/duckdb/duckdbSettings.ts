import { join } from 'node:path';

/** The least memory DuckDB is given, whatever `--memory` says: it cannot sort in less. */
const LEAST_DUCKDB_MEMORY = 128 * 1024 ** 2;

/** DuckDB's buffers are this part of `--memory` (a quarter). */
const DUCKDB_SHARE = 4;

/** The settings a DuckDB instance of the engine is made with. */
export interface DuckdbSettings {
  /** Its buffer manager's limit (`memory_limit`), as DuckDB reads it (`128MiB`). */
  readonly memory_limit: string;
  /** Its threads. */
  readonly threads: string;
  /** Where it writes what passes its limit: the run's own folder. */
  readonly temp_directory: string;
  [setting: string]: string;
}

/**
 * DuckDB's settings for a run within `--memory` (REC-3, `--engine duckdb`): a quarter of the
 * budget for its buffers (at least 128 MiB: it cannot sort in less), so that DuckDB, the groups
 * the process holds and Node.js itself stay within it together; `--workers` threads (each thread
 * holds buffers of its own: DuckDB's default, every core, took the process past the budget); and
 * its spill in the run's own folder, never the temporary folder's root. The grouping SQL gives the
 * same answer whatever these are: past its buffers DuckDB works out of core, or stops with an
 * error naming `--memory`, never with other groups.
 *
 * @param dir - The run's own folder.
 * @param memory - `--memory` in bytes, when given; without it DuckDB's buffers are 128 MiB.
 * @param threads - `--workers`.
 * @returns The settings.
 * @example
 * ```ts
 * duckdbSettings('/tmp/run', 512 * 1024 ** 2, 2).memory_limit;
 * //=> '128MiB'
 * ```
 */
export function duckdbSettings(
  dir: string,
  memory: number | undefined,
  threads: number,
): DuckdbSettings {
  const bytes = Math.max(Math.floor((memory ?? 0) / DUCKDB_SHARE), LEAST_DUCKDB_MEMORY);
  return {
    memory_limit: `${Math.floor(bytes / 1024 ** 2)}MiB`,
    threads: String(Math.max(1, threads)),
    temp_directory: join(dir, 'spill'),
  };
}

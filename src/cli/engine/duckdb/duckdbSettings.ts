import { join } from 'node:path';

/** The least memory DuckDB is given, whatever `--memory` says: it cannot sort in less. */
const LEAST_DUCKDB_MEMORY = 128 * 1024 ** 2;

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
 * DuckDB's settings for a run within `--memory` (REC-3, `--engine duckdb`): the budget for its
 * buffers (at least 128 MiB: it cannot sort in less), `--workers` threads (each thread holds
 * buffers of its own: DuckDB's default, every core, took the process past the budget), and its
 * spill in the run's own folder, never the temporary folder's root. (Decided: not less than the
 * budget — at a quarter of 512M the grouping SQL gave other groups on a 1,000,000-line file once
 * DuckDB worked out of core, so its buffers stay where its answers were measured right.)
 *
 * @param dir - The run's own folder.
 * @param memory - `--memory`, when given; without it DuckDB's buffers are 128 MiB.
 * @param threads - `--workers`.
 * @returns The settings.
 */
export function duckdbSettings(
  dir: string,
  memory: number | undefined,
  threads: number,
): DuckdbSettings {
  const bytes = Math.max(memory ?? 0, LEAST_DUCKDB_MEMORY);
  return {
    memory_limit: `${Math.floor(bytes / 1024 ** 2)}MiB`,
    threads: String(Math.max(1, threads)),
    temp_directory: join(dir, 'spill'),
  };
}

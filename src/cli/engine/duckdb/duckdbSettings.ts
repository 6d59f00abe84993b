import { join } from 'node:path';
import type { DuckdbMemory } from './duckdbMemory.ts';

/** The freed memory DuckDB's allocator may keep: past it, handed back to the system. */
const KEPT_FREED_MEMORY = '16MiB';

/** The settings a DuckDB instance of the engine is made with. */
export interface DuckdbSettings {
  /** Its buffer manager's limit (`memory_limit`), as DuckDB reads it (`128MiB`). */
  readonly memory_limit: string;
  /** Its threads. */
  readonly threads: string;
  /** Where it writes what passes its limit: the run's own folder. */
  readonly temp_directory: string;
  /** How it stores its tables: `uncompressed` (see {@link duckdbSettings}). */
  readonly force_compression: string;
  /** Freed memory its allocator keeps before handing it back to the system (`16MiB`). */
  readonly allocator_flush_threshold: string;
  /** The same after a bulk free, as when a query's buffers go (`16MiB`). */
  readonly allocator_bulk_deallocation_flush_threshold: string;
  /** Whether its allocator hands memory back on threads of its own (`true`). */
  readonly allocator_background_threads: string;
  [setting: string]: string;
}

/**
 * DuckDB's settings for a run within `--memory` (REC-3, USG-7, `--engine duckdb`): its buffers and
 * threads as {@link duckdbMemory} derives them from the budget and what the process holds (so
 * that DuckDB, the groups the process holds and Node.js itself stay within it together; each
 * thread holds buffers of its own: DuckDB's default, every core, took the process past the
 * budget), and its spill in the run's own folder, never the temporary folder's root. Its tables
 * are stored uncompressed: compressing a column of long texts (a usage line's JSON) at each
 * checkpoint held them outside the buffers, and the process grew blob by blob (a 100,000-line
 * blob: 494 MiB once its lines were in, 242 MiB uncompressed); the run's database is thrown away
 * at its end, so only its size on disk grows.
 * Its allocator hands back what it frees past 16 MiB rather than its default
 * 128 MiB (kept freed memory counts in the process's resident set). The grouping SQL gives the
 * same answer whatever these are: past its buffers DuckDB works out of core, or stops with an
 * error naming `--memory`, never with other groups.
 *
 * @param dir - The run's own folder.
 * @param memory - DuckDB's buffers and threads ({@link duckdbMemory}).
 * @returns The settings.
 * @example
 * ```ts
 * duckdbSettings('/tmp/run', { limitMib: 256, threads: 2 }).memory_limit;
 * //=> '256MiB'
 * ```
 */
export function duckdbSettings(dir: string, memory: DuckdbMemory): DuckdbSettings {
  return {
    memory_limit: `${memory.limitMib}MiB`,
    threads: String(memory.threads),
    temp_directory: join(dir, 'spill'),
    force_compression: 'uncompressed',
    allocator_flush_threshold: KEPT_FREED_MEMORY,
    allocator_bulk_deallocation_flush_threshold: KEPT_FREED_MEMORY,
    allocator_background_threads: 'true',
  };
}

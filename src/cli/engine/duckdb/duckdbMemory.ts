const MIB = 1024 ** 2;

/** The least DuckDB's buffers are given: below it, it cannot join or sort a run's groups. */
const LEAST_BUFFERS = 64 * MIB;

/** The least left beside DuckDB's buffers: the JavaScript heap's growth and DuckDB's own outside them. */
const LEAST_MARGIN = 64 * MIB;

/** What each of DuckDB's threads is given at least: a thread holds buffers of its own. */
const THREAD_BUFFERS = 64 * MIB;

/** The budget taken when `--memory` is not given: the flag's own default, 512M. */
const DEFAULT_BUDGET = 512 * MIB;

/** DuckDB's buffers and threads within a run's `--memory`. */
export interface DuckdbMemory {
  /** DuckDB's `memory_limit`, in whole MiB. */
  readonly limitMib: number;
  /** Its threads: `--workers`, fewer when its buffers cannot give each its share. */
  readonly threads: number;
}

/**
 * DuckDB's buffers and threads for a run within `--memory` (REC-3, USG-7, INV-3 `--engine duckdb`):
 * a third of what the budget leaves beside what the process holds when DuckDB opens (`held`, its
 * resident memory: Node.js, the loaded modules, DuckDB's library), at least 64 MiB. The other two
 * thirds, at least 64 MiB, are what grows while DuckDB works and is not its buffers: the
 * JavaScript heap (the groups coming back into the library's state; `usage --engine duckdb` runs
 * with a heap of a quarter of the budget), DuckDB's allocations outside its buffer manager, and
 * what both allocators keep. Its threads are `--workers`, fewer when the buffers cannot give each
 * 64 MiB (at least one). Without `--memory` the budget is its default, 512M, and DuckDB gets at
 * least 64 MiB. The least budget it keeps is what the process holds plus 128 MiB (about 240M):
 * below it DuckDB gets its 64 MiB on one thread all the same, and the run takes more than
 * `--memory` (the default engine's spill with a budget of 1K is the same bytes, so no run is
 * refused for it).
 *
 * @param memory - `--memory` in bytes, when given.
 * @param held - What the process holds now (its resident set), in bytes.
 * @param workers - `--workers`.
 * @returns DuckDB's limit and threads.
 * @example
 * ```ts
 * duckdbMemory(512 * 1024 ** 2, 128 * 1024 ** 2, 2);
 * //=> { limitMib: 128, threads: 2 }
 * ```
 */
export function duckdbMemory(
  memory: number | undefined,
  held: number,
  workers: number,
): DuckdbMemory {
  const free = (memory ?? DEFAULT_BUDGET) - held;
  const buffers = Math.max(Math.floor(free / 3), LEAST_BUFFERS);
  // a budget this small cannot be kept: DuckDB's floor, on one thread (the documented minimum)
  if (free - buffers < LEAST_MARGIN) return { limitMib: LEAST_BUFFERS / MIB, threads: 1 };
  const limitMib = Math.floor(buffers / MIB);
  const threads = Math.max(1, Math.min(workers, Math.floor(buffers / THREAD_BUFFERS)));
  return { limitMib, threads };
}

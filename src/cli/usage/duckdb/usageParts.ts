/** What one group is counted as while its part comes back: its first line's text and its join. */
const GROUP_BYTES = 1024;

/**
 * How many parts of their keys a run's groups come back from DuckDB in (USG-7 `--engine duckdb`):
 * as many as keep one part's groups — DuckDB's join of them with their first lines, and the
 * library's list of their rows — within half of DuckDB's buffers, counting a group as 1 KiB
 * (a usage line's text is most of it); at least one part.
 *
 * @param groups - How many groups the run has.
 * @param limit - DuckDB's `memory_limit` (`256MiB`).
 * @returns The parts, at least 1.
 * @example
 * ```ts
 * usageParts(1_000_000, '256MiB');
 * //=> 8
 * ```
 */
export function usageParts(groups: number, limit: string): number {
  const bytes = Number.parseInt(limit, 10) * 1024 ** 2;
  return Math.max(1, Math.ceil((groups * GROUP_BYTES * 2) / bytes));
}

/** What one group of the groups' join takes in DuckDB's hash table, at most: its row and its slot. */
const GROUP_BYTES = 128;

/** The share of DuckDB's buffers the join's hash table is given: the rest is the lines' chunks. */
const TABLE_SHARE = 4;

/** The fewest lines a pass reads, whatever the buffers: fewer passes over `grouped` for tiny ones. */
const LEAST_LINES = 65_536;

/**
 * How many lines (by `seq`) one pass of `usage --engine duckdb`'s groups query reads (USG-7,
 * `usageGroupsSql`'s `groups`): a pass's hash table holds at most one group for each of its
 * lines, so a range of this many keeps it within a quarter of DuckDB's buffers (128 bytes a group:
 * its first line, count, two sums and rows, and its slot), the other three quarters left to the
 * texts streaming past it. Ten million lines of one group each need 35 passes within the 142 MiB
 * `--memory 512M` leaves DuckDB on one thread; each pass reads only its own lines.
 *
 * @param limitMib - DuckDB's buffers (its `memory_limit`), in MiB.
 * @returns The lines a pass reads, at least 65,536.
 * @example
 * ```ts
 * linesPerPass(142);
 * //=> 290816
 * ```
 */
export function linesPerPass(limitMib: number): number {
  return Math.max(LEAST_LINES, Math.floor((limitMib * 1024 ** 2) / TABLE_SHARE / GROUP_BYTES));
}

import type { DuckdbSession } from './duckdbSession.ts';
import { gzipFault } from './gzipFault.ts';

/** A SQL string literal of a text. */
function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * Loads a CSV file into a table of the run's DuckDB (`--engine duckdb`): DuckDB's own parallel
 * reader, every cell as text (`c0`, `c1`… in the header's order: nothing guessed, no number read
 * as a double), gzip as the default engine tells it. A gzip cut short is the default engine's
 * error, never DuckDB's lines before the cut; a row DuckDB's reader splits otherwise than the
 * default reader does (a quote that does not close, more or fewer cells than the header, text
 * that is not UTF-8) leaves the file to the default engine, saying why. Files load one after
 * another into one session, each judged by its own rows.
 *
 * @param session - The run's DuckDB.
 * @param table - The table to make.
 * @param path - The file.
 * @param header - Its header row's cells, as the default engine read them.
 * @param gzip - Whether the file is gzip (told by its first bytes).
 * @param flag - The flag that named it, for errors (`--file`).
 * @returns `undefined` once the table holds every row; else why the default engine reads the file.
 * @throws UsageError naming `flag` for a gzip that does not inflate to its end.
 */
export async function csvTable(
  session: DuckdbSession,
  table: string,
  path: string,
  header: readonly string[],
  gzip: boolean,
  flag: string,
): Promise<string | undefined> {
  const fault = gzip ? gzipFault(path, flag) : undefined;
  const columns = header.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  try {
    await session.connection.run(
      `CREATE TABLE ${table} AS SELECT * FROM read_csv(${literal(path)}, auto_detect = false, header = true, delim = ',', quote = '"', escape = '"', columns = {${columns}}, compression = '${gzip ? 'gzip' : 'none'}', store_rejects = true)`,
    );
  } catch (error) {
    const faulty = await fault;
    if (faulty !== undefined) throw faulty;
    const message = error instanceof Error ? error.message : String(error);
    return `DuckDB cannot read it (${message.split('\n')[0]?.slice(0, 200)})`;
  }
  const faulty = await fault;
  if (faulty !== undefined) throw faulty;
  const rejected = await session.connection.runAndReadAll(
    'SELECT count(DISTINCT line), min(line), arg_min(error_type, line) FROM reject_errors',
  );
  const [count, line, type] = rejected.getRowsJS()[0] ?? [];
  // DuckDB keeps every load's refusals in one table: the next file's are its own
  await session.connection.run('DELETE FROM reject_errors');
  if (Number(count ?? 0) > 0)
    return `DuckDB's reader splits its rows otherwise than the default reader (line ${Number(line)}: ${String(type).toLowerCase()}; lines refused: ${Number(count)})`;
  return undefined;
}

import { join } from 'node:path';
import { BudgetError } from '../../BudgetError.ts';
import { runDir } from '../spill/runDir.ts';
import { type DuckdbMemory, duckdbMemory } from './duckdbMemory.ts';
import { duckdbSettings } from './duckdbSettings.ts';
import type { DuckdbApi } from './loadDuckdb.ts';

/** A connection to DuckDB, as the engine uses it. */
export type DuckdbConnection = InstanceType<DuckdbApi['DuckDBConnection']>;

/** One chunk of a streamed query: its columns as DuckDB gives them, value `i` of each a row. */
export interface DuckdbChunk {
  /** The query's column names, in its order. */
  readonly names: readonly string[];
  /** How many rows the chunk has. */
  readonly rowCount: number;
  /** Its columns, in the query's order (texts, numbers, truths, `null`). */
  readonly columns: readonly (readonly unknown[])[];
}

/**
 * A DuckDB database of one run (`--engine duckdb`, REC-3): its buffers and threads within
 * `--memory` and `--workers` ({@link duckdbSettings}), its files and spill in the run's own
 * folder, removed by {@link DuckdbSession.close} and by the process's exit.
 */
export interface DuckdbSession {
  /** The connection. */
  readonly connection: DuckdbConnection;
  /** DuckDB's buffers (in MiB) and threads, as it has them now ({@link DuckdbSession.oneThread}). */
  readonly limits: DuckdbMemory;
  /**
   * Runs DuckDB's next queries on one of its threads, its buffers unchanged: a query whose hash
   * tables or sort would take a share of the buffers on each thread. {@link DuckdbSession.limits}
   * and the line that stops a run out of its buffers say one thread from then on.
   */
  oneThread(): Promise<void>;
  /**
   * Every row of a query, a chunk at a time, then a check that none is missing: DuckDB's API
   * ends a stream that fails on the way (its buffers run out while it merges what it spilled)
   * as it ends a finished one, so a stream cut short would otherwise pass for the whole answer.
   * The rows it should have are counted from the tables the query reads (`count`), never by
   * running the query a second time (which cost as much as the query itself: its joins, its
   * grouping or its sort once more).
   *
   * @param query - The query.
   * @param what - What its rows are, for the message.
   * @param count - A query of one number: how many rows `query` gives, from the tables it reads.
   * @returns The chunks, in the query's order.
   * @throws BudgetError naming `--memory` when the stream gave fewer rows than `count` says.
   */
  chunks(query: string, what: string, count: string): AsyncGenerator<DuckdbChunk, void, undefined>;
  /**
   * An error thrown while DuckDB worked, as the run reports it: running out of its buffers as
   * one line naming `--memory` and what to give instead (the run stops, exit 3, rather than
   * answer with what DuckDB got through); any other error as it is.
   *
   * @param error - What was thrown.
   * @returns The error to throw.
   */
  failure(error: unknown): unknown;
  /** Closes the connection and the database, and removes the run's folder. */
  close(): void;
}

/** The budget without `--memory`: the flag's default, 512M. */
const DEFAULT_BUDGET = 512 * 1024 ** 2;

/** The buffers DuckDB was given, and what to give instead, for the line that stops a run. */
function memoryAdvice(limits: DuckdbMemory, budget: number): string {
  const { limitMib, threads } = limits;
  return `the ${limitMib} MiB its --memory gives it (what the process does not hold, less a margin) on ${threads} thread${threads === 1 ? '' : 's'}; give it more (--memory ${Math.max(1, Math.ceil((budget * 2) / 1024 ** 3))}G), fewer --workers, or leave out --engine`;
}

/**
 * Opens a DuckDB database for one run of a command (REC-3, INV-3, USG-7 `--engine duckdb`), its
 * buffers and threads from `--memory` less what the process holds at that moment ({@link duckdbMemory}).
 *
 * @param api - DuckDB's API.
 * @param command - The command, in the run folder's name (`reconcile`, `usage`, `tie-out`).
 * @param memory - `--memory` in bytes, when given.
 * @param threads - `--workers`.
 * @param reserve - What the command sets aside beyond what the process holds now (the states its
 *   JavaScript side will grow while DuckDB runs), in bytes; default none.
 * @returns The session; the caller closes it.
 */
export async function duckdbSession(
  api: DuckdbApi,
  command: string,
  memory: number | undefined,
  threads: number,
  reserve = 0,
): Promise<DuckdbSession> {
  // what the process holds as DuckDB opens (Node.js, the modules, DuckDB's library) is not DuckDB's
  const limits = duckdbMemory(memory, process.memoryUsage.rss() + reserve, threads);
  const own = runDir('duckdb');
  const settings = duckdbSettings(own.dir, limits);
  let instance: InstanceType<DuckdbApi['DuckDBInstance']>;
  try {
    instance = await api.DuckDBInstance.create(join(own.dir, `${command}.duckdb`), settings);
  } catch (error) {
    own.remove();
    throw error;
  }
  const connection = await instance.connect();
  let now = limits;
  return {
    connection,
    get limits() {
      return now;
    },
    async oneThread() {
      await connection.run('SET threads = 1');
      now = { limitMib: now.limitMib, threads: 1 };
    },
    async *chunks(query, what, count) {
      const result = await connection.stream(query);
      const names = result.columnNames();
      let read = 0;
      for (;;) {
        const chunk = await result.fetchChunk();
        if (chunk === null || chunk.rowCount === 0) break;
        read += chunk.rowCount;
        yield { names, rowCount: chunk.rowCount, columns: chunk.getColumns() };
      }
      const counted = await connection.runAndReadAll(count);
      const all = Number(counted.getRowsJS()[0]?.[0] ?? 0);
      if (read !== all)
        throw new BudgetError(
          `--engine duckdb: DuckDB stopped after ${read} of the ${all} rows of ${what}, most likely out of ${memoryAdvice(now, memory ?? DEFAULT_BUDGET)}`,
        );
    },
    failure(error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!/out of memory/i.test(message)) return error;
      return new BudgetError(
        `--engine duckdb: DuckDB needed more than ${memoryAdvice(now, memory ?? DEFAULT_BUDGET)}`,
      );
    },
    close() {
      connection.closeSync();
      instance.closeSync();
      own.remove();
    },
  };
}

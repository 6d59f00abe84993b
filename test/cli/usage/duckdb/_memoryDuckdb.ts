import { afterAll, beforeAll } from 'vitest';
import { loadDuckdb } from '../../../_private.ts';

/** A connection to a DuckDB database. */
export type Connection = Awaited<
  ReturnType<InstanceType<Awaited<ReturnType<typeof loadDuckdb>>['DuckDBInstance']>['connect']>
>;

/**
 * An in-memory DuckDB database for a test file: opened before its tests (and `setup` run on it),
 * closed after them.
 *
 * @param setup - What the tests need made first (a macro, a table).
 * @returns The connection, once the tests run.
 */
export function memoryDuckdb(
  setup?: (connection: Connection) => Promise<unknown>,
): () => Connection {
  let connection: Connection | undefined;
  let close = (): void => undefined;
  beforeAll(async () => {
    const instance = await (await loadDuckdb()).DuckDBInstance.create(':memory:');
    const opened = await instance.connect();
    connection = opened;
    close = () => {
      opened.closeSync();
      instance.closeSync();
    };
    await setup?.(opened);
  });
  afterAll(() => close());
  return () => {
    if (connection === undefined)
      throw new Error('the DuckDB connection is opened before the tests');
    return connection;
  };
}

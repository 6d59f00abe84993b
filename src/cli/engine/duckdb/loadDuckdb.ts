import { UsageError } from '../../UsageError.ts';

/** The package the DuckDB engine runs on: an optional peer dependency, loaded only when asked for. */
export const DUCKDB_PACKAGE = '@duckdb/node-api';

/** DuckDB's Node.js API, as the engine uses it. */
export type DuckdbApi = typeof import('@duckdb/node-api');

/**
 * Loads DuckDB for `reconcile --engine duckdb` (REC-3) by a dynamic `import()`, so no other
 * command and no library entry ever loads it. `SUBSCRIPTION_RULES_DUCKDB_MODULE` names another
 * module to load instead (the tests name one that does not exist, to run as without the package).
 *
 * @returns The API.
 * @throws UsageError naming `--engine` and what to install when the package cannot be loaded.
 */
export async function loadDuckdb(): Promise<DuckdbApi> {
  const name = process.env.SUBSCRIPTION_RULES_DUCKDB_MODULE || DUCKDB_PACKAGE;
  try {
    return (await import(name)) as DuckdbApi;
  } catch {
    throw new UsageError(
      `--engine duckdb: needs the optional package ${DUCKDB_PACKAGE}, not installed here: npm install ${DUCKDB_PACKAGE} (or leave out --engine)`,
    );
  }
}

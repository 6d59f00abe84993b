import { UsageError } from './UsageError.ts';

/**
 * `--engine default|duckdb`: what reads and groups the file.
 *
 * @param value - The flag's value, when given.
 * @returns The engine; `default` without the flag.
 * @throws UsageError naming `--engine` for any other name.
 */
export function engineOf(value: unknown): 'default' | 'duckdb' {
  if (value === undefined || value === 'default' || value === 'duckdb') return value ?? 'default';
  throw new UsageError(
    `--engine: expected default (the command's own reader) or duckdb (DuckDB, for files larger than memory), got ${JSON.stringify(value)}`,
  );
}

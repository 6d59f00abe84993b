import { UsageError } from './UsageError.ts';

/** One string flag of `parseArgs`, given once. */
type StringOption = { readonly type: 'string' };

/**
 * The file engine's flags (STYLE 14), as `parseArgs` reads them: `--workers N`, `--memory SIZE` and
 * `--engine NAME`, one table that `reconcile`, `usage` and `tie-out` spread into their options, so
 * the three commands read them alike; each command says in its help what they do for it.
 */
export const ENGINE_OPTIONS: {
  readonly workers: StringOption;
  readonly memory: StringOption;
  readonly engine: StringOption;
} = /* @__PURE__ */ Object.freeze({
  workers: /* @__PURE__ */ Object.freeze({ type: 'string' }),
  memory: /* @__PURE__ */ Object.freeze({ type: 'string' }),
  engine: /* @__PURE__ */ Object.freeze({ type: 'string' }),
});

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

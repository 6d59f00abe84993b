import { UsageError } from './UsageError.ts';

/**
 * A flag naming a file (`--file`, `--prices`, `--out`), `undefined` when absent.
 *
 * @param values - The parsed flags.
 * @param flag - The flag's name.
 * @returns The path.
 * @throws UsageError naming the flag for an empty value.
 */
export function fileFlag(
  values: Readonly<Record<string, unknown>>,
  flag: string,
): string | undefined {
  const value = values[flag];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${flag}: expected a file`);
  return value;
}

/**
 * `--json` or `--csv`, one of them at most (REC-3, PL-6).
 *
 * @param values - The parsed flags.
 * @returns The format asked, `undefined` for neither.
 * @throws UsageError naming `--csv` when both are given.
 */
export function formatFlag(values: Readonly<Record<string, unknown>>): 'json' | 'csv' | undefined {
  if (values.json === true && values.csv === true)
    throw new UsageError('--csv: cannot be used with --json; choose one');
  return values.json === true ? 'json' : values.csv === true ? 'csv' : undefined;
}

import { UsageError } from './UsageError.ts';

/**
 * The text of a flag the command cannot do without; its absence says that it is required, what
 * it holds and an example: `--market: required, a market code or English name, e.g. --market AU`.
 *
 * @param values - The parsed flags.
 * @param name - The flag, without its dashes.
 * @param what - What it holds, ending with an example.
 * @returns Its text.
 * @throws {@link UsageError} naming the flag.
 */
export function requiredFlag(
  values: Readonly<Record<string, unknown>>,
  name: string,
  what: string,
): string {
  const value = values[name];
  if (typeof value !== 'string') throw new UsageError(`--${name}: required, ${what}`);
  return value;
}

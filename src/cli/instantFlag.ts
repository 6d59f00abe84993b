import { parseInstant } from '../time/parseInstant.ts';
import { UsageError } from './UsageError.ts';

/** The flags every command reads as instants. */
export const INSTANT_FLAGS: readonly string[] = [
  'at',
  'ordered',
  'purchased',
  'term-start',
  'term-end',
  'account-opened',
  'first-billing',
  'suspended',
  'start',
  'from',
  'to',
];

const EXAMPLE = '2026-11-25T00:00:00Z';

/**
 * Checks the text of an instant flag (TIME-1) and says what to write instead when it is not one:
 * a date alone gets the instant of its UTC midnight to copy (`2026-11-25` →
 * `2026-11-25T00:00:00Z`), anything else an example of the form.
 *
 * @param name - The flag, without its dashes.
 * @param text - What was given.
 * @returns The text, when it is an instant.
 * @throws {@link UsageError} naming the flag.
 */
export function instantFlag(name: string, text: string): string {
  const date = /^(\d{4}-\d{2}-\d{2})$/.exec(text.trim())?.[1];
  if (date !== undefined) {
    throw new UsageError(
      `--${name}: ${JSON.stringify(text)} is a date; give an instant with its time and zone, e.g. --${name} ${date}T00:00:00Z (midnight UTC)`,
    );
  }
  try {
    parseInstant(text, name);
  } catch {
    throw new UsageError(
      `--${name}: expected an instant in ISO 8601 with Z or ±HH:mm on a day that exists, e.g. --${name} ${EXAMPLE}, got ${JSON.stringify(text)}`,
    );
  }
  return text;
}

/**
 * A required instant flag's text: its absence says it is required and what it holds.
 *
 * @param values - The parsed flags.
 * @param name - The flag, without its dashes.
 * @param what - What the instant is, e.g. `when the resource was fetched`.
 * @returns The text, when it is an instant.
 * @throws {@link UsageError} naming the flag.
 */
export function requiredInstant(
  values: Readonly<Record<string, unknown>>,
  name: string,
  what: string,
): string {
  const text = values[name];
  if (typeof text !== 'string')
    throw new UsageError(`--${name}: required, ${what}, e.g. --${name} ${EXAMPLE}`);
  return instantFlag(name, text);
}

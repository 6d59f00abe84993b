import { UsageError } from './UsageError.ts';

/**
 * A `--input` document (or a file given as an argument, named by `label`) that must be a JSON
 * object with the given keys and no others.
 */
export function inputObject(
  input: unknown,
  keys: readonly string[],
  required: readonly string[],
  label = '--input',
): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new UsageError(`${label}: expected a JSON object with ${keys.join(', ')}`);
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!keys.includes(key))
      throw new UsageError(
        `${label}: unknown key ${JSON.stringify(key)} (expected ${keys.join(', ')})`,
      );
  }
  for (const key of required) {
    if (record[key] === undefined) throw new UsageError(`${label}: ${key}: required`);
  }
  return record;
}

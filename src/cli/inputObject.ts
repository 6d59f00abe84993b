import { UsageError } from './UsageError.ts';

/** A `--input` document that must be a JSON object with the given keys and no others. */
export function inputObject(
  input: unknown,
  keys: readonly string[],
  required: readonly string[],
): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new UsageError(`--input: expected a JSON object with ${keys.join(', ')}`);
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!keys.includes(key))
      throw new UsageError(
        `--input: unknown key ${JSON.stringify(key)} (expected ${keys.join(', ')})`,
      );
  }
  for (const key of required) {
    if (record[key] === undefined) throw new UsageError(`--input: ${key}: required`);
  }
  return record;
}

import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from './fail.ts';

/**
 * A required object field (not `null`, not an array), as a record to read fields from.
 *
 * @param value - The caller's value.
 * @param path - The dot path of the value, for the error.
 * @returns The same object, typed for reading.
 * @throws {@link RuleError} `MISSING_FIELD` when `undefined`, `INVALID_ARGUMENT` when not an object.
 */
export function requireRecord(value: unknown, path: string): Readonly<Record<string, unknown>> {
  if (value === undefined) fail(RuleErrorCode.MISSING_FIELD, path, 'expected an object', value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected an object', value);
  }
  return value as Readonly<Record<string, unknown>>;
}

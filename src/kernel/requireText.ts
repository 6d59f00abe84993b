import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from './fail.ts';

/**
 * A required, non-empty string field (an identifier).
 *
 * @param value - The caller's value.
 * @param path - The dot path of the value, for the error.
 * @returns The string.
 * @throws {@link RuleError} `MISSING_FIELD` when `undefined`, `INVALID_ARGUMENT` when not a
 *   non-empty string.
 */
export function requireText(value: unknown, path: string): string {
  if (value === undefined) fail(RuleErrorCode.MISSING_FIELD, path, 'expected a string', value);
  if (typeof value !== 'string' || value === '') {
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a non-empty string', value);
  }
  return value;
}

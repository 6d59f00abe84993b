import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from './fail.ts';

/**
 * An optional boolean field: `undefined` when absent.
 *
 * @param value - The caller's value.
 * @param path - The dot path of the value, for the error.
 * @returns The boolean, or `undefined`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for anything else.
 */
export function optionalBoolean(value: unknown, path: string): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') {
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected true or false', value);
  }
  return value;
}

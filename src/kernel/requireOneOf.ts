import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from './fail.ts';

/**
 * A required field whose value is one of a closed list (an enum).
 *
 * @param value - The caller's value.
 * @param allowed - The values accepted.
 * @param path - The dot path of the value, for the error.
 * @returns The value, typed as one of `allowed`.
 * @throws {@link RuleError} `MISSING_FIELD` when `undefined`, `INVALID_ARGUMENT` (listing the
 *   allowed values) for anything else outside the list.
 */
export function requireOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: string,
): T {
  if (!allowed.includes(value as T)) {
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected one of {allowed}',
      value,
      allowed.map((item) => `"${item}"`).join(', '),
    );
  }
  return value as T;
}

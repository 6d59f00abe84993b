import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';

/** An arbitrary's constraints: `undefined` is `{}`; anything but a plain object is refused. */
export function readConstraints<T extends object>(
  value: T | undefined,
  path = 'constraints',
): Partial<T> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected an object', value);
  }
  return value;
}

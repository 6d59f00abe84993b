import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';

/**
 * Reads a constraint that narrows a vocabulary: `undefined` gives every value of `allowed`; a list
 * must be a non-empty array of values from `allowed` (an unknown one fails with `code`, naming the
 * item's path). Duplicates are dropped, so each value is drawn equally often.
 */
export function readChoices<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: string,
  code: RuleErrorCode = RuleErrorCode.INVALID_ARGUMENT,
): readonly T[] {
  if (value === undefined) return allowed;
  if (!Array.isArray(value) || value.length === 0) {
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a non-empty list', value);
  }
  const chosen: T[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (!allowed.includes(item as T)) {
      fail(
        code,
        `${path}.${i}`,
        'expected one of {allowed}',
        item,
        `${allowed.slice(0, 12).join(', ')}${allowed.length > 12 ? ', …' : ''}`,
      );
    }
    if (!chosen.includes(item as T)) chosen.push(item as T);
  }
  return chosen;
}

import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from './fail.ts';

/**
 * An optional list field, each item read by `readItem` at the path `<path>.<index>`; `undefined`
 * when absent.
 *
 * @param value - The caller's value.
 * @param path - The dot path of the list, for errors.
 * @param readItem - Reads (and checks) one item, given its value and dot path.
 * @returns A new array of the items as `readItem` returns them, or `undefined`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` when the value is not an array, or whatever
 *   `readItem` throws.
 */
export function optionalList<T>(
  value: unknown,
  path: string,
  readItem: (item: unknown, itemPath: string) => T,
): T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a list', value);
  return value.map((item: unknown, index) => readItem(item, `${path}.${index}`));
}

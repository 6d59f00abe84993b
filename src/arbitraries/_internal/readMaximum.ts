import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';

/**
 * An optional largest value of a constraints object: a safe integer ≥ 0, else `RuleError`
 * `INVALID_ARGUMENT` at its own path.
 *
 * @param value - The caller's value, or `undefined` for the default.
 * @param fallback - The default.
 * @param path - The constraint's dot path, e.g. `constraints.maxPrice`.
 * @returns The value or the default.
 */
export function readMaximum(value: unknown, fallback: number, path: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a safe integer ≥ {min}', value, 0);
  }
  return value as number;
}

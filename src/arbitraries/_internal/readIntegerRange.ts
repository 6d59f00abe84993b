import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';

/** Reads `{ min, max }` integer bounds of an arbitrary's constraints, with defaults; min ≤ max. */
export function readIntegerRange(
  min: unknown,
  max: unknown,
  defaults: readonly [number, number],
  path: string,
  lowest: number = Number.MIN_SAFE_INTEGER,
): [number, number] {
  const low = min === undefined ? defaults[0] : min;
  const high = max === undefined ? defaults[1] : max;
  if (!Number.isSafeInteger(low) || (low as number) < lowest) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      `${path}.min`,
      'expected a safe integer ≥ {min}',
      min,
      lowest,
    );
  }
  if (!Number.isSafeInteger(high) || (high as number) < lowest) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      `${path}.max`,
      'expected a safe integer ≥ {min}',
      max,
      lowest,
    );
  }
  if ((high as number) < (low as number)) {
    fail(RuleErrorCode.INVALID_ARGUMENT, `${path}.max`, 'expected max ≥ min', max);
  }
  return [low as number, high as number];
}

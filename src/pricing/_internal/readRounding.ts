import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { RoundingRule } from '../rounding/RoundingRule.ts';
import { roundingRules } from '../rounding/roundingRules.ts';

/**
 * The rounding rule of a mode name (PRICE-5), `half-up` when the mode is `undefined`.
 *
 * @param mode - The mode as given.
 * @param path - The dot path to name in an error.
 * @returns The rule.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for anything but one of the seven modes (also an
 *   inherited key such as `'toString'`).
 */
export function readRounding(mode: unknown, path: string): RoundingRule {
  if (mode === undefined) return roundingRules['half-up'];
  if (typeof mode !== 'string' || !Object.hasOwn(roundingRules, mode)) {
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a rounding mode of PRICE-5', mode);
  }
  return roundingRules[mode as keyof typeof roundingRules];
}

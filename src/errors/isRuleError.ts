import type { RuleError } from './RuleError.ts';
import { RULE_ERROR_BRAND } from './ruleErrorBrand.ts';

/**
 * Whether a value is a {@link RuleError} of this library, by the mark every one carries: true for
 * an error of any copy of the library — the ESM and CommonJS builds (the dual-package hazard), the
 * program entries (each built apart), two installed versions. `instanceof RuleError` reads the same
 * mark, so both answer alike; this one also narrows `unknown` without a class at hand.
 *
 * @param value - Anything, typically what a `catch` caught.
 * @returns `true` for a `RuleError` made by any copy of the library.
 * @example
 * ```ts
 * import { isRuleError, policyAt } from 'subscription-rules';
 * const caught = (() => {
 *   try {
 *     return policyAt('2026-02-30T00:00:00Z');
 *   } catch (error) {
 *     return error;
 *   }
 * })();
 * isRuleError(caught) && caught.code;
 * //=> 'INVALID_INSTANT'
 * isRuleError(new Error('no'));
 * //=> false
 * ```
 * @category Errors
 */
export function isRuleError(value: unknown): value is RuleError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { readonly [RULE_ERROR_BRAND]?: unknown })[RULE_ERROR_BRAND] === true
  );
}

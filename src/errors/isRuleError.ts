import type { RuleError } from './RuleError.ts';
import { RULE_ERROR_BRAND } from './ruleErrorBrand.ts';

/**
 * Whether a value is a {@link RuleError} of this library, by the mark every one carries rather than
 * by `instanceof`. Use it where an error may come from another copy of the library: a service whose
 * ESM code catches an error thrown by the CommonJS build (the dual-package hazard), or two installed
 * versions; `instanceof RuleError` is false across copies, this is not.
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

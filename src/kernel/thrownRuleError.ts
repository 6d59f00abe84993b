import type { RuleError, RuleIssue } from '../errors/RuleError.ts';
import type { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { RULE_ERROR_BRAND } from '../errors/ruleErrorBrand.ts';

/**
 * The RuleError the library throws, built from arguments the library itself has checked: an
 * `Error` named `RuleError` that carries the mark `instanceof RuleError` and `isRuleError` read,
 * and the fields of the class (ERR-1). The class's constructor is for callers, and checks what they
 * pass; a function that only throws carries this, not the class and its check.
 *
 * @param code - The stable code.
 * @param message - The full English message.
 * @param path - The dot path of the offending field.
 * @param extra - The message's catalog key and its placeholders' values, where there are some.
 * @returns The error, to throw.
 */
export function thrownRuleError(
  code: RuleErrorCode,
  message: string,
  path: string,
  extra?: {
    readonly messageId: string | undefined;
    readonly params: Readonly<Record<string, string | number>> | undefined;
  },
): RuleError {
  const error = new Error(message);
  // the mark: not enumerable, so it never shows in JSON or in a comparison
  Object.defineProperty(error, RULE_ERROR_BRAND, { value: true });
  const issues: readonly RuleIssue[] = [{ path, message }];
  return Object.assign(error, { name: 'RuleError', code, path, issues }, extra) as RuleError;
}

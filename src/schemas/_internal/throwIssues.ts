import type { RuleIssue } from '../../errors/RuleError.ts';
import { RuleError } from '../../errors/RuleError.ts';
import type { RuleErrorCode } from '../../errors/RuleErrorCode.ts';

/**
 * Throws one `RuleError` carrying every issue a cross-field check collected (its message and
 * path are the first issue's), which `runParse` turns back into the parse's issues; no issue, no
 * throw. The one way the schemas' canonical steps report what zod's shape check cannot see.
 */
export function throwIssues(code: RuleErrorCode, issues: readonly RuleIssue[]): void {
  const first = issues[0];
  if (first !== undefined) {
    throw new RuleError(code, `${first.path}: ${first.message}`, first.path, issues);
  }
}

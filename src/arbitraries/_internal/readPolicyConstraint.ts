import { RuleError } from '../../errors/RuleError.ts';
import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { policyIssues } from '../../policy/policyIssues.ts';
import type { Policy } from '../../policy/types.ts';

/**
 * A `Policy` given in an arbitrary's constraints, checked whole at `path` (ERR-1): the samples are
 * built from every section of it, so every section must be valid. The issues are those
 * `definePolicy` would list, under `path`; the first one names the error.
 */
export function readPolicyConstraint(value: unknown, path: string): Policy {
  const issues = policyIssues(value).map((issue) => ({
    ...issue,
    path: issue.path === '' ? path : `${path}.${issue.path}`,
  }));
  const first = issues[0];
  if (first === undefined) return value as Policy;
  throw new RuleError(
    RuleErrorCode.INVALID_ARGUMENT,
    `${first.path}: ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`,
    first.path,
    issues,
  );
}

import { RuleError } from '../errors/RuleError.ts';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { canonicalPolicy } from '../policy/canonicalPolicy.ts';
import { policyConsistencyIssues } from '../policy/policyConsistencyIssues.ts';
import type { Policy } from '../policy/types.ts';
import type { ParseResult } from './ParseResult.ts';
import { policySchema } from './policySchema.ts';
import { runParse } from './runParse.ts';

/**
 * Validates untrusted JSON as a `Policy` without throwing (ERR-2, POL-1): the zod schema of the
 * policy's shape, then the same consistency checks `definePolicy` makes (duplicates, product rules
 * that contradict each other, `inForceFrom`). Accepts and rejects exactly what `definePolicy`
 * accepts and rejects.
 *
 * @param input - Untrusted data, e.g. a parsed request body.
 * @returns `{ ok: true, value }` with the canonical policy (deep-frozen, as `definePolicy` returns
 *   it), or `{ ok: false, issues }`.
 * @example
 * ```ts
 * import { parsePolicy } from 'subscription-rules/schemas';
 * const result = parsePolicy({ id: 'broken' });
 * result.ok;
 * //=> false
 * ```
 * @category Schemas
 */
export function parsePolicy(input: unknown): ParseResult<Policy> {
  return runParse(
    input,
    policySchema(),
    (policy: Policy) => {
      const issues = policyConsistencyIssues(policy);
      if (issues.length === 0) return canonicalPolicy(policy);
      throw new RuleError(
        RuleErrorCode.INVALID_POLICY,
        'policy: inconsistent',
        issues[0]?.path,
        issues,
      );
    },
    'a policy',
    RuleErrorCode.INVALID_POLICY,
  );
}

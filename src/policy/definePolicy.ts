import { RuleError } from '../errors/RuleError.ts';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { canonicalPolicy } from './canonicalPolicy.ts';
import { policyIssues } from './policyIssues.ts';
import type { Policy } from './types.ts';

/**
 * Validates a policy of your own and returns it in canonical form (POL-1). The input has the
 * JSON shape of the built-in policies, so the easy start is a copy of one with your changes:
 * `definePolicy({ ...structuredClone(policyAt(now)), id: 'my-rules', trialDays: 14 })`.
 *
 * Checked: every key present and no unknown key (nor `__proto__`/`constructor` anywhere);
 * whole positive lengths; known market codes, roles, reasons and terms; no market, role, reason or
 * term listed twice in one list; `inForceFrom` a valid instant (returned in ISO UTC form); a product
 * with a free trial or an auto-renew toggle is a subscription with a term; a product whose
 * cancellation differs by billing cycle requires one, and the reverse.
 *
 * @param input - The policy as plain data (e.g. parsed JSON).
 * @returns A new, valid {@link Policy}, deep-frozen: functions given it as `{ policy }` trust it
 *   without checking it again (a policy that is not frozen is checked at every call).
 * @throws {@link RuleError} `INVALID_POLICY` listing every issue in `issues` and in the message.
 * @example
 * ```ts
 * import { definePolicy, policyAt } from 'subscription-rules';
 * const mine = definePolicy({ ...policyAt('2026-01-01T00:00:00Z'), id: 'two-week-trials', trialDays: 14 });
 * [mine.id, mine.trialDays];
 * //=> ['two-week-trials', 14]
 * ```
 * @category Policies
 */
export function definePolicy(input: unknown): Policy {
  const issues = policyIssues(input);
  if (issues.length > 0) {
    const list = issues.map((issue) => `${issue.path || '(policy)'}: ${issue.message}`).join('; ');
    throw new RuleError(
      RuleErrorCode.INVALID_POLICY,
      `policy: ${issues.length} issue${issues.length > 1 ? 's' : ''}: ${list}`,
      issues[0]?.path,
      issues,
    );
  }
  return canonicalPolicy(input as Policy);
}

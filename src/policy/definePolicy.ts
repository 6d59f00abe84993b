import { RuleError, type RuleIssue } from '../errors/RuleError.ts';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { findForbiddenKeys } from '../kernel/findForbiddenKeys.ts';
import { toRuleIssues } from '../kernel/toRuleIssues.ts';
import { policySchema } from '../schemas/policySchema.ts';
import { formatInstant } from '../time/formatInstant.ts';
import { parseInstant } from '../time/parseInstant.ts';
import { trustPolicy } from './checkPolicy.ts';
import type { Policy } from './types.ts';

/**
 * Validates a policy of your own and returns it in canonical form (SPEC POL-1). The input has the
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
  const issues: RuleIssue[] = findForbiddenKeys(input, '').map((path) => ({
    path,
    message: 'forbidden key',
  }));
  const result = policySchema().safeParse(input);
  if (!result.success) issues.push(...toRuleIssues(result.error.issues, ''));
  else if (issues.length === 0) checkConsistency(result.data as Policy, issues);
  if (issues.length > 0) {
    const list = issues.map((issue) => `${issue.path || '(policy)'}: ${issue.message}`).join('; ');
    throw new RuleError(
      RuleErrorCode.INVALID_POLICY,
      `policy: ${issues.length} issue${issues.length > 1 ? 's' : ''}: ${list}`,
      issues[0]?.path,
      issues,
    );
  }
  const policy = result.data as Policy;
  return trustPolicy(
    policy.inForceFrom === null
      ? policy
      : {
          ...policy,
          inForceFrom: formatInstant(
            parseInstant(policy.inForceFrom, 'inForceFrom'),
            'inForceFrom',
          ),
        },
  );
}

function checkConsistency(policy: Policy, issues: RuleIssue[]): void {
  const unique = (list: readonly string[], path: string): void => {
    const seen = new Set<string>();
    for (const item of list) {
      if (seen.has(item)) issues.push({ path, message: `${JSON.stringify(item)} is listed twice` });
      seen.add(item);
    }
  };
  if (policy.inForceFrom !== null) {
    try {
      parseInstant(policy.inForceFrom, 'inForceFrom');
    } catch (error) {
      issues.push({ path: 'inForceFrom', message: (error as Error).message });
    }
  }
  unique(policy.taxInclusiveMarkets, 'taxInclusiveMarkets');
  unique(policy.suspension.reasons, 'suspension.reasons');
  for (const [family, markets] of Object.entries(policy.unavailableMarkets)) {
    unique(markets, `unavailableMarkets.${family}`);
  }
  for (const [action, roles] of Object.entries(policy.roles)) unique(roles, `roles.${action}`);
  for (const [product, rules] of Object.entries(policy.products)) {
    const path = `products.${product}`;
    if (rules.terms !== null) unique(rules.terms, `${path}.terms`);
    if (
      (rules.freeTrial || rules.autoRenewToggle) &&
      (rules.terms === null || rules.terms.length === 0)
    ) {
      issues.push({
        path: `${path}.terms`,
        message: 'a free trial or auto-renew toggle needs a subscription with a term',
      });
    }
    if (rules.billingCycleRequired !== !('type' in rules.cancellation)) {
      issues.push({
        path: `${path}.billingCycleRequired`,
        message: 'must be true exactly when the cancellation rule differs by billing cycle',
      });
    }
  }
}

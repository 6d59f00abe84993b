import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { PolicyOptions } from '../../policy/PolicyOptions.ts';
import { partnerCenterPolicies } from '../../policy/partnerCenterPolicies.ts';
import { resolvePolicy } from '../../policy/resolvePolicy.ts';
import type { Policy } from '../../policy/types.ts';

/**
 * The policy a subscription lives under: the caller's `options.policy`, which must carry the
 * subscription's `policyId`, or the catalog policy of that id (POL-2: fixed at creation).
 *
 * @throws {@link RuleError} `INVALID_ARGUMENT` when the id is not in the catalog and no policy is
 *   given, or when the given policy has another id (mixing rules is never what a caller meant).
 */
export function policyFor(policyId: string, options: PolicyOptions | undefined): Policy {
  if (options?.policy !== undefined) {
    const policy = resolvePolicy(options);
    if (policy.id !== policyId) {
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'options.policy.id',
        `expected the subscription's policy ${JSON.stringify(policyId)}`,
        policy.id,
      );
    }
    return policy;
  }
  for (const policy of partnerCenterPolicies) if (policy.id === policyId) return policy;
  return fail(
    RuleErrorCode.INVALID_ARGUMENT,
    'subscription.policyId',
    'expected a catalog policy id, or pass { policy }',
    policyId,
  );
}

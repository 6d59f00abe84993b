import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { checkPolicy } from './checkPolicy.ts';
import type { PolicyOptions } from './PolicyOptions.ts';
import { partnerCenterPolicies } from './partnerCenterPolicies.ts';
import { policyInForceAt } from './policyInForceAt.ts';
import type { Policy } from './types.ts';

/**
 * The policy a function decides by (SPEC POL-2): the caller's `options.policy` when given, else the
 * catalog policy in force at `ms`, else (no instant) the newest catalog policy. A cheap shape guard
 * only: full validation is {@link definePolicy}'s job, and hot paths never run zod.
 *
 * @param options - The caller's options argument (may be `undefined`).
 * @param ms - Epoch milliseconds the policy must be in force at, or `undefined` for "newest".
 * @returns The policy to use.
 * @throws {@link RuleError} `INVALID_ARGUMENT` when `options` or `options.policy` is not an object
 *   with an `id` and `products`.
 */
export function resolvePolicy(options: PolicyOptions | undefined, ms?: number): Policy {
  if (options !== undefined) {
    if (typeof options !== 'object' || options === null) {
      fail(RuleErrorCode.INVALID_ARGUMENT, 'options', 'expected an object', options);
    }
    const policy = options.policy;
    if (policy !== undefined) {
      return checkPolicy(policy, 'options.policy');
    }
  }
  return ms === undefined
    ? (partnerCenterPolicies[partnerCenterPolicies.length - 1] as Policy)
    : policyInForceAt(ms);
}

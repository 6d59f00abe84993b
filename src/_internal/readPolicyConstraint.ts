import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import type { Policy } from '../policy/types.ts';
import { fail } from './fail.ts';

/** A `Policy` given in an arbitrary's constraints: the cheap shape check of ERR-1, at `path`. */
export function readPolicyConstraint(value: unknown, path: string): Policy {
  const policy = value as Partial<Policy> | null;
  if (
    typeof policy !== 'object' ||
    policy === null ||
    typeof policy.id !== 'string' ||
    typeof policy.products !== 'object' ||
    policy.products === null ||
    typeof policy.suspension !== 'object' ||
    policy.suspension === null ||
    !Array.isArray(policy.suspension.reasons) ||
    typeof policy.roles !== 'object' ||
    policy.roles === null ||
    !Array.isArray(policy.taxInclusiveMarkets) ||
    typeof policy.unavailableMarkets !== 'object' ||
    policy.unavailableMarkets === null
  ) {
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a Policy', value);
  }
  return policy as Policy;
}

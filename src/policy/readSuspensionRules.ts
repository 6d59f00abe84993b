import { checkSuspension } from './_internal/checkSuspension.ts';
import { isVerified, rememberVerified } from './_internal/verified.ts';
import type { PolicyRules } from './types.ts';

/**
 * The suspension section of a policy (SUS-1, SUS-5), checked as it is read: whole day counts and
 * known reasons, else `RuleError` `INVALID_ARGUMENT` at `options.policy.suspension…`.
 *
 * @param policy - The rules in force.
 * @returns Its `suspension` rules.
 */
export function readSuspensionRules(
  policy: Pick<PolicyRules, 'suspension'>,
): PolicyRules['suspension'] {
  const suspension = policy.suspension;
  if (!isVerified(suspension)) {
    checkSuspension(suspension, 'options.policy.suspension', undefined);
    rememberVerified(suspension);
  }
  return suspension;
}

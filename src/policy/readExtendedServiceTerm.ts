import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { checkExtendedServiceTerm } from './_internal/checkExtendedServiceTerm.ts';
import type { ExtendedServiceTermRules, Policy } from './types.ts';

/**
 * The Extended Service Term section of a caller's New Commerce policy (EST-1), checked as it is
 * read: `undefined` when the policy leaves it out (no subscription is eligible under it).
 *
 * @param policy - The caller's `{ policy }`.
 * @returns The section, or `undefined`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `options.policy.program` for a legacy policy, or
 *   at the section's field that is wrong.
 */
export function readExtendedServiceTerm(policy: Policy): ExtendedServiceTermRules | undefined {
  if (policy.program !== 'new-commerce')
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.policy.program',
      'expected new-commerce',
      policy.program,
    );
  const section = (policy as { extendedServiceTerm?: unknown }).extendedServiceTerm;
  if (section === undefined) return undefined;
  checkExtendedServiceTerm(section, 'options.policy.extendedServiceTerm', undefined);
  return section as ExtendedServiceTermRules;
}

import { count } from './_internal/guards.ts';
import type { PolicyRules } from './types.ts';

/**
 * The free trial's length in days (LC-2), checked as it is read: a whole number ≥ 1, else
 * `RuleError` `INVALID_ARGUMENT` at `options.policy.trialDays`.
 *
 * @param policy - The rules in force.
 * @returns `policy.trialDays`.
 */
export function readTrialDays(policy: Pick<PolicyRules, 'trialDays'>): number {
  count(policy.trialDays, 'options.policy.trialDays', 1, undefined);
  return policy.trialDays;
}

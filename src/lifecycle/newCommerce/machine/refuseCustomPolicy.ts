import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { optionsPolicy } from '../../../policy/optionsPolicy.ts';
import type { PolicyOptions } from '../../../policy/PolicyOptions.ts';

/**
 * Refuses a `{ policy }` given to a lifecycle function for a New Commerce subscription (POL-1,
 * NCE-11). A New Commerce state names the catalog policy in force when each term began and changes
 * it at renewal, so it cannot carry a policy that is not in the catalog; taking one and deciding by
 * the catalog's rules instead would answer silently by other rules than the caller's. A custom
 * policy is honoured by `cancellationDecision` for a New Commerce purchase.
 *
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `options.policy` when one is given.
 */
export function refuseCustomPolicy(options: PolicyOptions | undefined): void {
  const policy = optionsPolicy(options);
  if (policy !== undefined)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.policy',
      'expected none for a New Commerce subscription: it follows the catalog policy in force at each term’s start (cancellationDecision takes a custom one)',
      policy.id,
    );
}

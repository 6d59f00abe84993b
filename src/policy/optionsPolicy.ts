import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { record, text } from './_internal/guards.ts';
import type { PolicyOptions } from './PolicyOptions.ts';
import type { Policy } from './types.ts';

/**
 * The policy a caller passed as `options.policy`, or `undefined` when none was. Only its `id` is
 * checked here: each area reads the section it needs through a guarded reader
 * (`readProductRules`, `readSuspensionRules`, …), so a broken field is a `RuleError` at its path
 * where it is read, and a refund carries no check of roles or market lists.
 *
 * @param options - The caller's options argument (may be `undefined`).
 * @returns The caller's policy, or `undefined`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` when `options` is not an object, or
 *   `options.policy` is not an object with a string `id`.
 */
export function optionsPolicy(options: PolicyOptions | undefined): Policy | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null) {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options', 'expected an object', options);
  }
  const policy = options.policy;
  if (policy !== undefined)
    text(record(policy, 'options.policy', undefined)?.id, 'options.policy.id', undefined);
  return policy;
}

import { partnerCenter2021 } from './data/legacy/partnerCenter2021.ts';
import { optionsPolicy } from './optionsPolicy.ts';
import type { PolicyOptions } from './PolicyOptions.ts';
import { policyInForceAt } from './policyInForceAt.ts';
import type { Policy } from './types.ts';

/**
 * The policy a function decides by (POL-2): the caller's `options.policy` when given, else the
 * catalog policy in force at `ms`, else (no instant) the newest legacy catalog policy. Only the policy's
 * `id` is checked here: each area reads the section it needs through its guarded reader
 * (`readProductRules`, `readSuspensionRules`, …), so a broken field is a `RuleError` at its path
 * where it is read, and a refund carries no check of roles or market lists.
 *
 * @param options - The caller's options argument (may be `undefined`).
 * @param ms - Epoch milliseconds the policy must be in force at, or `undefined` for "newest".
 * @returns The policy to use.
 * @throws {@link RuleError} `INVALID_ARGUMENT` when `options` or `options.policy` is not an object
 *   with a string `id`.
 */
export function resolvePolicy(options: PolicyOptions | undefined, ms?: number): Policy {
  return optionsPolicy(options) ?? (ms === undefined ? partnerCenter2021 : policyInForceAt(ms));
}

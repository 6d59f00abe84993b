import { optionsPolicy } from './optionsPolicy.ts';
import type { PolicyOptions } from './PolicyOptions.ts';
import { rulesInForceAt } from './rulesInForceAt.ts';
import type { PolicyRules } from './types.ts';

/**
 * The decision rules a refund, a suspension or a lifecycle step decides by (POL-2): the caller's
 * `options.policy` when given, else the catalog rules in force at `ms` — without the rest of the
 * catalog policy, so these bundles carry no titles, sources, roles or market lists.
 *
 * @param options - The caller's options argument (may be `undefined`).
 * @param ms - Epoch milliseconds the rules must be in force at.
 * @returns The rules to use.
 * @throws {@link RuleError} `INVALID_ARGUMENT` when `options` or `options.policy` is not an object
 *   with a string `id`.
 */
export function resolveRules(options: PolicyOptions | undefined, ms: number): PolicyRules {
  // A New Commerce policy is refused where its product rules are read (readProductRules).
  return (optionsPolicy(options) as PolicyRules | undefined) ?? rulesInForceAt(ms);
}

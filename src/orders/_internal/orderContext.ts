import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { definePolicy } from '../../policy/definePolicy.ts';
import { newCommercePolicyInForceAt } from '../../policy/newCommercePolicyInForceAt.ts';
import type { NewCommercePolicy } from '../../policy/types.ts';
import { parseInstant } from '../../time/parseInstant.ts';

/** The instant and the policy an order is judged by (ORD-3, POL-2). */
export interface OrderContext {
  readonly ms: number;
  readonly policy: NewCommercePolicy;
}

/**
 * Reads `checkOrder`'s options: `at` required (ORD-9), the policy given (a New Commerce one,
 * checked by `definePolicy` unless it made it) or the catalog's in force at `at`.
 *
 * @throws {@link RuleError} `MISSING_FIELD` at `options.at`; `INVALID_ARGUMENT` at `options` or
 *   `options.policy`; `INVALID_POLICY` for a policy that is not valid.
 */
export function orderContext(options: unknown): OrderContext {
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    fail(RuleErrorCode.MISSING_FIELD, 'options.at', 'expected an instant', undefined);
  const { at, policy } = options as { at?: unknown; policy?: unknown };
  if (at === undefined) fail(RuleErrorCode.MISSING_FIELD, 'options.at', 'expected an instant', at);
  const ms = parseInstant(at, 'options.at');
  if (policy === undefined) return { ms, policy: newCommercePolicyInForceAt(ms) };
  if (typeof policy !== 'object' || policy === null)
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options.policy', 'expected a policy', policy);
  const given = Object.isFrozen(policy) ? policy : definePolicy(policy);
  if ((given as { program?: unknown }).program !== 'new-commerce')
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.policy.program',
      'expected a New Commerce policy',
      (given as { program?: unknown }).program,
    );
  return { ms, policy: given as NewCommercePolicy };
}

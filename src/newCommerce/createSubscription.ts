import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { requireProgram } from '../kernel/requireProgram.ts';
import { createNewCommerce } from '../lifecycle/newCommerce/createNewCommerce.ts';
import type {
  NewCommerceSubscription,
  NewCommerceSubscriptionInput,
} from '../lifecycle/newCommerce/types.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';

/**
 * Creates a New Commerce subscription (NCE-7, NCE-8): the root entry's `createSubscription` for
 * New Commerce alone.
 *
 * @param input - `program: 'new-commerce'`, the product, term, billing frequency, seats, order
 *   instant, and optionally the unit price per billing period and a trial.
 * @param options - Taken only to refuse `{ policy }`, as the root entry does: a New Commerce state
 *   follows the catalog policy in force at each term's start.
 * @returns The state, `active` (or `trial`) with its first term and one seat batch.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `input.program` for a legacy input; the codes of
 *   the root entry's `createSubscription`.
 * @example
 * ```ts
 * import { createSubscription } from 'subscription-rules/new-commerce';
 * const sub = createSubscription({
 *   program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly',
 *   quantity: 10, orderedAt: '2026-11-20T10:00:00Z',
 * });
 * [sub.status, sub.termEnd];
 * //=> ['active', '2027-11-20T00:00:00.000Z']
 * ```
 * @category New Commerce
 */
export function createSubscription(
  input: NewCommerceSubscriptionInput,
  options?: PolicyOptions,
): NewCommerceSubscription {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    fail(RuleErrorCode.INVALID_ARGUMENT, 'input', 'expected the subscription input', input);
  requireProgram(input, 'new-commerce', 'input');
  return createNewCommerce(input, options);
}

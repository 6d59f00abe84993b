import { requireProgram } from '../kernel/requireProgram.ts';
import { createLegacy } from '../lifecycle/legacy/createLegacy.ts';
import type { Subscription, SubscriptionInput } from '../lifecycle/legacy/types.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';

/**
 * Creates a legacy subscription (LC-1, LC-2): the root entry's `createSubscription` for the legacy
 * program alone.
 *
 * @param input - The product, billing cycle, term, licences, order instant and the optional
 *   price, free trial and account dates.
 * @param options - `{ policy }` to create it under a policy of your own.
 * @returns The state, `program: 'legacy'`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `input.program` for a New Commerce input; the
 *   codes of the root entry's `createSubscription`.
 * @example
 * ```ts
 * import { createSubscription } from 'subscription-rules/legacy';
 * const sub = createSubscription({ product: 'marketplace-saas', billingCycle: 'monthly', quantity: 1, orderedAt: '2026-11-20T10:00:00Z' });
 * [sub.program, sub.termEnd];
 * //=> ['legacy', '2026-12-20T10:00:00.000Z']
 * ```
 * @category Legacy
 */
export function createSubscription(
  input: SubscriptionInput,
  options?: PolicyOptions,
): Subscription {
  requireProgram(input, 'legacy', 'input');
  return createLegacy(input, options);
}

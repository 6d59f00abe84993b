import { requireProgram } from '../kernel/requireProgram.ts';
import type { NewCommerceDeadline } from '../lifecycle/newCommerce/eventTypes.ts';
import { nextDeadlineNewCommerce } from '../lifecycle/newCommerce/nextDeadlineNewCommerce.ts';
import type { NewCommerceSubscription } from '../lifecycle/newCommerce/types.ts';

/**
 * The next time-driven event of a New Commerce subscription (NCE-8), or `null` when none is due.
 *
 * @param subscription - A New Commerce state.
 * @returns `{ type, at }` or `null`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `subscription.program` for a legacy state.
 * @example
 * ```ts
 * import { createSubscription, nextDeadline } from 'subscription-rules/new-commerce';
 * nextDeadline(createSubscription({
 *   program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'annual',
 *   quantity: 1, orderedAt: '2026-11-20T10:00:00Z',
 * }));
 * //=> { type: 'renewed', at: '2027-11-20T00:00:00.000Z' }
 * ```
 * @category New Commerce
 */
export function nextDeadline(subscription: NewCommerceSubscription): NewCommerceDeadline | null {
  requireProgram(subscription, 'new-commerce', 'subscription');
  return nextDeadlineNewCommerce(subscription);
}

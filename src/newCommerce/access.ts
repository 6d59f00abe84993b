import { requireProgram } from '../kernel/requireProgram.ts';
import type { Access } from '../lifecycle/accessRights.ts';
import { accessOfNewCommerce } from '../lifecycle/newCommerce/accessOfNewCommerce.ts';
import type { NewCommerceSubscription } from '../lifecycle/newCommerce/types.ts';

/**
 * Who can sign in to a New Commerce subscription in its current status (NCE-9).
 *
 * @param subscription - A New Commerce state.
 * @returns `{ users, admins }`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `subscription.program` for a legacy state.
 * @example
 * ```ts
 * import { access, createSubscription } from 'subscription-rules/new-commerce';
 * access(createSubscription({
 *   program: 'new-commerce', product: 'license-based', term: 'P1M', billingFrequency: 'monthly',
 *   quantity: 1, orderedAt: '2026-11-20T10:00:00Z',
 * }));
 * //=> { users: true, admins: true }
 * ```
 * @category New Commerce
 */
export function access(subscription: NewCommerceSubscription): Access {
  requireProgram(subscription, 'new-commerce', 'subscription');
  return accessOfNewCommerce(subscription);
}

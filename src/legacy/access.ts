import { requireProgram } from '../kernel/requireProgram.ts';
import type { Access } from '../lifecycle/accessRights.ts';
import { accessLegacy } from '../lifecycle/legacy/accessLegacy.ts';
import type { Subscription } from '../lifecycle/legacy/types.ts';

/**
 * Who can sign in to a legacy subscription in its current status (LC-13, SUS-4).
 *
 * @param subscription - A legacy state.
 * @returns `{ users, admins }`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `subscription.program` for a New Commerce state.
 * @example
 * ```ts
 * import { access, createSubscription } from 'subscription-rules/legacy';
 * access(createSubscription({ product: 'marketplace-saas', billingCycle: 'monthly', quantity: 1, orderedAt: '2026-11-20T10:00:00Z' }));
 * //=> { users: true, admins: true }
 * ```
 * @category Legacy
 */
export function access(subscription: Subscription): Access {
  requireProgram(subscription, 'legacy', 'subscription');
  return accessLegacy(subscription);
}

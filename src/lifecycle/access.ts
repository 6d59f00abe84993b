import type { Access } from './accessRights.ts';
import { accessLegacy } from './legacy/accessLegacy.ts';
import type { Subscription } from './legacy/types.ts';
import { accessOfNewCommerce } from './newCommerce/accessOfNewCommerce.ts';
import type { NewCommerceSubscription } from './newCommerce/types.ts';

/**
 * Who can sign in to a subscription in its current status (LC-13, SUS-4): everyone in `trial`
 * and `active`; only administrators while `suspended` (`001`: "Administrators can still sign in and
 * access data"); nobody once it has ended.
 *
 * @param subscription - The state.
 * @returns `{ users, admins }`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for something that is not a subscription state.
 * @example
 * ```ts
 * import { access, createSubscription } from 'subscription-rules';
 * access(createSubscription({ product: 'marketplace-usage', quantity: 1, orderedAt: '2026-01-01T00:00:00Z' }));
 * //=> { users: true, admins: true }
 * ```
 * New Commerce (NCE-9): everyone in `trial`, `active` and `expired` (not billed, still usable);
 * administrators only while `suspended` and `disabled`; nobody once `cancelled` or `deleted`.
 *
 * @category Lifecycle
 */
export function access(subscription: Subscription | NewCommerceSubscription): Access {
  if ((subscription as { program?: unknown } | null)?.program === 'new-commerce') {
    return accessOfNewCommerce(subscription as NewCommerceSubscription);
  }
  return accessLegacy(subscription as Subscription);
}

export type { Access };

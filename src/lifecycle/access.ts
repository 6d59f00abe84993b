import { readSubscription } from './machine/readSubscription.ts';
import { accessNewCommerce } from './newCommerce/accessNewCommerce.ts';
import { readState } from './newCommerce/machine/readState.ts';
import type { NewCommerceSubscription } from './newCommerce/types.ts';
import type { Subscription } from './types.ts';

/**
 * Who can sign in (LC-13).
 *
 * @category Lifecycle
 */
export interface Access {
  /** Whether the subscription's users can sign in and use the service. */
  readonly users: boolean;
  /** Whether administrators can sign in and reach the data. */
  readonly admins: boolean;
}

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
    readState(subscription);
    const row = accessNewCommerce[subscription.status];
    return { users: row.users, admins: row.admins };
  }
  readSubscription(subscription);
  const status = subscription.status;
  const running = status === 'trial' || status === 'active';
  return { users: running, admins: running || status === 'suspended' };
}

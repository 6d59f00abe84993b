import { requireProgram } from '../kernel/requireProgram.ts';
import { nextDeadlineLegacy } from '../lifecycle/legacy/nextDeadlineLegacy.ts';
import type { Deadline, Subscription } from '../lifecycle/legacy/types.ts';

/**
 * The next time-driven event of a legacy subscription (LC-10), or `null` when none is due.
 *
 * @param subscription - A legacy state.
 * @returns `{ type, at }` or `null`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `subscription.program` for a New Commerce state.
 * @example
 * ```ts
 * import { createSubscription, nextDeadline } from 'subscription-rules/legacy';
 * nextDeadline(createSubscription({ product: 'marketplace-saas', billingCycle: 'monthly', quantity: 1, orderedAt: '2026-11-20T10:00:00Z' }));
 * //=> { type: 'renewed', at: '2026-12-20T10:00:00.000Z' }
 * ```
 * @category Legacy
 */
export function nextDeadline(subscription: Subscription): Deadline | null {
  requireProgram(subscription, 'legacy', 'subscription');
  return nextDeadlineLegacy(subscription);
}

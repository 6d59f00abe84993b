import { requireProgram } from '../kernel/requireProgram.ts';
import { allowedActionsNewCommerce } from '../lifecycle/newCommerce/allowedActionsNewCommerce.ts';
import type { NewCommerceAllowedAction } from '../lifecycle/newCommerce/allowedActionTypes.ts';
import type {
  NewCommerceActionOptions,
  NewCommerceSubscription,
} from '../lifecycle/newCommerce/types.ts';
import type { Instant } from '../time/parseInstant.ts';

/**
 * The events a New Commerce subscription would accept at `at`, each with what it would do
 * (NCE-10): what a UI shows as buttons.
 *
 * @param subscription - A New Commerce state.
 * @param at - The instant; not before the state's `asOf`.
 * @param options - `{ locale }` for the descriptions (MSG-1); `{ policy }` is refused, as the root
 *   entry refuses it for a New Commerce state.
 * @returns The accepted events, in the lifecycle table's order.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `subscription.program` for a legacy state;
 *   `OUT_OF_ORDER` when `at` is before `asOf`.
 * @example
 * ```ts
 * import { allowedActions, createSubscription } from 'subscription-rules/new-commerce';
 * const sub = createSubscription({
 *   program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly',
 *   quantity: 10, orderedAt: '2026-11-20T10:00:00Z',
 * });
 * allowedActions(sub, '2026-11-23T09:00:00Z').map((action) => action.type);
 * //=> ['cancel', 'change-quantity', 'set-auto-renew', 'schedule-renewal', 'suspend', 'change-term']
 * ```
 * @category New Commerce
 */
export function allowedActions(
  subscription: NewCommerceSubscription,
  at: Instant,
  options?: NewCommerceActionOptions,
): NewCommerceAllowedAction[] {
  requireProgram(subscription, 'new-commerce', 'subscription');
  return allowedActionsNewCommerce(subscription, at, options);
}

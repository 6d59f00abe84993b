import { requireProgram } from '../kernel/requireProgram.ts';
import { allowedActionsLegacy } from '../lifecycle/legacy/allowedActionsLegacy.ts';
import type { AllowedAction } from '../lifecycle/legacy/allowedActionTypes.ts';
import type { Subscription } from '../lifecycle/legacy/types.ts';
import type { MessageOptions } from '../messages/types.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import type { Instant } from '../time/parseInstant.ts';

/**
 * The events a legacy subscription would accept at `at`, each with what it would do (LC-12).
 *
 * @param subscription - A legacy state.
 * @param at - The instant; not before the state's `asOf`.
 * @param options - `{ policy }`, `{ locale }` for the descriptions (MSG-1).
 * @returns The accepted events, in the lifecycle table's order.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `subscription.program` for a New Commerce
 *   state; `OUT_OF_ORDER` when `at` is before `asOf`.
 * @example
 * ```ts
 * import { allowedActions, createSubscription } from 'subscription-rules/legacy';
 * const sub = createSubscription({ product: 'marketplace-saas', billingCycle: 'monthly', quantity: 1, orderedAt: '2026-11-20T10:00:00Z' });
 * allowedActions(sub, '2026-11-20T12:00:00Z')[0]?.description;
 * //=> 'full-credit until 2026-11-21T10:00:00.000Z'
 * ```
 * @category Legacy
 */
export function allowedActions(
  subscription: Subscription,
  at: Instant,
  options?: PolicyOptions & MessageOptions,
): AllowedAction[] {
  requireProgram(subscription, 'legacy', 'subscription');
  return allowedActionsLegacy(subscription, at, options);
}

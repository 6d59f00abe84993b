import { requireProgram } from '../kernel/requireProgram.ts';
import { advanceLegacy } from '../lifecycle/legacy/advanceLegacy.ts';
import type { Advanced, Subscription } from '../lifecycle/legacy/types.ts';
import type { Instant } from '../time/parseInstant.ts';

/**
 * Lets time pass for a legacy subscription (LC-10): every trial conversion, renewal, scheduled
 * cancellation, expiry and data deletion up to `to`, in order.
 *
 * @param subscription - A legacy state.
 * @param to - The instant to advance to; not before the state's `asOf`.
 * @returns The state at `to` and the events that happened.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `subscription.program` for a New Commerce
 *   state; `OUT_OF_ORDER` when `to` is before `asOf`.
 * @example
 * ```ts
 * import { advance, createSubscription } from 'subscription-rules/legacy';
 * const sub = createSubscription({ product: 'marketplace-saas', billingCycle: 'monthly', quantity: 1, orderedAt: '2026-11-20T10:00:00Z' });
 * advance(sub, '2027-01-01T00:00:00Z').events.map((e) => e.type);
 * //=> ['renewed']
 * ```
 * @category Legacy
 */
export function advance(subscription: Subscription, to: Instant): Advanced {
  requireProgram(subscription, 'legacy', 'subscription');
  return advanceLegacy(subscription, to);
}

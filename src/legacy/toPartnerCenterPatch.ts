import type { Subscription } from '../lifecycle/legacy/types.ts';
import { toPartnerCenterPatchLegacy } from '../partnerCenter/legacy/toPartnerCenterPatchLegacy.ts';
import type { PartnerCenterPatch } from '../partnerCenter/PartnerCenterPatch.ts';

/**
 * The smallest PATCH body that moves a Partner Center resource from one legacy state to another
 * (PCR-2), or `null` when nothing changed.
 *
 * @param before - The state the resource holds.
 * @param after - The state to move it to.
 * @returns The PATCH body, or `null`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `before.program` or `after.program` for a New
 *   Commerce state, at `after.status` for a status the API does not take.
 * @example
 * ```ts
 * import { createSubscription, toPartnerCenterPatch, transition } from 'subscription-rules/legacy';
 * const before = createSubscription({ product: 'marketplace-saas', billingCycle: 'monthly', quantity: 1, orderedAt: '2026-11-20T10:00:00Z' });
 * const step = transition(before, { type: 'cancel', at: '2026-11-20T12:00:00Z' });
 * step.ok && toPartnerCenterPatch(before, step.subscription);
 * //=> { status: 'deleted' }
 * ```
 * @category Legacy
 */
export function toPartnerCenterPatch(
  before: Subscription,
  after: Subscription,
): PartnerCenterPatch | null {
  return toPartnerCenterPatchLegacy(before, after);
}

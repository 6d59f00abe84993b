import type { NewCommerceSubscription } from '../lifecycle/newCommerce/types.ts';
import { toPartnerCenterPatchNewCommerce } from '../partnerCenter/newCommerce/toPartnerCenterPatchNewCommerce.ts';
import type { PartnerCenterPatch } from '../partnerCenter/PartnerCenterPatch.ts';

/**
 * The smallest PATCH body that moves a Partner Center resource from one New Commerce state to
 * another (PCR-2), or `null` when nothing changed.
 *
 * @param before - The state the resource holds.
 * @param after - The state to move it to.
 * @returns The PATCH body, or `null`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `before.program` or `after.program` for a legacy
 *   state, at `after.status` for a status the API does not take.
 * @example
 * ```ts
 * import { createSubscription, toPartnerCenterPatch, transition } from 'subscription-rules/new-commerce';
 * const before = createSubscription({
 *   program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly',
 *   quantity: 10, orderedAt: '2026-11-20T10:00:00Z',
 * });
 * const step = transition(before, { type: 'change-quantity', at: '2026-11-21T00:00:00Z', quantity: 12 });
 * step.ok && toPartnerCenterPatch(before, step.subscription);
 * //=> { quantity: 12 }
 * ```
 * @category New Commerce
 */
export function toPartnerCenterPatch(
  before: NewCommerceSubscription,
  after: NewCommerceSubscription,
): PartnerCenterPatch | null {
  return toPartnerCenterPatchNewCommerce(before, after);
}

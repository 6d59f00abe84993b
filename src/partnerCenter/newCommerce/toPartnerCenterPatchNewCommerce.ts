import { nextDeadlineNewCommerce } from '../../lifecycle/newCommerce/nextDeadlineNewCommerce.ts';
import type { NewCommerceSubscription } from '../../lifecycle/newCommerce/types.ts';
import { programPatch } from '../_internal/programPatch.ts';
import type { PartnerCenterPatch } from '../PartnerCenterPatch.ts';
import { endOfTermPatch } from './endOfTermPatch.ts';

/**
 * The smallest PATCH body between two new-commerce states (PCR-2); a state of the other program is a
 * `RuleError` at `before.program` or `after.program`.
 *
 * @param before - The state the resource holds.
 * @param after - The state to move it to.
 * @returns The PATCH body, or `null`.
 */
export function toPartnerCenterPatchNewCommerce(
  before: NewCommerceSubscription,
  after: NewCommerceSubscription,
): PartnerCenterPatch | null {
  return endOfTermPatch(
    before,
    after,
    programPatch(before, after, 'new-commerce', nextDeadlineNewCommerce),
  );
}

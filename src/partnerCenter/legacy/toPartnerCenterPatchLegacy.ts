import { nextDeadlineLegacy } from '../../lifecycle/legacy/nextDeadlineLegacy.ts';
import type { Subscription } from '../../lifecycle/legacy/types.ts';
import { programPatch } from '../_internal/programPatch.ts';
import type { PartnerCenterPatch } from '../PartnerCenterPatch.ts';

/**
 * The smallest PATCH body between two legacy states (PCR-2); a state of the other program is a
 * `RuleError` at `before.program` or `after.program`.
 *
 * @param before - The state the resource holds.
 * @param after - The state to move it to.
 * @returns The PATCH body, or `null`.
 */
export function toPartnerCenterPatchLegacy(
  before: Subscription,
  after: Subscription,
): PartnerCenterPatch | null {
  return programPatch(before, after, 'legacy', nextDeadlineLegacy);
}

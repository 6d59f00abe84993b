import type { NewCommerceSubscription } from '../../lifecycle/newCommerce/types.ts';
import type { PartnerCenterPatch } from '../PartnerCenterPatch.ts';

/** Partner Center's end-of-term action for each option (EST-6). */
const WIRE_ACTION = {
  renew: 'RenewToNewTerm',
  'extended-service-term': 'RenewToExtendedServiceTerm',
  cancel: 'Cancel',
} as const;

/**
 * A New Commerce PATCH with its end-of-term change (EST-6): `autoRenewEnabled` and the explicit
 * `scheduledActions` entry together, never auto-renew off alone, which Partner Center would read as
 * the Extended Service Term. Unchanged when the option did not change, or the state entered one.
 */
export function endOfTermPatch(
  before: NewCommerceSubscription,
  after: NewCommerceSubscription,
  patch: PartnerCenterPatch | null,
): PartnerCenterPatch | null {
  if (before.endOfTerm === after.endOfTerm || after.extendedServiceTerm !== undefined) return patch;
  return {
    ...patch,
    autoRenewEnabled: after.autoRenew,
    scheduledActions: [{ scheduleType: 'TermEnd', actionType: WIRE_ACTION[after.endOfTerm] }],
  };
}

import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { Subscription } from '../../lifecycle/legacy/types.ts';
import type {
  NewCommerceSubscription,
  ScheduledRenewal,
} from '../../lifecycle/newCommerce/types.ts';
import type { PartnerCenterPatch } from '../PartnerCenterPatch.ts';

/** The API status a PATCH sets for a state's status, when it takes one. */
const WIRE: Readonly<Record<string, 'suspended' | 'active' | 'deleted'>> = {
  suspended: 'suspended',
  active: 'active',
  cancelled: 'deleted',
};

function instructions(
  s: ScheduledRenewal | null,
): Exclude<PartnerCenterPatch['scheduledNextTermInstructions'], undefined> {
  if (s === null) return null;
  return {
    product: {
      ...(s.billingFrequency === null ? {} : { billingCycle: s.billingFrequency }),
      ...(s.term === null ? {} : { termDuration: s.term }),
    },
    ...(s.quantity === null ? {} : { quantity: s.quantity }),
    ...(s.customTermEndDate === undefined ? {} : { customTermEndDate: s.customTermEndDate }),
  };
}

/**
 * The smallest PATCH body between two checked states of one program (PCR-2), or `null`.
 *
 * @param before - The state the resource is in (checked).
 * @param after - The state to move it to (checked, same program).
 * @returns The body, or `null` when nothing changed.
 * @throws {@link RuleError} at `after.status` for a status a PATCH cannot set.
 */
export function patchBetween(
  before: Subscription | NewCommerceSubscription,
  after: Subscription | NewCommerceSubscription,
): PartnerCenterPatch | null {
  const patch: {
    -readonly [K in keyof PartnerCenterPatch]+?: Exclude<PartnerCenterPatch[K], undefined>;
  } = {};
  if (before.status !== after.status) {
    // a trial is deleted to cancel it (both programs); it takes no other status by PATCH
    const status =
      before.status === 'trial'
        ? after.status === 'cancelled'
          ? 'deleted'
          : undefined
        : WIRE[after.status];
    if (status === undefined)
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'after.status',
        'expected a status a PATCH sets (suspended, active, cancelled)',
        after.status,
      );
    patch.status = status;
  }
  if (before.autoRenew !== after.autoRenew) patch.autoRenewEnabled = after.autoRenew;
  if (before.quantity !== after.quantity) patch.quantity = after.quantity;
  if (before.program === 'new-commerce' && after.program === 'new-commerce') {
    const a = instructions(before.scheduled);
    const b = instructions(after.scheduled);
    if (JSON.stringify(a) !== JSON.stringify(b)) patch.scheduledNextTermInstructions = b;
  }
  return Object.keys(patch).length === 0 ? null : patch;
}

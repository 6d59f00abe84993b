import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import type { Subscription } from '../lifecycle/legacy/types.ts';
import type { NewCommerceSubscription, ScheduledRenewal } from '../lifecycle/newCommerce/types.ts';
import { checkedAs } from './_internal/checkedAs.ts';

/**
 * The body of a PATCH to a Partner Center Subscription resource (PCR-2): only the fields that
 * change.
 *
 * @category Partner Center
 */
export interface PartnerCenterPatch {
  /** `suspended` to suspend, `active` to reactivate, `deleted` to cancel. */
  readonly status?: 'suspended' | 'active' | 'deleted';
  /** Auto-renew on or off. */
  readonly autoRenewEnabled?: boolean;
  /** The new number of seats. */
  readonly quantity?: number;
  /** The changes scheduled for the renewal, or `null` to clear them. */
  readonly scheduledNextTermInstructions?: {
    /** The term and billing cycle for the renewal. */
    readonly product: {
      /** The billing cycle after the renewal. */
      readonly billingCycle?: string;
      /** The term after the renewal. */
      readonly termDuration?: string;
    };
    /** Seats after the renewal. */
    readonly quantity?: number;
  } | null;
}

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
  };
}

/**
 * The smallest PATCH body that moves a Partner Center resource from `before` to `after` (PCR-2):
 * `status` (`suspended`, `active`, `deleted` for a cancellation), `autoRenewEnabled`, `quantity`,
 * `scheduledNextTermInstructions`; `null` when none of them changed.
 *
 * @param before - The state the resource holds (e.g. from `fromPartnerCenterSubscription`).
 * @param after - The state to move it to (e.g. from `transition`).
 * @returns The PATCH body, or `null`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `after.status` for a change of status the API does
 *   not take (a renewal, an expiry, a trial's conversion), at `after.program` when the two states
 *   are of different programs; the lifecycle's errors for a state that is not one.
 * @example
 * ```ts
 * const before = createSubscription({ product: 'marketplace-saas', billingCycle: 'monthly', quantity: 1, orderedAt: '2026-01-05T00:00:00Z' });
 * const step = transition(before, { type: 'cancel', at: '2026-01-05T06:00:00Z' });
 * step.ok && toPartnerCenterPatch(before, step.subscription);
 * //=> { status: 'deleted' }
 * ```
 * @category Partner Center
 */
export function toPartnerCenterPatch(
  before: Subscription | NewCommerceSubscription,
  after: Subscription | NewCommerceSubscription,
): PartnerCenterPatch | null {
  checkedAs(before, 'before');
  checkedAs(after, 'after');
  // a state without `program` is legacy, as one that says so (NCE, §11)
  const nce = (before as { program?: unknown }).program === 'new-commerce';
  if (nce !== ((after as { program?: unknown }).program === 'new-commerce'))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'after.program',
      'expected the program of before',
      (after as { program?: unknown }).program ?? 'legacy',
    );
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
  if (nce) {
    const a = instructions((before as NewCommerceSubscription).scheduled);
    const b = instructions((after as NewCommerceSubscription).scheduled);
    if (JSON.stringify(a) !== JSON.stringify(b)) patch.scheduledNextTermInstructions = b;
  }
  return Object.keys(patch).length === 0 ? null : patch;
}

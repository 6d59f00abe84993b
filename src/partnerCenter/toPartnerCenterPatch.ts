import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { checkedAs } from '../kernel/checkedAs.ts';
import { fail } from '../kernel/fail.ts';
import type { Subscription } from '../lifecycle/legacy/types.ts';
import type { NewCommerceSubscription } from '../lifecycle/newCommerce/types.ts';
import { nextDeadline } from '../lifecycle/nextDeadline.ts';
import { patchBetween } from './_internal/patchBetween.ts';
import { endOfTermPatch } from './newCommerce/endOfTermPatch.ts';
import type { PartnerCenterPatch } from './PartnerCenterPatch.ts';

export type { PartnerCenterPatch };

/**
 * The smallest PATCH body that moves a Partner Center resource from `before` to `after` (PCR-2):
 * `status` (`suspended`, `active`, `deleted` for a cancellation), `autoRenewEnabled`, `quantity`,
 * `scheduledNextTermInstructions`; `null` when none of them changed. A New Commerce end-of-term
 * change (EST-6) always carries `autoRenewEnabled` **and** `scheduledActions: [{ scheduleType:
 * 'TermEnd', actionType }]` (`RenewToNewTerm`, `RenewToExtendedServiceTerm`, `Cancel`), never
 * auto-renew off alone, which Partner Center reads as the Extended Service Term.
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
  checkedAs(before, 'before', nextDeadline);
  checkedAs(after, 'after', nextDeadline);
  // a state stored without `program` is legacy, as one that says so (NCE-1)
  if (
    ((before as { program?: unknown }).program === 'new-commerce') !==
    ((after as { program?: unknown }).program === 'new-commerce')
  )
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'after.program',
      'expected the program of before',
      (after as { program?: unknown }).program ?? 'legacy',
    );
  const patch = patchBetween(before, after);
  // a New Commerce term's end is sent as its explicit action (EST-6)
  return (before as { program?: unknown }).program === 'new-commerce'
    ? endOfTermPatch(before as NewCommerceSubscription, after as NewCommerceSubscription, patch)
    : patch;
}

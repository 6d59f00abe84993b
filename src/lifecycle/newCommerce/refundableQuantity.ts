import { assertNotBefore } from '../../time/assertNotBefore.ts';
import { instantText } from '../../time/instantText.ts';
import { type Instant, parseInstant } from '../../time/parseInstant.ts';
import { advanceState } from './machine/advanceState.ts';
import { readState } from './machine/readState.ts';
import { reducible } from './machine/reducible.ts';
import type { RefundableQuantity } from './resultTypes.ts';
import type { NewCommerceSubscription } from './types.ts';

/**
 * The seats of a New Commerce subscription that can be removed at `at`, in the shape of Partner
 * Center's `refundableQuantity` field (NCE-6): the seat batches whose reduction window contains
 * `at`, newest first, and their total. Only an `active` licence-based subscription has any:
 * software subscriptions, marketplace offers and trials take no reductions. Time passes to `at`
 * first (a renewal at `termEnd` opens a new window for the whole quantity).
 *
 * @param subscription - A New Commerce state.
 * @param at - The instant; not before the state's `asOf`.
 * @returns `{ total, details: [{ quantity, allowedUntil }] }`.
 * @throws {@link RuleError} `OUT_OF_ORDER` when `at` is before `asOf`; `INVALID_ARGUMENT` for
 *   something that is not a New Commerce state; the codes of a bad instant.
 * @example
 * ```ts
 * import { createSubscription, refundableQuantity, transition } from 'subscription-rules';
 * const sub = createSubscription({
 *   program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly',
 *   quantity: 10, orderedAt: '2026-11-20T10:00:00Z',
 * });
 * const more = transition(sub, { type: 'change-quantity', at: '2026-11-25T08:00:00Z', quantity: 12 });
 * more.ok && refundableQuantity(more.subscription, '2026-11-27T12:00:00Z');
 * //=> { total: 12, details: [{ quantity: 2, allowedUntil: '2026-12-03T00:00:00.000Z' }, { quantity: 10, allowedUntil: '2026-11-28T00:00:00.000Z' }] }
 * ```
 * @category New Commerce
 */
export function refundableQuantity(
  subscription: NewCommerceSubscription,
  at: Instant,
): RefundableQuantity {
  const asOf = readState(subscription);
  const atMs = parseInstant(at, 'at');
  assertNotBefore(atMs, 'at', asOf, 'subscription.asOf');
  return reducible(advanceState(subscription, atMs, instantText(at, atMs, 'at'), []), atMs);
}

import { localized } from '../messages/localized.ts';
import type { MessageOptions } from '../messages/types.ts';
import { optionsPolicy } from '../policy/optionsPolicy.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import type { PolicyRules } from '../policy/types.ts';
import type { Instant } from '../time/parseInstant.ts';
import { decideCancellation } from './legacy/decideCancellation.ts';
import { newCommerceDecision } from './newCommerce/newCommerceDecision.ts';
import type { LegacyPurchase, NewCommercePurchase, Purchase } from './Purchase.ts';
import type {
  CancellationDecision,
  LegacyCancellationDecision,
  NewCommerceCancellationDecision,
} from './types.ts';

/**
 * What happens to the money if the customer cancels at `at` (REF-1 … REF-11). The rules
 * are those of the policy in force at `purchase.orderedAt` (POL-2), so an order of 2021-03-07 keeps
 * its 60-day software window when the request comes in April; every window and outcome is read
 * from the policy's data. Windows are half-open and count from the order (TIME-3, REF-11): at
 * exactly `windowEndsAt` the window is closed.
 *
 * Decided: `daysRemaining` is the whole 24-hour days from `at` to the window's end, rounded down
 * (REF-9): 60 at the order of a 60-day window, 1 at the order of a 24-hour one, 0 on the last partial
 * day and after the end. A `price` must be ≥ 0. A `term` is checked against the product's `terms`,
 * so a product with none (perpetual software, plans, usage) accepts no term. `currentTermEnd`, when
 * given, must come after `at` whatever the outcome. A `billingCycle` is checked whenever given.
 * The `reason` of an answer that does not depend on time is the one its outcome's type allows
 * (`usage-based`, `plan-not-cancellable`), whatever text a custom policy's rule carries.
 * A window the purchase states as Partner Center does (`fullCreditUntil`, and for New Commerce
 * `cancellableUntil`; PCR-1) replaces the computed one; where it differs, the message speaks of
 * "the stated window".
 *
 * @param purchase - The product, `billingCycle` where the rule depends on it, `orderedAt`, and
 *   optionally `price`, `term`, `currentTermEnd` and the stated windows.
 * @param at - The instant of the cancellation request.
 * @param options - `{ policy }` to decide by a policy of your own; `{ locale }` for the message in
 *   another language (MSG-1), e.g. `ko` from `subscription-rules/locales/ko`.
 * @returns The decision: `outcome`, `rule`, `policyId`, `message` with its `messageId` and
 *   `params` (MSG-1), and `windowEndsAt` /
 *   `daysRemaining`, `credit`, `effectiveAt`, `reason` where they apply.
 * @throws {@link RuleError} `OUT_OF_ORDER` when `at` is before the order or `currentTermEnd` is not
 *   after `at`; `MISSING_FIELD` for a missing `orderedAt`, product, or the billing cycle of
 *   `marketplace-saas` (REF-10); `INVALID_ARGUMENT` for an unknown product, billing cycle or term
 *   (REF-5); `INVALID_INSTANT`; the codes of a bad price.
 * @example
 * ```ts
 * import { cancellationDecision } from 'subscription-rules';
 * const saas = { product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' } as const;
 * cancellationDecision(saas, '2026-11-21T09:59:59.999Z').outcome;
 * //=> 'full-credit'
 * cancellationDecision(saas, '2026-11-21T10:00:00Z');
 * //=> { outcome: 'cancel-at-renewal', rule: 'REF-2', policyId: 'partner-center-2021-03', program: 'legacy',
 * //     message: 'Requested after the 24-hour full-credit window (ended 2026-11-21T10:00:00.000Z): the cancellation is scheduled for the end of the current term, with no credit.',
 * //     messageId: 'refund.cancel-at-renewal', params: { count: 24, unit: 'hour', windowEndsAt: '2026-11-21T10:00:00.000Z' },
 * //     windowEndsAt: '2026-11-21T10:00:00.000Z', daysRemaining: 0 }
 * cancellationDecision(
 *   { product: 'software-subscription', orderedAt: '2021-03-07T12:00:00Z', price: { amount: 36500, currency: 'USD' } },
 *   '2021-04-20T08:00:00Z',
 * );
 * //=> { outcome: 'prorated-credit', rule: 'REF-5', policyId: 'partner-center-2020-01', program: 'legacy',
 * //     message: 'Cancelled within 60 days of the order, with no early-termination fee: the unused part of the term is credited on the next invoice (window ends 2021-05-06T12:00:00.000Z).',
 * //     messageId: 'refund.prorated-credit', params: { count: 60, unit: 'day', windowEndsAt: '2021-05-06T12:00:00.000Z' },
 * //     windowEndsAt: '2021-05-06T12:00:00.000Z', daysRemaining: 16, credit: { amount: 32000, currency: 'USD' } }
 * ```
 * @category Refunds
 */
export function cancellationDecision(
  purchase: NewCommercePurchase,
  at: Instant,
  options?: PolicyOptions & MessageOptions,
): NewCommerceCancellationDecision;
/**
 * The decision for a legacy purchase (REF-1 … REF-11); see the first overload.
 *
 * @param purchase - The legacy purchase (no `program`, or `program: 'legacy'`).
 * @param at - The instant of the cancellation request.
 * @param options - `{ policy }`, `{ locale }`.
 * @returns The decision, `program: 'legacy'`.
 */
export function cancellationDecision(
  purchase: LegacyPurchase,
  at: Instant,
  options?: PolicyOptions & MessageOptions,
): LegacyCancellationDecision;
/**
 * The decision for a purchase of either program, narrowed by `program` (NCE-1).
 *
 * @param purchase - The purchase.
 * @param at - The instant of the cancellation request.
 * @param options - `{ policy }`, `{ locale }`.
 * @returns The decision of the purchase's program.
 */
export function cancellationDecision(
  purchase: Purchase,
  at: Instant,
  options?: PolicyOptions & MessageOptions,
): CancellationDecision;
export function cancellationDecision(
  purchase: Purchase,
  at: Instant,
  options?: PolicyOptions & MessageOptions,
): CancellationDecision {
  const policy = optionsPolicy(options);
  return localized(
    typeof purchase === 'object' && purchase !== null && purchase.program === 'new-commerce'
      ? newCommerceDecision(purchase, at, policy)
      : // A New Commerce policy is refused where the legacy product rules are read.
        decideCancellation(purchase, at, policy as PolicyRules | undefined),
    options,
  );
}

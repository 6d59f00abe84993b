import { requireProgram } from '../kernel/requireProgram.ts';
import { localized } from '../messages/localized.ts';
import type { MessageOptions } from '../messages/types.ts';
import { optionsPolicy } from '../policy/optionsPolicy.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import { decideNewCommerceCancellation } from '../refunds/newCommerce/decideNewCommerceCancellation.ts';
import type { NewCommercePurchase } from '../refunds/Purchase.ts';
import type { NewCommerceCancellationDecision } from '../refunds/types.ts';
import type { Instant } from '../time/parseInstant.ts';

/**
 * What happens to the money if the customer cancels a New Commerce purchase at `at` (NCE-4,
 * NCE-5): the root entry's `cancellationDecision` for New Commerce alone, so a bundle that
 * imports it carries none of the legacy rules.
 *
 * @param purchase - A New Commerce purchase (`program: 'new-commerce'`).
 * @param at - The instant of the cancellation request.
 * @param options - `{ policy }` (a New Commerce policy of your own), `{ locale }`.
 * @returns The decision, `program: 'new-commerce'`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `purchase.program` for a legacy purchase; the
 *   codes of the root entry's `cancellationDecision`.
 * @example
 * ```ts
 * import { cancellationDecision } from 'subscription-rules/new-commerce';
 * const decision = cancellationDecision(
 *   {
 *     program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly',
 *     orderedAt: '2026-11-20T10:00:00Z', quantity: 10, price: { amount: 1250, currency: 'USD' },
 *   },
 *   '2026-11-23T09:00:00Z',
 * );
 * [decision.outcome, decision.credit];
 * //=> ['prorated-credit', { amount: 10830, currency: 'USD' }]
 * ```
 * @category New Commerce
 */
export function cancellationDecision(
  purchase: NewCommercePurchase,
  at: Instant,
  options?: PolicyOptions & MessageOptions,
): NewCommerceCancellationDecision {
  requireProgram(purchase, 'new-commerce', 'purchase');
  const policy = optionsPolicy(options);
  return localized(
    decideNewCommerceCancellation(purchase, at, policy) as NewCommerceCancellationDecision,
    options,
  );
}

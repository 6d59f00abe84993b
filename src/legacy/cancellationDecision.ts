import { requireProgram } from '../kernel/requireProgram.ts';
import { localized } from '../messages/localized.ts';
import type { MessageOptions } from '../messages/types.ts';
import { optionsPolicy } from '../policy/optionsPolicy.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import type { PolicyRules } from '../policy/types.ts';
import { decideCancellation } from '../refunds/legacy/decideCancellation.ts';
import type { LegacyPurchase } from '../refunds/Purchase.ts';
import type { LegacyCancellationDecision } from '../refunds/types.ts';
import type { Instant } from '../time/parseInstant.ts';

/**
 * What happens to the money if the customer cancels a legacy purchase at `at` (REF-1 … REF-11):
 * the root entry's `cancellationDecision` for the legacy program alone, so a bundle that imports
 * it carries none of New Commerce's rules.
 *
 * @param purchase - A legacy purchase (no `program`, or `program: 'legacy'`).
 * @param at - The instant of the cancellation request.
 * @param options - `{ policy }` (a legacy policy of your own), `{ locale }`.
 * @returns The decision, `program: 'legacy'`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `purchase.program` for a New Commerce purchase;
 *   the codes of the root entry's `cancellationDecision`.
 * @example
 * ```ts
 * import { cancellationDecision } from 'subscription-rules/legacy';
 * cancellationDecision(
 *   { product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' },
 *   '2026-11-21T09:59:59.999Z',
 * ).outcome;
 * //=> 'full-credit'
 * ```
 * @category Legacy
 */
export function cancellationDecision(
  purchase: LegacyPurchase,
  at: Instant,
  options?: PolicyOptions & MessageOptions,
): LegacyCancellationDecision {
  requireProgram(purchase, 'legacy', 'purchase');
  // a New Commerce policy is refused where the legacy product rules are read
  const policy = optionsPolicy(options) as PolicyRules | undefined;
  return localized(decideCancellation(purchase, at, policy) as LegacyCancellationDecision, options);
}

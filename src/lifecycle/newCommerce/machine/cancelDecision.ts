import { MS_PER_DAY } from '../../../kernel/units.ts';
import { isUsageProduct } from '../../../policy/vocabulary/usageProducts.ts';
import { decideNewCommerceCancellation } from '../../../refunds/newCommerce/decideNewCommerceCancellation.ts';
import type { NewCommercePurchase } from '../../../refunds/Purchase.ts';
import type { CancellationDecision } from '../../../refunds/types.ts';
import { formatInstant } from '../../../time/formatInstant.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import { startOfUtcDay } from '../../../time/startOfUtcDay.ts';
import type { NewCommerceSubscription } from '../types.ts';

/** What a cancellation decision reads of a state (the Partner Center reader passes as much). */
export type DecisionFields = Pick<
  NewCommerceSubscription,
  | 'product'
  | 'term'
  | 'billingFrequency'
  | 'termStart'
  | 'termEnd'
  | 'orderedAt'
  | 'quantity'
  | 'cancellableUntil'
  | 'fullCreditUntil'
> & { readonly price?: NewCommerceSubscription['price'] | undefined };

/**
 * What cancelling a running (active or suspended) subscription at `at` would do: the refund
 * decision for its current term and all its seats (NCE-4, NCE-11), as legacy `cancel` asks
 * `decideCancellation` (through `decideNewCommerceCancellation`). The decision uses the policy in force at `termStart`, the state's own,
 * and the windows Partner Center stated for the term, when the state holds them (PCR-1).
 */
export function cancelDecision(s: DecisionFields, at: string): CancellationDecision {
  const purchase = (
    isUsageProduct(s.product)
      ? {
          program: 'new-commerce',
          product: s.product,
          orderedAt: s.orderedAt,
          quantity: s.quantity,
        }
      : {
          program: 'new-commerce',
          product: s.product,
          term: s.term,
          billingFrequency: s.billingFrequency,
          orderedAt: s.orderedAt,
          termStart: s.termStart,
          currentTermEnd: s.termEnd,
          quantity: s.quantity,
          ...(s.cancellableUntil === undefined ? {} : { cancellableUntil: s.cancellableUntil }),
          ...(s.fullCreditUntil === undefined ? {} : { fullCreditUntil: s.fullCreditUntil }),
        }
  ) as NewCommercePurchase;
  const priced = s.price == null ? purchase : { ...purchase, price: s.price };
  return decideNewCommerceCancellation(priced, at, undefined);
}

/**
 * Until when a decision's outcome holds: a licence-based or software full credit ends with the
 * term's first UTC day (NCE-4), or at a stated full-credit end (PCR-1); every other outcome with
 * the decision's window.
 */
export function outcomeUntil(
  s: DecisionFields,
  decision: CancellationDecision,
): string | undefined {
  if (decision.outcome === 'cancel-at-renewal') return s.termEnd ?? undefined;
  if (!('windowEndsAt' in decision)) return undefined;
  if (decision.outcome !== 'full-credit') return decision.windowEndsAt;
  const stated = s.fullCreditUntil;
  if (stated === undefined && s.product === 'marketplace-saas') return decision.windowEndsAt;
  const end =
    stated ??
    formatInstant(
      startOfUtcDay(parseInstant(s.termStart, 'subscription.termStart')) + MS_PER_DAY,
      'until',
    );
  return end < decision.windowEndsAt ? end : decision.windowEndsAt;
}

import * as fc from 'fast-check';
import type { Order } from '../orders/types.ts';
import type { BillingFrequency } from '../policy/vocabulary/billingFrequencies.ts';
import { NEW_COMMERCE_BILLING } from '../policy/vocabulary/newCommerceBilling.ts';
import type { NewCommerceTerm } from '../policy/vocabulary/newCommerceTerms.ts';
import { readOrderOffers } from './_internal/orderOffers.ts';
import { readConstraints } from './_internal/readConstraints.ts';
import { readMaximum } from './_internal/readMaximum.ts';

/** Options of {@link order}. */
export interface OrderConstraints {
  /**
   * The offers drawn from, by catalog key or product ID.
   *
   * @defaultValue every offer of the catalog's order rules, and `dynamics-365-sales` (not listed)
   */
  readonly offers?: readonly string[] | undefined;
  /**
   * The most seats.
   *
   * @defaultValue `400` (past the Business family's cap of 300)
   */
  readonly maxQuantity?: number | undefined;
  /**
   * Whether some orders are trials.
   *
   * @defaultValue `true`
   */
  readonly trials?: boolean | undefined;
}

/** Every term and billing frequency a licence is sold with (NCE-2). */
const PLANS: readonly { term: NewCommerceTerm; billingFrequency: BillingFrequency }[] =
  /* @__PURE__ */ Object.entries(NEW_COMMERCE_BILLING['license-based']).flatMap(([term, list]) =>
    list.map((billingFrequency) => ({ term: term as NewCommerceTerm, billingFrequency })),
  );

/**
 * Purchases `checkOrder` accepts as input (ORD-1): an offer, 1 … `maxQuantity` seats, a term and
 * billing frequency NCE-2 sells a licence with, and now and then a trial.
 *
 * @param constraints - {@link OrderConstraints}.
 * @returns The arbitrary.
 * @throws `RuleError` `INVALID_ARGUMENT` for constraints of the wrong kind.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { order } from 'subscription-rules/arbitraries';
 * fc.sample(order({ offers: ['microsoft-365-e3'] }), 1)[0]?.offer;
 * //=> 'microsoft-365-e3'
 * ```
 * @category Arbitraries
 */
export function order(constraints?: OrderConstraints): fc.Arbitrary<Order> {
  const c = readConstraints(constraints);
  const offers = readOrderOffers(c.offers, 'constraints.offers');
  const max = Math.max(1, readMaximum(c.maxQuantity, 400, 'constraints.maxQuantity'));
  const trials = c.trials !== false;
  return fc
    .record({
      offer: fc.constantFrom(...offers),
      quantity: fc.integer({ min: 1, max }),
      plan: fc.constantFrom(...PLANS),
      trial: trials ? fc.boolean() : fc.constant(false),
    })
    .map(({ offer, quantity, plan, trial }) => ({
      offer,
      quantity,
      term: plan.term,
      billingFrequency: plan.billingFrequency,
      ...(trial ? { trial: true } : {}),
    }));
}

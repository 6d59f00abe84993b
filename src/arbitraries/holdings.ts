import * as fc from 'fast-check';
import type { Holding, HoldingStatus } from '../orders/types.ts';
import { readOrderOffers } from './_internal/orderOffers.ts';
import { readConstraints } from './_internal/readConstraints.ts';
import { readMaximum } from './_internal/readMaximum.ts';

/** Options of {@link holdings}. */
export interface HoldingsConstraints {
  /**
   * The offers drawn from, by catalog key or product ID.
   *
   * @defaultValue every offer of the catalog's order rules, and `dynamics-365-sales` (not listed)
   */
  readonly offers?: readonly string[] | undefined;
  /**
   * The most subscriptions.
   *
   * @defaultValue `6`
   */
  readonly maxLength?: number | undefined;
  /**
   * The most seats of one.
   *
   * @defaultValue `300`
   */
  readonly maxQuantity?: number | undefined;
}

const STATUSES: readonly HoldingStatus[] = [
  'active',
  'active',
  'active',
  'suspended',
  'trial',
  'expired',
  'cancelled',
  'deleted',
];

/**
 * A customer's subscriptions as `checkOrder` takes them (ORD-1): ids `s1`, `s2`, … in order, an
 * offer, 0 … `maxQuantity` seats, mostly `active`, now and then a status that does not count.
 *
 * @param constraints - {@link HoldingsConstraints}.
 * @returns The arbitrary.
 * @throws `RuleError` `INVALID_ARGUMENT` for constraints of the wrong kind.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { holdings } from 'subscription-rules/arbitraries';
 * fc.sample(holdings({ maxLength: 1 }), 10).every((list) => list.length <= 1);
 * //=> true
 * ```
 * @category Arbitraries
 */
export function holdings(constraints?: HoldingsConstraints): fc.Arbitrary<Holding[]> {
  const c = readConstraints(constraints);
  const offers = readOrderOffers(c.offers, 'constraints.offers');
  const maxLength = readMaximum(c.maxLength, 6, 'constraints.maxLength');
  const max = readMaximum(c.maxQuantity, 300, 'constraints.maxQuantity');
  return fc
    .array(
      fc.record({
        offer: fc.constantFrom(...offers),
        quantity: fc.integer({ min: 0, max }),
        status: fc.constantFrom(...STATUSES),
      }),
      { maxLength },
    )
    .map((list) => list.map((h, i) => ({ id: `s${i + 1}`, ...h })));
}

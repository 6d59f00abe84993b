import * as fc from 'fast-check';
import { CUSTOMER_SEGMENTS } from '../offers/offerVocabulary.ts';
import type { Customer, CustomerSegment } from '../offers/types.ts';
import { marketArbitrary } from './_internal/marketArbitrary.ts';
import { readChoices } from './_internal/readChoices.ts';
import { readConstraints } from './_internal/readConstraints.ts';
import type { MarketConstraints } from './MarketConstraints.ts';

/** Options of {@link customer}. */
export interface CustomerConstraints {
  /**
   * The segments drawn from.
   *
   * @defaultValue `['commercial', 'education', 'government', 'nonprofit']`
   */
  readonly segments?: readonly CustomerSegment[] | undefined;
  /**
   * The billing countries, and how they are written.
   *
   * @defaultValue every market, in every form of `market()`
   */
  readonly markets?: MarketConstraints | undefined;
}

/**
 * Customers as `offerAvailability` takes them: a segment and a billing country written the ways
 * people write markets.
 *
 * @param constraints - Segments and markets.
 * @returns An arbitrary of `Customer` that `parseCustomer` accepts.
 * @throws `RuleError` `INVALID_ARGUMENT` for an unknown segment, `UNKNOWN_MARKET` for an
 *   unknown market code.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { customer } from 'subscription-rules/arbitraries';
 * fc.sample(customer({ segments: ['nonprofit'], markets: { codes: ['DE'], forms: ['code'] } }), 1);
 * //=> [{ segment: 'nonprofit', billingCountry: 'DE' }]
 * ```
 * @category Arbitraries
 */
export function customer(constraints?: CustomerConstraints): fc.Arbitrary<Customer> {
  const options = readConstraints(constraints);
  const segments = readChoices(options.segments, CUSTOMER_SEGMENTS, 'constraints.segments');
  return fc.record({
    segment: fc.constantFrom(...segments),
    billingCountry: marketArbitrary(options.markets, 'constraints.markets'),
  });
}

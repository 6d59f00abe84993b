import * as fc from 'fast-check';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import {
  CUSTOMER_SEGMENTS,
  OFFER_BILLING_TYPES,
  OFFER_CATEGORIES,
  OFFER_PUBLISHERS,
} from '../offers/offerVocabulary.ts';
import type { Offer } from '../offers/types.ts';
import { marketArbitrary } from './_internal/marketArbitrary.ts';
import { readConstraints } from './_internal/readConstraints.ts';
import type { MarketConstraints } from './MarketConstraints.ts';

/** Options of {@link offer}. */
export interface OfferConstraints {
  /**
   * The offer ids drawn from; a short list makes offers collide with a customer's subscriptions.
   *
   * @defaultValue `['offer-a', 'offer-b', 'offer-c']`
   */
  readonly ids?: readonly string[] | undefined;
  /**
   * The partner ids an offer may be exclusive to.
   *
   * @defaultValue `['partner-1', 'partner-2', 'partner-3']`
   */
  readonly partners?: readonly string[] | undefined;
  /**
   * The product families drawn from (`azure-reservations` has unavailable markets in the policy).
   *
   * @defaultValue `['azure-reservations', 'office-365', 'dynamics-365']`
   */
  readonly productFamilies?: readonly string[] | undefined;
  /**
   * The markets of `supportedCountries`, and how they are written.
   *
   * @defaultValue every market, in every form of `market()`
   */
  readonly markets?: MarketConstraints | undefined;
}

/** A non-empty list of non-empty strings, or the default. */
function readTexts(value: unknown, fallback: readonly string[], path: string): readonly string[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value) || value.length === 0) {
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a non-empty list of strings', value);
  }
  value.forEach((item: unknown, i) => {
    if (typeof item !== 'string' || item === '') {
      fail(RuleErrorCode.INVALID_ARGUMENT, `${path}.${i}`, 'expected a non-empty string', item);
    }
  });
  return value as readonly string[];
}

/**
 * Marketplace offers with any mix of the optional restrictions (OFR): categories, segments,
 * supported countries (written as people write markets), CSP and transactability flags,
 * partner exclusivity and one-per-customer.
 *
 * @param constraints - Offer ids, partners, product families and markets.
 * @returns An arbitrary of `Offer` that `parseOffer` accepts.
 * @throws `RuleError` `INVALID_ARGUMENT` for an empty or non-string list.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { offerAvailability } from 'subscription-rules';
 * import { customer, offer } from 'subscription-rules/arbitraries';
 * // Every refusal gives at least one reason.
 * fc.assert(
 *   fc.property(offer(), customer(), (o, c) => {
 *     const result = offerAvailability({ offer: o, customer: c, partnerId: 'partner-1' });
 *     return result.available === (result.reasons.length === 0);
 *   }),
 * );
 * ```
 * @category Arbitraries
 */
export function offer(constraints?: OfferConstraints): fc.Arbitrary<Offer> {
  const options = readConstraints(constraints);
  const ids = readTexts(options.ids, ['offer-a', 'offer-b', 'offer-c'], 'constraints.ids');
  const partners = readTexts(
    options.partners,
    ['partner-1', 'partner-2', 'partner-3'],
    'constraints.partners',
  );
  const families = readTexts(
    options.productFamilies,
    ['azure-reservations', 'office-365', 'dynamics-365'],
    'constraints.productFamilies',
  );
  return fc.record(
    {
      id: fc.constantFrom(...ids),
      publisher: fc.constantFrom(...OFFER_PUBLISHERS),
      billingType: fc.constantFrom(...OFFER_BILLING_TYPES),
      categories: fc.subarray([...OFFER_CATEGORIES]),
      productFamily: fc.constantFrom(...families),
      onePerCustomer: fc.boolean(),
      segments: fc.subarray([...CUSTOMER_SEGMENTS]),
      supportedCountries: fc.array(marketArbitrary(options.markets, 'constraints.markets'), {
        maxLength: 5,
      }),
      offeredThroughCsp: fc.boolean(),
      exclusiveToPartners: fc.subarray([...partners]),
      transactable: fc.boolean(),
    },
    { requiredKeys: ['id', 'publisher', 'billingType'] },
  );
}

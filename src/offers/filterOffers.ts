import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { requireOneOf } from '../kernel/requireOneOf.ts';
import { requireRecord } from '../kernel/requireRecord.ts';
import { readOfferBasics } from './_internal/readOfferBasics.ts';
import { OFFER_BILLING_TYPES, OFFER_CATEGORIES, OFFER_PUBLISHERS } from './offerVocabulary.ts';
import type { Offer, OfferFilters } from './types.ts';

/**
 * The offers that match every given filter (OFR-1): `publisher` (`microsoft`, `partner`),
 * `billingType` (`license`, `usage`) and `category` (`enterprise`, `small-business`, `trial`; an
 * offer without `categories` matches no category filter). No filter keeps every offer.
 *
 * Decided: the offers kept are the caller's own objects, in their order, in a new array; each
 * offer's `id`, `publisher`, `billingType` and `categories` are checked (the fields a filter reads),
 * the rest is {@link offerAvailability}'s to check.
 *
 * @param offers - The offers to filter.
 * @param filters - `{ publisher?, billingType?, category? }`; none by default.
 * @returns A new array of the matching offers.
 * @throws {@link RuleError} `INVALID_ARGUMENT` or `MISSING_FIELD` naming the path of a bad offer
 *   field (`offers.2.publisher`) or filter (`filters.category`).
 * @example
 * ```ts
 * import { filterOffers } from 'subscription-rules';
 * const offers = [
 *   { id: 'm365', publisher: 'microsoft', billingType: 'license', categories: ['enterprise'] },
 *   { id: 'isv-vm', publisher: 'partner', billingType: 'usage' },
 * ] as const;
 * filterOffers(offers, { publisher: 'microsoft', category: 'enterprise' }).map((offer) => offer.id);
 * //=> ['m365']
 * ```
 * @category Offers
 */
export function filterOffers<T extends Offer>(offers: readonly T[], filters?: OfferFilters): T[] {
  const given = filters === undefined ? {} : requireRecord(filters, 'filters');
  const read = <V extends string>(key: string, allowed: readonly V[]): V | undefined =>
    given[key] === undefined ? undefined : requireOneOf(given[key], allowed, `filters.${key}`);
  const publisher = read('publisher', OFFER_PUBLISHERS);
  const billingType = read('billingType', OFFER_BILLING_TYPES);
  const category = read('category', OFFER_CATEGORIES);
  if (!Array.isArray(offers)) {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'offers', 'expected a list of offers', offers);
  }
  const checked = offers.map((offer, index) => readOfferBasics(offer, `offers.${index}`));
  return offers.filter((_, index) => {
    const offer = checked[index];
    return (
      offer !== undefined &&
      (publisher === undefined || offer.publisher === publisher) &&
      (billingType === undefined || offer.billingType === billingType) &&
      (category === undefined || offer.categories?.includes(category) === true)
    );
  });
}

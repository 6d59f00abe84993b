import fc from 'fast-check';
import type {
  Customer,
  CustomerSegment,
  CustomerSubscription,
  Offer,
  OfferAvailabilityInput,
  OfferCategory,
} from 'subscription-rules';
import {
  market,
  customer as publicCustomer,
  offer as publicOffer,
} from 'subscription-rules/arbitraries';

export const SEGMENTS: readonly CustomerSegment[] = [
  'commercial',
  'education',
  'government',
  'nonprofit',
];
export const CATEGORIES: readonly OfferCategory[] = ['enterprise', 'small-business', 'trial'];
export const STATUSES: readonly CustomerSubscription['status'][] = [
  'trial',
  'active',
  'suspended',
  'cancelled',
  'expired',
  'deleted',
];
const PARTNERS = ['partner-1', 'partner-2', 'PARTNER-3'];

/** A market as a caller may write it: odd cases the tests rely on, and every form of `market()`. */
export const marketText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('SZ', 'Swaziland', 'DE', 'Saba', 'BQ', 'xs', 'United States'),
  market(),
);

/** An offer with any mix of the optional restrictions: the public `offer()` arbitrary. */
export const offer: fc.Arbitrary<Offer> = publicOffer({
  ids: ['offer-a', 'offer-b'],
  partners: PARTNERS,
  productFamilies: ['azure-reservations', 'office-365'],
});

/** A customer of any segment, billed in a market written any way: the public `customer()`. */
export const customer: fc.Arbitrary<Customer> = publicCustomer();

export const subscriptions: fc.Arbitrary<CustomerSubscription[]> = fc.array(
  fc.record({
    offerId: fc.constantFrom('offer-a', 'offer-b', 'OFFER-A'),
    status: fc.constantFrom(...STATUSES),
  }),
  { maxLength: 4 },
);

/** A whole input of offerAvailability, with or without subscriptions. */
export const availabilityInput: fc.Arbitrary<OfferAvailabilityInput> = fc.record(
  {
    offer,
    customer,
    partnerId: fc.constantFrom(...PARTNERS, 'partner-4'),
    subscriptions,
  },
  { requiredKeys: ['offer', 'customer', 'partnerId'] },
);

/**
 * A way to restrict an offer further: turn a flag against the buyer, or give a list where there
 * was none, or keep only some of a list's items.
 */
export const restriction: fc.Arbitrary<(offer: Offer) => Offer> = fc.oneof(
  fc.constant((o: Offer): Offer => ({ ...o, transactable: false })),
  fc.constant((o: Offer): Offer => ({ ...o, offeredThroughCsp: false })),
  fc.constant((o: Offer): Offer => ({ ...o, onePerCustomer: true })),
  ...(['segments', 'supportedCountries', 'exclusiveToPartners'] as const).map((key) =>
    fc
      .tuple(fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), fc.array(marketText))
      .map(([keep, fresh]) => (o: Offer): Offer => {
        const list: readonly string[] | undefined = o[key];
        const source =
          list ?? (key === 'supportedCountries' ? fresh : key === 'segments' ? SEGMENTS : PARTNERS);
        return { ...o, [key]: source.filter((_, i) => keep[i % keep.length]) };
      }),
  ),
);

import type { OfferMessageId } from '../messages/en/offers.ts';
import type { MessageParams } from '../messages/types.ts';
import type { ProductFamily } from '../policy/types.ts';
import type { SubscriptionStatus } from '../policy/vocabulary/subscriptionStatuses.ts';
import type {
  CUSTOMER_SEGMENTS,
  OFFER_BILLING_TYPES,
  OFFER_CATEGORIES,
  OFFER_PUBLISHERS,
} from './offerVocabulary.ts';

/**
 * Who publishes an offer: Microsoft itself, or a third-party ISV through the commercial
 * marketplace (OFR).
 *
 * @category Offers
 */
export type OfferPublisher = (typeof OFFER_PUBLISHERS)[number];

/**
 * How an offer is billed: per license, or by usage (metered or consumption-based) (OFR).
 *
 * @category Offers
 */
export type OfferBillingType = (typeof OFFER_BILLING_TYPES)[number];

/**
 * A catalog category an offer may be listed under (OFR-1).
 *
 * @category Offers
 */
export type OfferCategory = (typeof OFFER_CATEGORIES)[number];

/**
 * The segment a customer belongs to, which decides the offers it may buy (OFR).
 *
 * @category Offers
 */
export type CustomerSegment = (typeof CUSTOMER_SEGMENTS)[number];

/**
 * An offer of the catalog and the restrictions on who may buy it (OFR). An absent (or
 * `undefined`) optional field means "no restriction"; an empty list admits nobody.
 *
 * @category Offers
 */
export interface Offer {
  /** The offer's identifier. */
  readonly id: string;
  /** Microsoft's own offer, or a third party's. */
  readonly publisher: OfferPublisher;
  /** Billed per license or by usage. */
  readonly billingType: OfferBillingType;
  /** The catalog categories it is listed under (OFR-1); absent: none. */
  readonly categories?: readonly OfferCategory[] | undefined;
  /** The product family whose market availability applies (MKT-3), e.g. `azure-reservations`. */
  readonly productFamily?: ProductFamily | (string & {}) | undefined;
  /** Whether a customer may hold only one subscription to it. */
  readonly onePerCustomer?: boolean | undefined;
  /** The customer segments it is sold to. */
  readonly segments?: readonly CustomerSegment[] | undefined;
  /** The billing countries the ISV supports: market codes or English names (MKT-2). */
  readonly supportedCountries?: readonly string[] | undefined;
  /** `false` when the ISV chose not to offer it through CSP. */
  readonly offeredThroughCsp?: boolean | undefined;
  /** The only partners that may sell it. */
  readonly exclusiveToPartners?: readonly string[] | undefined;
  /** `false` when it cannot be transacted through the partner tools. */
  readonly transactable?: boolean | undefined;
}

/**
 * The customer who would buy an offer (OFR).
 *
 * @category Offers
 */
export interface Customer {
  /** The customer's segment. */
  readonly segment: CustomerSegment;
  /** The customer's billing country: a market code (any case) or an English name (MKT-2). */
  readonly billingCountry: string;
}

/**
 * One of the customer's current subscriptions, as far as offer availability needs it (OFR).
 * A lifecycle subscription with an `offerId` fits; other fields are ignored.
 *
 * @category Offers
 */
export interface CustomerSubscription {
  /** The offer it is a subscription to. */
  readonly offerId: string;
  /** Its lifecycle status (LC-1 … LC-13). */
  readonly status: SubscriptionStatus;
}

/**
 * What {@link offerAvailability} decides about (OFR).
 *
 * @category Offers
 */
export interface OfferAvailabilityInput {
  /** The offer the customer would buy. */
  readonly offer: Offer;
  /** The customer. */
  readonly customer: Customer;
  /** The partner who would sell it (compared with `offer.exclusiveToPartners`). */
  readonly partnerId: string;
  /** The customer's current subscriptions; none when absent. */
  readonly subscriptions?: readonly CustomerSubscription[] | undefined;
}

/**
 * Why an offer cannot be sold, as a stable code (OFR), in the order the reasons are listed.
 *
 * @category Offers
 */
export type OfferReasonCode =
  | 'not-license-based'
  | 'not-transactable'
  | 'not-offered-through-csp'
  | 'exclusive-to-other-partners'
  | 'country-not-supported'
  | 'market-unavailable'
  | 'segment-not-eligible'
  | 'reactivate-instead'
  | 'already-subscribed';

/**
 * One reason an offer cannot be sold: a stable code for programs and one English sentence for
 * people (ERR-1, OFR).
 *
 * @category Offers
 */
export interface OfferReason {
  /** The stable code. */
  readonly code: OfferReasonCode;
  /**
   * One sentence a UI can show, English unless a `{ locale }` was given (MSG-1), e.g.
   * `This offer is not sold to education customers.`
   */
  readonly message: string;
  /** The message's stable ID (MSG-1): `offer.` and the code, e.g. `offer.segment-not-eligible`. */
  readonly messageId: OfferMessageId;
  /** The message's named parameters (MSG-1), e.g. `{ segment: 'education' }`. */
  readonly params: MessageParams;
}

/**
 * Whether a customer can buy an offer from a partner, and every reason why not (OFR).
 *
 * @category Offers
 */
export interface OfferAvailability {
  /** `true` exactly when `reasons` is empty. */
  readonly available: boolean;
  /** Every reason that applies, in the order OFR lists them, each code at most once. */
  readonly reasons: readonly OfferReason[];
  /** The policy the market check used (POL-1). */
  readonly policyId: string;
}

/**
 * The filters of {@link filterOffers} (OFR-1); an absent filter keeps every offer.
 *
 * @category Offers
 */
export interface OfferFilters {
  /** Keep only offers of this publisher. */
  readonly publisher?: OfferPublisher | undefined;
  /** Keep only offers of this billing type. */
  readonly billingType?: OfferBillingType | undefined;
  /** Keep only offers listed under this category; an offer without `categories` never matches. */
  readonly category?: OfferCategory | undefined;
}

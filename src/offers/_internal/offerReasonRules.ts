import type { MarketCode } from '../../markets/MarketCode.ts';
import type { MessageParams } from '../../messages/types.ts';
import type { CustomerSegment, CustomerSubscription, OfferReasonCode } from '../types.ts';
import type { CheckedOffer } from './readOffer.ts';

/** What the reasons of offer availability are decided on, every field already checked. */
export interface OfferContext {
  readonly offer: CheckedOffer;
  readonly segment: CustomerSegment;
  /** The customer's billing market, as a Partner Center code (MKT-2). */
  readonly country: MarketCode;
  /** `"Eswatini (SZ)"`: the billing market for a message. */
  readonly where: string;
  /** The partner's ID in lower case. */
  readonly partnerId: string;
  /** The statuses in which the customer holds this offer. */
  readonly held: ReadonlySet<CustomerSubscription['status']>;
  /** Whether the policy lists the offer's product family as unavailable in `country` (MKT-3). */
  readonly marketUnavailable: boolean;
}

/** One reason an offer cannot be sold: when it applies, and the parameters of its sentence. */
export interface OfferReasonRule {
  readonly code: OfferReasonCode;
  readonly applies: (context: OfferContext) => boolean;
  /** The message's parameters (MSG-1); its ID is `offer.` and the code. */
  readonly params?: (context: OfferContext) => MessageParams;
}

/**
 * The reasons of OFR, in the order OFR lists them: the order of this table is the order of the
 * answer. An absent restriction (`undefined`) never applies; an empty list admits nobody.
 */
export const OFFER_REASON_RULES: readonly OfferReasonRule[] = [
  {
    code: 'not-license-based',
    applies: ({ offer }) => offer.publisher === 'partner' && offer.billingType === 'usage',
  },
  {
    code: 'not-transactable',
    applies: ({ offer }) => offer.transactable === false,
  },
  {
    code: 'not-offered-through-csp',
    applies: ({ offer }) => offer.offeredThroughCsp === false,
  },
  {
    code: 'exclusive-to-other-partners',
    applies: ({ offer, partnerId }) =>
      offer.exclusiveToPartners?.some((id) => id.toLowerCase() === partnerId) === false,
  },
  {
    code: 'country-not-supported',
    applies: ({ offer, country }) => offer.supportedCountries?.includes(country) === false,
    params: ({ where }) => ({ market: where }),
  },
  {
    code: 'market-unavailable',
    applies: ({ marketUnavailable }) => marketUnavailable,
    params: ({ offer, where }) => ({ family: offer.productFamily as string, market: where }),
  },
  {
    code: 'segment-not-eligible',
    applies: ({ offer, segment }) => offer.segments?.includes(segment) === false,
    params: ({ segment }) => ({ segment }),
  },
  {
    code: 'reactivate-instead',
    applies: ({ offer, held }) => offer.onePerCustomer === true && held.has('suspended'),
  },
  {
    code: 'already-subscribed',
    applies: ({ offer, held }) =>
      offer.onePerCustomer === true && (held.has('trial') || held.has('active')),
  },
];

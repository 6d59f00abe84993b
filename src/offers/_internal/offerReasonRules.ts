import { describeValue } from '../../kernel/describeValue.ts';
import type { MarketCode } from '../../markets/MarketCode.ts';
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

/** One reason an offer cannot be sold: when it applies, and the sentence that says so. */
export interface OfferReasonRule {
  readonly code: OfferReasonCode;
  readonly applies: (context: OfferContext) => boolean;
  readonly message: (context: OfferContext) => string;
}

/**
 * The reasons of OFR, in the order OFR lists them: the order of this table is the order of the
 * answer. An absent restriction (`undefined`) never applies; an empty list admits nobody.
 */
export const OFFER_REASON_RULES: readonly OfferReasonRule[] = [
  {
    code: 'not-license-based',
    applies: ({ offer }) => offer.publisher === 'partner' && offer.billingType === 'usage',
    message: () =>
      'This third-party offer is billed by usage, so it is bought in the Azure portal, not through Partner Center.',
  },
  {
    code: 'not-transactable',
    applies: ({ offer }) => offer.transactable === false,
    message: () => 'This offer cannot be transacted through the partner tools.',
  },
  {
    code: 'not-offered-through-csp',
    applies: ({ offer }) => offer.offeredThroughCsp === false,
    message: () => 'The publisher does not offer this offer through CSP.',
  },
  {
    code: 'exclusive-to-other-partners',
    applies: ({ offer, partnerId }) =>
      offer.exclusiveToPartners?.some((id) => id.toLowerCase() === partnerId) === false,
    message: () => 'This offer is exclusive to other partners.',
  },
  {
    code: 'country-not-supported',
    applies: ({ offer, country }) => offer.supportedCountries?.includes(country) === false,
    message: ({ where }) => `The publisher does not support customers billed in ${where}.`,
  },
  {
    code: 'market-unavailable',
    applies: ({ marketUnavailable }) => marketUnavailable,
    message: ({ offer, where }) =>
      `Product family ${describeValue(offer.productFamily)} is not available in ${where}.`,
  },
  {
    code: 'segment-not-eligible',
    applies: ({ offer, segment }) => offer.segments?.includes(segment) === false,
    message: ({ segment }) => `This offer is not sold to ${segment} customers.`,
  },
  {
    code: 'reactivate-instead',
    applies: ({ offer, held }) => offer.onePerCustomer === true && held.has('suspended'),
    message: () =>
      'The customer holds this offer in a suspended subscription: reactivate it rather than buy it again.',
  },
  {
    code: 'already-subscribed',
    applies: ({ offer, held }) =>
      offer.onePerCustomer === true && (held.has('trial') || held.has('active')),
    message: () =>
      'The customer already holds this one-per-customer offer in a trial or active subscription.',
  },
];

/**
 * The English sentences of the reasons an offer cannot be sold (OFR, MSG-1), by message ID:
 * `offer.` and the reason's code. `{market}` is the billing market as `Eswatini (SZ)`.
 */
export const offerMessages = {
  'offer.not-license-based':
    'This third-party offer is billed by usage, so it is bought in the Azure portal, not through Partner Center.',
  'offer.not-transactable': 'This offer cannot be transacted through the partner tools.',
  'offer.not-offered-through-csp': 'The publisher does not offer this offer through CSP.',
  'offer.exclusive-to-other-partners': 'This offer is exclusive to other partners.',
  'offer.country-not-supported': 'The publisher does not support customers billed in {market}.',
  'offer.market-unavailable': 'Product family "{family}" is not available in {market}.',
  'offer.segment-not-eligible': 'This offer is not sold to {segment} customers.',
  'offer.reactivate-instead':
    'The customer holds this offer in a suspended subscription: reactivate it rather than buy it again.',
  'offer.already-subscribed':
    'The customer already holds this one-per-customer offer in a trial or active subscription.',
} as const;

/**
 * The message ID of an offer reason (MSG-1).
 *
 * @category Messages
 */
export type OfferMessageId = keyof typeof offerMessages;

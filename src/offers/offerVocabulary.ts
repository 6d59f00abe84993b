export { SUBSCRIPTION_STATUSES } from '../policy/vocabulary/subscriptionStatuses.ts';

/** Who publishes an offer (OFR). */
export const OFFER_PUBLISHERS = ['microsoft', 'partner'] as const;
/** How an offer is billed (OFR). */
export const OFFER_BILLING_TYPES = ['license', 'usage'] as const;
/** The categories `filterOffers` filters by (OFR-1). */
export const OFFER_CATEGORIES = ['enterprise', 'small-business', 'trial'] as const;
/** The customer segments an offer may be sold to (OFR). */
export const CUSTOMER_SEGMENTS = ['commercial', 'education', 'government', 'nonprofit'] as const;

import type {
  CustomerSegment,
  CustomerSubscription,
  OfferBillingType,
  OfferCategory,
  OfferPublisher,
} from '../offers/types.ts';

/** Every {@link OfferPublisher}, for input guards. */
export const OFFER_PUBLISHERS: readonly OfferPublisher[] = ['microsoft', 'partner'];
/** Every {@link OfferBillingType}, for input guards. */
export const OFFER_BILLING_TYPES: readonly OfferBillingType[] = ['license', 'usage'];
/** Every {@link OfferCategory}, for input guards. */
export const OFFER_CATEGORIES: readonly OfferCategory[] = ['enterprise', 'small-business', 'trial'];
/** Every {@link CustomerSegment}, for input guards. */
export const CUSTOMER_SEGMENTS: readonly CustomerSegment[] = [
  'commercial',
  'education',
  'government',
  'nonprofit',
];
/** Every subscription status (SPEC §5), for input guards. */
export const SUBSCRIPTION_STATUSES: readonly CustomerSubscription['status'][] = [
  'trial',
  'active',
  'suspended',
  'cancelled',
  'expired',
  'deleted',
];

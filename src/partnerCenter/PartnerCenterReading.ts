import type { Subscription } from '../lifecycle/legacy/types.ts';
import type { NewCommerceSubscription } from '../lifecycle/newCommerce/types.ts';
import type { PartnerCenterNote } from './PartnerCenterSubscription.ts';

/**
 * What `fromPartnerCenterSubscription` read: the state, and what it could not carry over.
 *
 * @category Partner Center
 */
export interface PartnerCenterReading<
  S extends Subscription | NewCommerceSubscription = Subscription | NewCommerceSubscription,
> {
  /** The lifecycle state, legacy or New Commerce (`program` tells which), as of `asOf`. */
  readonly subscription: S;
  /** Disagreements between the resource and the rules, and fields not carried over. */
  readonly notes: readonly PartnerCenterNote[];
}

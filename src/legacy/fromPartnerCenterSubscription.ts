import type { Subscription } from '../lifecycle/legacy/types.ts';
import { fromPartnerCenterLegacy } from '../partnerCenter/legacy/fromPartnerCenterLegacy.ts';
import type { PartnerCenterReading } from '../partnerCenter/PartnerCenterReading.ts';
import type { PartnerCenterReadOptions } from '../partnerCenter/PartnerCenterReadOptions.ts';
import type { PartnerCenterSubscription } from '../partnerCenter/PartnerCenterSubscription.ts';

/**
 * Reads a legacy Partner Center Subscription resource into a state (PCR-1), with the notes of
 * what it could not carry over; the root entry's reader for the legacy program alone.
 *
 * @param resource - The resource as the API returns it (parsed JSON).
 * @param options - `asOf`: when it was fetched; `locale`: the notes' language; `price`: the unit
 *   price (a `Money` or a price-list row), which the resource does not carry.
 * @returns `{ subscription, notes }`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `resource` for a New Commerce resource; the
 *   codes of the root entry's reader.
 * @example
 * ```ts
 * import { fromPartnerCenterSubscription } from 'subscription-rules/legacy';
 * const { subscription } = fromPartnerCenterSubscription(
 *   {
 *     quantity: 1, status: 'active', autoRenewEnabled: true, isMicrosoftProduct: false,
 *     billingType: 'license', billingCycle: 'monthly', termDuration: 'P1M',
 *     effectiveStartDate: '2019-01-09T00:21:45.9263727+00:00', commitmentEndDate: '2019-02-08T00:00:00Z',
 *   },
 *   { asOf: '2019-01-09T12:00:00Z' },
 * );
 * [subscription.program, subscription.product];
 * //=> ['legacy', 'marketplace-saas']
 * ```
 * @category Legacy
 */
export function fromPartnerCenterSubscription(
  resource: PartnerCenterSubscription,
  options: PartnerCenterReadOptions,
): PartnerCenterReading<Subscription> {
  return fromPartnerCenterLegacy(resource, options);
}

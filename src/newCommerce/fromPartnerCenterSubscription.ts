import type { NewCommerceSubscription } from '../lifecycle/newCommerce/types.ts';
import { fromPartnerCenterNewCommerce } from '../partnerCenter/newCommerce/fromPartnerCenterNewCommerce.ts';
import type { PartnerCenterReading } from '../partnerCenter/PartnerCenterReading.ts';
import type { PartnerCenterReadOptions } from '../partnerCenter/PartnerCenterReadOptions.ts';
import type { PartnerCenterSubscription } from '../partnerCenter/PartnerCenterSubscription.ts';

/**
 * Reads a New Commerce Partner Center Subscription resource into a state (PCR-1), with the notes
 * of what it could not carry over; the root entry's reader for New Commerce alone.
 *
 * @param resource - The resource as the API returns it (parsed JSON).
 * @param options - `asOf`: when it was fetched; `locale`: the notes' language; `price`: the unit
 *   price (a `Money` or a price-list row), which the resource does not carry.
 * @returns `{ subscription, notes }`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `resource` for a legacy resource; the codes of
 *   the root entry's reader.
 * @example
 * ```ts
 * import { fromPartnerCenterSubscription } from 'subscription-rules/new-commerce';
 * const { subscription } = fromPartnerCenterSubscription(
 *   {
 *     quantity: 10, status: 'active', autoRenewEnabled: true, isMicrosoftProduct: true,
 *     billingType: 'license', productType: { id: 'OnlineServicesNCE' }, termDuration: 'P1Y',
 *     billingCycle: 'monthly', effectiveStartDate: '2021-01-14T16:57:14.498252Z',
 *     commitmentEndDate: '2022-01-13T00:00:00Z',
 *   },
 *   { asOf: '2021-01-15T00:00:00Z' },
 * );
 * [subscription.program, subscription.termEnd];
 * //=> ['new-commerce', '2022-01-14T00:00:00.000Z']
 * ```
 * @category New Commerce
 */
export function fromPartnerCenterSubscription(
  resource: PartnerCenterSubscription,
  options: PartnerCenterReadOptions,
): PartnerCenterReading<NewCommerceSubscription> {
  return fromPartnerCenterNewCommerce(resource, options);
}

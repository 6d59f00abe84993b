import { readEndOfSale } from '../../lifecycle/newCommerce/machine/readEndOfSale.ts';
import type { NewCommerceSubscription } from '../../lifecycle/newCommerce/types.ts';
import { inLocale } from '../_internal/inLocale.ts';
import { type ResourceRead, readResource } from '../_internal/readResource.ts';
import { withPrice } from '../_internal/withPrice.ts';
import type { PartnerCenterReading } from '../PartnerCenterReading.ts';
import type { PartnerCenterReadOptions } from '../PartnerCenterReadOptions.ts';
import { readNewCommerce } from './readNewCommerce.ts';
import { withEstBase } from './withEstBase.ts';
import { withPromotion } from './withPromotion.ts';

/**
 * Reads a New Commerce resource (PCR-1); a legacy one is a `RuleError` at `resource`.
 *
 * @param resource - The resource as the API returns it.
 * @param options - `asOf`, `locale`, `price`, `extendedServiceTermBase`.
 * @returns `{ subscription, notes }`.
 */
export function fromPartnerCenterNewCommerce(
  resource: unknown,
  options: PartnerCenterReadOptions,
): PartnerCenterReading<NewCommerceSubscription> {
  return newCommerceReading(readResource(resource, options, 'new-commerce'), options);
}

/**
 * The New Commerce state and notes of a resource already read as New Commerce's (built from
 * checked values only: the hostile-resources property holds every one to the lifecycle's check).
 *
 * @param read - What `readResource` read.
 * @param options - `locale`, `price`, `extendedServiceTermBase`, `endOfSale`, `priceKey`,
 *   `promotions`.
 * @returns `{ subscription, notes }`.
 */
export function newCommerceReading(
  { basics, asOf }: ResourceRead,
  options: PartnerCenterReadOptions,
): PartnerCenterReading<NewCommerceSubscription> {
  const endOfSale =
    options.endOfSale === undefined
      ? undefined
      : readEndOfSale(options.endOfSale, 'options.endOfSale');
  const read = withEstBase(withPrice(readNewCommerce(basics, asOf, endOfSale), options), options);
  const subscription = withPromotion(read, basics.r, options, basics.notes);
  return { subscription, notes: inLocale(basics.notes, options) };
}

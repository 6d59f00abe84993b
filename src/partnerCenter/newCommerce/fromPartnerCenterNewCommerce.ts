import { advanceNewCommerce } from '../../lifecycle/newCommerce/advanceNewCommerce.ts';
import { readEndOfSale } from '../../lifecycle/newCommerce/machine/readEndOfSale.ts';
import type { NewCommerceSubscription } from '../../lifecycle/newCommerce/types.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import { inLocale } from '../_internal/inLocale.ts';
import { note } from '../_internal/note.ts';
import { type ResourceRead, readResource } from '../_internal/readResource.ts';
import { withPrice } from '../_internal/withPrice.ts';
import type { PartnerCenterReading } from '../PartnerCenterReading.ts';
import type { PartnerCenterReadOptions } from '../PartnerCenterReadOptions.ts';
import { olderTermEnd } from './olderTermEnd.ts';
import { readNewCommerce } from './readNewCommerce.ts';
import { withEstBase } from './withEstBase.ts';
import { withPromotion } from './withPromotion.ts';
import { withScheduledPrice } from './withScheduledPrice.ts';

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
 *   `promotions`, `priceList` (a scheduled renewal into another plan, and the renewals of a
 *   resource older than `asOf`).
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
  // a resource fetched before its term's end and read later: read at its own term's last
  // instant, then taken forward by the rules to asOf (PCR-1, decided 2026-11-27)
  const endMs = olderTermEnd(basics);
  const atMs = endMs === null ? basics.asOfMs : endMs - 1;
  const at = endMs === null ? asOf : formatInstant(atMs, 'options.asOf');
  const term = { ...basics, asOfMs: atMs };
  const read = withEstBase(withPrice(readNewCommerce(term, at, endOfSale), options), options);
  let subscription = withScheduledPrice(
    withPromotion(read, basics.r, options, basics.notes),
    options,
    basics.notes,
  );
  if (endMs !== null) {
    subscription = advanceNewCommerce(subscription, asOf, {
      priceList: options.priceList,
      promotions: options.promotions,
    }).subscription;
    basics.notes.push(
      note('resource.commitmentEndDate', 'resource.older-than-as-of', {
        termEnd: formatInstant(endMs, 'termEnd'),
        asOf,
      }),
    );
  }
  return { subscription, notes: inLocale(basics.notes, options) };
}

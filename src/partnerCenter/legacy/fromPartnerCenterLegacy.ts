import { nextDeadlineLegacy } from '../../lifecycle/legacy/nextDeadlineLegacy.ts';
import type { Subscription } from '../../lifecycle/legacy/types.ts';
import { inLocale } from '../_internal/inLocale.ts';
import { type ResourceRead, readResource } from '../_internal/readResource.ts';
import { withPrice } from '../_internal/withPrice.ts';
import type { PartnerCenterReading } from '../PartnerCenterReading.ts';
import type { PartnerCenterReadOptions } from '../PartnerCenterReadOptions.ts';
import { readLegacy } from './readLegacy.ts';

/**
 * Reads a legacy resource (PCR-1); a New Commerce one is a `RuleError` at `resource`.
 *
 * @param resource - The resource as the API returns it.
 * @param options - `asOf`, `locale`, `price`.
 * @returns `{ subscription, notes }`.
 */
export function fromPartnerCenterLegacy(
  resource: unknown,
  options: PartnerCenterReadOptions,
): PartnerCenterReading<Subscription> {
  return legacyReading(readResource(resource, options, 'legacy'), options);
}

/**
 * The legacy state and notes of a resource already read as the legacy program's.
 *
 * @param read - What `readResource` read.
 * @param options - `locale`, `price`.
 * @returns `{ subscription, notes }`.
 */
export function legacyReading(
  { basics, asOf }: ResourceRead,
  options: PartnerCenterReadOptions,
): PartnerCenterReading<Subscription> {
  const subscription = withPrice(readLegacy(basics, asOf), options);
  // the lifecycle's own guard: a state it would refuse is a RuleError here, never returned
  nextDeadlineLegacy(subscription);
  return { subscription, notes: inLocale(basics.notes, options) };
}

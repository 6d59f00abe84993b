import { readResource } from './_internal/readResource.ts';
import { legacyReading } from './legacy/fromPartnerCenterLegacy.ts';
import { newCommerceReading } from './newCommerce/fromPartnerCenterNewCommerce.ts';
import type { PartnerCenterReading } from './PartnerCenterReading.ts';
import type { PartnerCenterReadOptions } from './PartnerCenterReadOptions.ts';
import type { PartnerCenterSubscription } from './PartnerCenterSubscription.ts';

/**
 * Reads a Partner Center Subscription resource into a lifecycle state (PCR-1): program, product,
 * status, term and billing, `orderedAt` from `effectiveStartDate`, the term's end from
 * `commitmentEndDate` (an inclusive date in New Commerce), the seat batches from
 * `refundableQuantity`, `scheduled` from `scheduledNextTermInstructions`. Each window the resource
 * states wins over the one the rules compute and is kept in the state (`fullCreditUntil` from the
 * `Full` refund option; for New Commerce, `cancellableUntil` from `cancellationAllowedUntilDate`,
 * `null` when it is `null`), so `cancellationDecision`, `transition`, `allowedActions` and
 * `refundableQuantity` use it; each disagreement with the computed window is a note. A New
 * Commerce term's end (EST-6) comes from the `TermEnd` entry of `scheduledActions`, else from
 * `autoRenewEnabled` (a note says so); a resource named "Extended Service Term" is read as in one.
 * Extra fields are ignored. A New Commerce resource whose term ended by `asOf` (fetched before a
 * renewal, read later) is read at its own term and taken forward by the rules to `asOf` — the
 * renewal at `options.priceList`'s row (PL-4), else at its price; the Extended Service Term or the
 * expiry by its end-of-term option — with a note (`resource.older-than-as-of`) (PCR-1, decided
 * 2026-11-27: a service reading forty resources gets forty answers).
 *
 * @param resource - The resource as the API returns it (parsed JSON).
 * Each note carries a `messageId` and `params` (MSG-1): `{ locale }` writes its `message` in that
 * language, and `formatMessage(note, locale)` writes a stored one.
 *
 * @param resource - The resource as the API returns it (parsed JSON).
 * @param options - `asOf`: when the resource was fetched, or a later instant to read it at;
 *   `locale`: the language of the notes (`ko` from `subscription-rules/locales/ko`), English by
 *   default; `priceList` and `promotions`: what prices the renewals of an older resource.
 * @returns `{ subscription, notes }`.
 * @throws {@link RuleError} naming the resource's field the rules need and cannot read (e.g.
 *   `resource.effectiveStartDate`, or `resource.billingCycle` for a term and cycle the product is
 *   not sold with), `OUT_OF_ORDER` when `asOf` is before `effectiveStartDate` (or, for a legacy
 *   resource still active, after its term's end), `INVALID_ARGUMENT`
 *   at `options.locale` for something that is not a locale.
 * @example
 * ```ts
 * const { subscription } = fromPartnerCenterSubscription(
 *   {
 *     quantity: 10, status: 'active', autoRenewEnabled: true, isMicrosoftProduct: true,
 *     billingType: 'license', productType: { id: 'OnlineServicesNCE' }, termDuration: 'P1Y',
 *     billingCycle: 'monthly', effectiveStartDate: '2021-01-14T16:57:14.498252Z',
 *     commitmentEndDate: '2022-01-13T00:00:00Z',
 *   },
 *   { asOf: '2021-01-15T00:00:00Z' },
 * );
 * subscription.termEnd; //=> '2022-01-14T00:00:00.000Z'
 * ```
 * @category Partner Center
 */
export function fromPartnerCenterSubscription(
  resource: PartnerCenterSubscription,
  options: PartnerCenterReadOptions,
): PartnerCenterReading {
  const read = readResource(resource, options);
  return read.basics.program === 'new-commerce'
    ? newCommerceReading(read, options)
    : legacyReading(read, options);
}

export type { PartnerCenterReading };

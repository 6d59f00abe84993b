import { requireOneOf } from '../kernel/requireOneOf.ts';
import { requireRecord } from '../kernel/requireRecord.ts';
import { requireText } from '../kernel/requireText.ts';
import { marketNames } from '../markets/data/marketNames.ts';
import { requireMarket } from '../markets/requireMarket.ts';
import { offerMessages } from '../messages/en/offers.ts';
import { localized } from '../messages/localized.ts';
import { say } from '../messages/say.ts';
import type { MessageOptions } from '../messages/types.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import { resolvePolicy } from '../policy/resolvePolicy.ts';
import { OFFER_REASON_RULES, type OfferContext } from './_internal/offerReasonRules.ts';
import { readHoldings } from './_internal/readHoldings.ts';
import { readOffer } from './_internal/readOffer.ts';
import { unavailableList } from './_internal/unavailableList.ts';
import { CUSTOMER_SEGMENTS } from './offerVocabulary.ts';
import type { OfferAvailability, OfferAvailabilityInput, OfferReason } from './types.ts';

/**
 * Whether a customer can buy an offer from a partner, with **every** reason why not, in the
 * order the OFR rule lists them: `not-license-based` (a third party's usage-based offer, bought in
 * the Azure portal), `not-transactable`, `not-offered-through-csp`, `exclusive-to-other-partners`,
 * `country-not-supported`, `market-unavailable` (the offer's product family in the customer's
 * billing market, MKT-3), `segment-not-eligible`, `reactivate-instead` (a one-per-customer offer
 * held in a suspended subscription) and `already-subscribed` (held in trial or active). Each
 * reason is `{ code, message }`: a stable code and one English sentence, so a UI can show them
 * all. `available` is `true` exactly when there is none.
 *
 * An absent optional field of the offer is no restriction; an empty list admits nobody. Countries
 * are compared as Partner Center codes after MKT-2 resolution (`XS` is not `BQ`).
 *
 * Decided: partner and offer IDs compare without regard to letter case (Partner Center writes its
 * GUIDs in either case); a customer holding the offer both suspended and active gets both
 * `reactivate-instead` and `already-subscribed`; an empty `partnerId` or offer `id` is
 * `INVALID_ARGUMENT`; extra fields on any input are ignored (so a lifecycle subscription with an
 * `offerId` can be passed as it is).
 *
 * @param input - `{ offer, customer, partnerId, subscriptions? }`.
 * @param options - `{ policy }` for the market check; by default the newest catalog policy (POL-2).
 *   `{ locale }` for the reasons' messages in another language (MSG-1).
 * @returns `{ available, reasons, policyId }`.
 * @throws {@link RuleError} `MISSING_FIELD` for an absent required field, `INVALID_ARGUMENT` for a
 *   wrong type or unknown enum value, `UNKNOWN_MARKET` for a billing or supported country no market
 *   answers to; each with the field's path (`input.offer.billingType`).
 * @example
 * ```ts
 * import { offerAvailability } from 'subscription-rules';
 * const result = offerAvailability({
 *   offer: { id: 'reserved-vm', publisher: 'microsoft', billingType: 'license', productFamily: 'azure-reservations', segments: ['commercial'] },
 *   customer: { segment: 'education', billingCountry: 'Swaziland' },
 *   partnerId: 'contoso',
 * });
 * result.reasons.map((reason) => reason.code);
 * //=> ['market-unavailable', 'segment-not-eligible']
 * result.reasons[0]?.message;
 * //=> 'Product family "azure-reservations" is not available in Eswatini (SZ).'
 * ```
 * @category Offers
 */
export function offerAvailability(
  input: OfferAvailabilityInput,
  options?: PolicyOptions & MessageOptions,
): OfferAvailability {
  const fields = requireRecord(input, 'input');
  const offer = readOffer(fields.offer, 'input.offer');
  const customer = requireRecord(fields.customer, 'input.customer');
  const segment = requireOneOf(customer.segment, CUSTOMER_SEGMENTS, 'input.customer.segment');
  const country = requireMarket(customer.billingCountry, 'input.customer.billingCountry');
  const partnerId = requireText(fields.partnerId, 'input.partnerId').toLowerCase();
  const held = readHoldings(fields.subscriptions, 'input.subscriptions', offer.id);
  const policy = resolvePolicy(options);
  const context: OfferContext = {
    offer,
    segment,
    country,
    where: `${marketNames[country]} (${country})`,
    partnerId,
    held,
    marketUnavailable:
      offer.productFamily !== undefined &&
      unavailableList(offer.productFamily, 'input.offer.productFamily', policy).includes(country),
  };
  const reasons: OfferReason[] = [];
  for (const rule of OFFER_REASON_RULES) {
    if (rule.applies(context)) {
      const reason = {
        code: rule.code,
        ...say(offerMessages, `offer.${rule.code}`, rule.params?.(context)),
      };
      reasons.push(localized(reason, options));
    }
  }
  return { available: reasons.length === 0, reasons, policyId: policy.id };
}

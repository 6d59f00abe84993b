import { optionalList } from '../../kernel/optionalList.ts';
import { requireOneOf } from '../../kernel/requireOneOf.ts';
import { requireRecord } from '../../kernel/requireRecord.ts';
import { requireText } from '../../kernel/requireText.ts';
import { OFFER_BILLING_TYPES, OFFER_CATEGORIES, OFFER_PUBLISHERS } from '../offerVocabulary.ts';
import type { OfferBillingType, OfferCategory, OfferPublisher } from '../types.ts';

/** The fields every reader of an offer needs, checked. */
export interface OfferBasics {
  readonly record: Readonly<Record<string, unknown>>;
  readonly id: string;
  readonly publisher: OfferPublisher;
  readonly billingType: OfferBillingType;
  readonly categories: readonly OfferCategory[] | undefined;
}

/**
 * Checks an offer's identity and catalog fields (OFR, OFR-1): `id`, `publisher`,
 * `billingType` and `categories`. Cheap guards, no zod (ERR-2).
 *
 * @param value - The caller's offer.
 * @param path - Its dot path (`input.offer`, `offers.2`).
 * @returns The checked fields, and the offer as a record for reading the others.
 * @throws {@link RuleError} `MISSING_FIELD` or `INVALID_ARGUMENT` naming the field's path.
 */
export function readOfferBasics(value: unknown, path: string): OfferBasics {
  const record = requireRecord(value, path);
  return {
    record,
    id: requireText(record.id, `${path}.id`),
    publisher: requireOneOf(record.publisher, OFFER_PUBLISHERS, `${path}.publisher`),
    billingType: requireOneOf(record.billingType, OFFER_BILLING_TYPES, `${path}.billingType`),
    categories: optionalList(record.categories, `${path}.categories`, (item, itemPath) =>
      requireOneOf(item, OFFER_CATEGORIES, itemPath),
    ),
  };
}

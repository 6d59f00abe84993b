import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { optionalBoolean } from '../../kernel/optionalBoolean.ts';
import { optionalList } from '../../kernel/optionalList.ts';
import { requireOneOf } from '../../kernel/requireOneOf.ts';
import { requireText } from '../../kernel/requireText.ts';
import type { MarketCode } from '../../markets/MarketCode.ts';
import { requireMarket } from '../../markets/requireMarket.ts';
import { CUSTOMER_SEGMENTS } from '../offerVocabulary.ts';
import type { CustomerSegment } from '../types.ts';
import { type OfferBasics, readOfferBasics } from './readOfferBasics.ts';

/** An offer with every field checked and its supported countries resolved to codes. */
export interface CheckedOffer extends OfferBasics {
  readonly productFamily: string | undefined;
  readonly onePerCustomer: boolean | undefined;
  readonly segments: readonly CustomerSegment[] | undefined;
  readonly supportedCountries: readonly MarketCode[] | undefined;
  readonly offeredThroughCsp: boolean | undefined;
  readonly exclusiveToPartners: readonly string[] | undefined;
  readonly transactable: boolean | undefined;
}

/**
 * Checks every field of an offer (OFR) and resolves its supported countries (MKT-2), so the
 * rules compare Partner Center codes (`XS` is not `BQ`).
 *
 * @param value - The caller's offer.
 * @param path - Its dot path (`input.offer`).
 * @returns The checked offer.
 * @throws {@link RuleError} `MISSING_FIELD`, `INVALID_ARGUMENT` or `UNKNOWN_MARKET` naming the
 *   field's path (`input.offer.supportedCountries.1`).
 */
export function readOffer(value: unknown, path: string): CheckedOffer {
  const basics = readOfferBasics(value, path);
  const { record } = basics;
  const family = record.productFamily;
  if (family !== undefined && (typeof family !== 'string' || family === '')) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      `${path}.productFamily`,
      'expected a product family',
      family,
    );
  }
  return {
    ...basics,
    productFamily: family,
    onePerCustomer: optionalBoolean(record.onePerCustomer, `${path}.onePerCustomer`),
    segments: optionalList(record.segments, `${path}.segments`, (item, itemPath) =>
      requireOneOf(item, CUSTOMER_SEGMENTS, itemPath),
    ),
    supportedCountries: optionalList(
      record.supportedCountries,
      `${path}.supportedCountries`,
      requireMarket,
    ),
    offeredThroughCsp: optionalBoolean(record.offeredThroughCsp, `${path}.offeredThroughCsp`),
    exclusiveToPartners: optionalList(
      record.exclusiveToPartners,
      `${path}.exclusiveToPartners`,
      requireText,
    ),
    transactable: optionalBoolean(record.transactable, `${path}.transactable`),
  };
}

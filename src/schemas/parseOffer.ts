import type { Offer } from '../offers/types.ts';
import { offerSchema } from './offerSchema.ts';
import type { ParseResult } from './ParseResult.ts';
import { runParse } from './runParse.ts';

/**
 * Validates untrusted JSON as an `Offer` (ERR-2, OFR), with `supportedCountries` resolved
 * to Partner Center market codes (MKT-2): {@link offerSchema}, without throwing.
 *
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with dot paths.
 * @example
 * ```ts
 * import { parseOffer } from 'subscription-rules/schemas';
 * parseOffer({ id: 'crm', publisher: 'partner', billingType: 'license', supportedCountries: ['Germany', 'fr'] });
 * //=> { ok: true, value: { id: 'crm', publisher: 'partner', billingType: 'license', supportedCountries: ['DE', 'FR'] } }
 * ```
 * @category Schemas
 */
export function parseOffer(input: unknown): ParseResult<Offer> {
  return runParse(input, offerSchema(), 'expected an offer object');
}

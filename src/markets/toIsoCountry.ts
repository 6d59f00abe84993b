import { requireMarketCode } from './_internal/requireMarketCode.ts';
import type { IsoCountryCode } from './IsoCountryCode.ts';
import type { MarketCode } from './MarketCode.ts';

/**
 * The ISO 3166-1 code of a Partner Center market (MKT-1): Saba (`XS`) and Sint Eustatius
 * (`XE`) are part of ISO's `BQ` (Bonaire, Sint Eustatius and Saba), Jan Mayen (`XJ`) of ISO's `SJ`
 * (Svalbard and Jan Mayen); Kosovo's `XK` stays `XK`; every other code is already ISO's.
 *
 * Decided: the code may be written in any letter case; a name is not accepted here (resolve it
 * with {@link resolveMarket} first).
 *
 * @param code - A Partner Center market code.
 * @returns Its ISO 3166-1 alpha-2 code.
 * @throws {@link RuleError} `UNKNOWN_MARKET` (path `code`) when `code` is not a market code;
 *   `INVALID_ARGUMENT` when it is not a string.
 * @example
 * ```ts
 * import { toIsoCountry } from 'subscription-rules';
 * toIsoCountry('XS');
 * //=> 'BQ'
 * toIsoCountry('XJ');
 * //=> 'SJ'
 * toIsoCountry('XK');
 * //=> 'XK'
 * ```
 * @category Markets
 */
export function toIsoCountry(code: MarketCode): IsoCountryCode {
  const market = requireMarketCode(code, 'code');
  if (market === 'XS' || market === 'XE') return 'BQ';
  return market === 'XJ' ? 'SJ' : market;
}

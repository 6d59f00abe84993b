import type { MarketCode } from './MarketCode.ts';

/**
 * The country code {@link toIsoCountry} returns: a market code, less the three Partner Center
 * codes that ISO 3166-1 folds into another one (`XS` and `XE` into `BQ`, `XJ` into `SJ`). `XK`
 * (Kosovo) stays, as Partner Center and most registries use it (MKT-1).
 *
 * @category Markets
 */
export type IsoCountryCode = Exclude<MarketCode, 'XS' | 'XE' | 'XJ'>;

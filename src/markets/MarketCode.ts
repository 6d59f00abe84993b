import type { marketNames } from './data/marketNames.ts';

/**
 * A Partner Center market code (MKT-1): an ISO 3166-1 alpha-2 code, or one of the codes Partner
 * Center adds: `XK` Kosovo, `XS` Saba, `XE` Sint Eustatius, `XJ` Jan Mayen.
 *
 * @category Markets
 */
export type MarketCode = keyof typeof marketNames;

import type { currencyExponents } from './data/currencyExponents.ts';

/**
 * An active ISO 4217 currency code (List One), in upper case (PRICE-1).
 *
 * @category Prices
 */
export type CurrencyCode = keyof typeof currencyExponents;

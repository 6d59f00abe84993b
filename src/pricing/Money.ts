import type { CurrencyCode } from './CurrencyCode.ts';

/**
 * An amount of money as an integer count of the currency's minor units (SPEC PRICE-1): 19.99 AUD is
 * `{ amount: 1999, currency: 'AUD' }`, 500 JPY is `{ amount: 500, currency: 'JPY' }`. `amount` is a
 * safe integer and may be negative (a credit). No binary floating point ever touches it.
 *
 * @category Prices
 */
export interface Money {
  /** Integer count of minor units (cents for USD, yen for JPY, fils for BHD). */
  readonly amount: number;
  /** The ISO 4217 code. */
  readonly currency: CurrencyCode;
}

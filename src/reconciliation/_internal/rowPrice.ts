import type { PriceListRow } from '../../partnerCenter/PartnerCenterReadOptions.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { Money } from '../../pricing/money.ts';

/** Digits, and decimals whose trailing zeros are dropped. */
const UNIT_PRICE = /^(\d+)(?:\.(\d*?)0*)?$/;

/**
 * A price list row's `UnitPrice` in minor units, exactly (zeros past the currency's decimals
 * dropped); `undefined` for a currency the table lacks or a price the currency cannot hold.
 *
 * @param row - The row.
 * @returns Its price, or `undefined`.
 */
export function rowPrice(row: PriceListRow): Money | undefined {
  const currency = String(row.Currency).toUpperCase();
  if (!Object.hasOwn(currencyExponents, currency)) return undefined;
  const exponent: number = currencyExponents[currency as keyof typeof currencyExponents];
  const match = UNIT_PRICE.exec(String(row.UnitPrice).trim());
  const decimals = match?.[2] ?? '';
  if (match === null || decimals.length > exponent) return undefined;
  const amount = Number((match[1] as string) + decimals.padEnd(exponent, '0'));
  return Number.isSafeInteger(amount) ? ({ amount, currency } as Money) : undefined;
}

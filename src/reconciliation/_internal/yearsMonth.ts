import type { PriceListRow } from '../../partnerCenter/PartnerCenterReadOptions.ts';
import type { Money } from '../../pricing/money.ts';
import { rowPrice } from './rowPrice.ts';

/**
 * One month of a price list row's year (EST-7, PL-3): its `UnitPrice` in minor units (zeros past
 * the currency's decimals dropped, exactly) ÷ 12, rounded half up; `undefined` for a price the
 * currency cannot hold.
 *
 * @param row - The row, its `UnitPrice` a year's.
 * @returns The month's price, or `undefined`.
 */
export function yearsMonth(row: PriceListRow): Money | undefined {
  const price = rowPrice(row);
  if (price === undefined) return undefined;
  const year = price.amount;
  const currency = price.currency;
  // integer division by 12, its remainder deciding the half up (no fraction kept)
  let month = Math.trunc(year / 12);
  let rest = year - month * 12;
  if (rest < 0) [month, rest] = [month - 1, rest + 12];
  if (rest >= 12) [month, rest] = [month + 1, rest - 12];
  return { amount: rest >= 6 ? month + 1 : month, currency } as Money;
}

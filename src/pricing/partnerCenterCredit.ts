import { partnerCenterCharge } from './partnerCenterCharge.ts';

/**
 * The credit for cancelling or removing `quantity` seats after `usedDays` of a billing period of
 * `days` days (NCE-5): P·Q − charged(Q, U), never below 0, in integer minor units. 10 seats at
 * 12.50 USD, a 30-day period, 4 days used: 12500 − 1670 = 10830.
 *
 * @param unitPrice - P, minor units per seat per billing period, ≥ 0, with P·Q a safe integer.
 * @param quantity - Q, seats, ≥ 1.
 * @param days - D, the period's UTC days (≥ 1).
 * @param usedDays - U, the days used, the day of the request included (1 … D).
 * @returns The credit, in [0, P·Q].
 */
export function partnerCenterCredit(
  unitPrice: number,
  quantity: number,
  days: number,
  usedDays: number,
): number {
  const paid = unitPrice * quantity;
  const charged = partnerCenterCharge(unitPrice, quantity, days, usedDays);
  return charged >= paid ? 0 : paid - charged;
}

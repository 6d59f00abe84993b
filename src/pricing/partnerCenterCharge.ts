import { multiplyDivide } from './_internal/multiplyDivide.ts';
import { roundHalfUp } from './rounding/roundHalfUp.ts';

/**
 * What Partner Center charges for `usedDays` of a billing period of `days` days, for `quantity`
 * seats at `unitPrice` minor units each per period (NCE-5): r(r(P·Q / D) · U / Q) · Q, where r
 * rounds to a whole minor unit half away from zero — Partner Center's
 * `ROUND((ROUND(UnitPrice*Qty/Days,2)*ProratedDays)/Qty,2)*Qty` in integer minor units. Exact:
 * each step runs on plain numbers when its product is a safe integer and on bigint otherwise.
 * 10 seats at 12.50 USD, a 30-day period, 4 days used: r(r(12500 / 30) · 4 / 10) · 10 =
 * r(417 · 4 / 10) · 10 = 1670.
 *
 * @param unitPrice - P, minor units per seat per billing period, ≥ 0, with P·Q a safe integer.
 * @param quantity - Q, seats, ≥ 1.
 * @param days - D, the period's UTC days (≥ 1).
 * @param usedDays - U, the days used, the day of the request included (1 … D).
 * @returns The charge in minor units (exact while it is a safe integer; it exceeds P·Q by at most
 *   a few units of rounding, never in a way that makes a credit negative — see
 *   `partnerCenterCredit`).
 */
export function partnerCenterCharge(
  unitPrice: number,
  quantity: number,
  days: number,
  usedDays: number,
): number {
  const perDay = multiplyDivide(unitPrice, quantity, days, roundHalfUp);
  return multiplyDivide(perDay, usedDays, quantity, roundHalfUp) * quantity;
}

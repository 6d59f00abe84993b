import type { BilledTerm } from '../time/billingPeriodAt.ts';
import { billingPeriodAt } from '../time/billingPeriodAt.ts';
import { daysBetween } from '../time/daysBetween.ts';
import { partnerCenterCredit } from './partnerCenterCredit.ts';

/**
 * The credit for cancelling or removing `quantity` seats at `atMs` (NCE-5): Partner Center's
 * proration over the billing period that contains `atMs` (NCE-3; the periods tile the term, the
 * last one ending at the term's end), with D the period's UTC days and U the days from the
 * period's first date to the date of `atMs`, that day included.
 *
 * @param unitPrice - P, minor units per seat per billing period, ≥ 0, with P·Q a safe integer.
 * @param quantity - Q, seats, ≥ 1.
 * @param term - The term the periods tile.
 * @param periodMonths - Calendar months in one billing period (monthly 1, annual 12, triennial 36).
 * @param atMs - The request, epoch ms, in the term (not before its start, before its end).
 * @returns The credit in minor units, in [0, P·Q].
 */
export function billingPeriodCredit(
  unitPrice: number,
  quantity: number,
  term: BilledTerm,
  periodMonths: number,
  atMs: number,
): number {
  const period = billingPeriodAt(term, periodMonths, atMs);
  const days = daysBetween(period.startMs, period.endMs);
  const used = daysBetween(period.startMs, atMs) + 1;
  return partnerCenterCredit(unitPrice, quantity, days, used);
}

import type { Money } from '../../../pricing/money.ts';
import { partnerCenterCharge } from '../../../pricing/partnerCenterCharge.ts';
import { daysBetween } from '../../../time/daysBetween.ts';
import type { NewCommerceSubscription } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import { billedTerm, nominalDays, periodAt, periodCharge } from './periods.ts';

/**
 * What ending `quantity` seats at `atMs` credits (NCE-5, NCE-11): the whole period's charge for a
 * full credit, else what the billing period containing `atMs` charged less Partner Center's
 * proration of its used days, never below 0; `undefined` without a price. A period cut short by
 * the term's end (MID-3) charged its own days of its nominal D, so its credit is that charge less
 * the used days' of the same D **(decided: what the period charged is what can come back)**.
 */
export function creditFor(
  s: NewCommerceDraft | NewCommerceSubscription,
  quantity: number,
  atMs: number,
  full: boolean,
): Money | undefined {
  const price = s.price;
  if (price === null) return undefined;
  const term = billedTerm(s);
  const period = periodAt(s, atMs, term);
  const own = daysBetween(period.startMs, period.endMs);
  const nominal = nominalDays(s, period, term);
  const paid = periodCharge(price.amount, quantity, own, nominal);
  if (full) return { amount: paid, currency: price.currency };
  const used = daysBetween(period.startMs, atMs) + 1;
  const charged = partnerCenterCharge(price.amount, quantity, nominal, used);
  return { amount: charged >= paid ? 0 : paid - charged, currency: price.currency };
}

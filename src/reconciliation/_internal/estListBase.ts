import { MS_PER_DAY as DAY } from '../../kernel/units.ts';
import type { PartnerCenterReadOptions } from '../../partnerCenter/PartnerCenterReadOptions.ts';
import { newCommerceTermEndAt } from '../../time/newCommerceTermEndAt.ts';
import type { FileWindow } from './FileChange.ts';
import { instantMs } from './instantMs.ts';
import type { PriceFound } from './priceList.ts';
import { rowPrice } from './rowPrice.ts';
import { yearsMonth } from './yearsMonth.ts';

/** Whether a name says Extended Service Term, in any case or spacing (EST-6). */
const EST_NAME = /extended\s*service\s*term/i;

/**
 * The base of the Extended Service Term month a resource moves into by the month's end (EST-3,
 * PL-3, REC-5): a resource not named one and not renewing itself, whose term ends before the
 * window's last day is over, priced by the list as the lifecycle prices an EST month from a list
 * (`estFromList`) — the SKU's `P1M` row at the start of the first EST month that begins in the
 * window (its term's end when that is in it) as the base (+3 %), else its `P1Y` row ÷ 12
 * (+23 %). The replay reads the resource with it, so the month the rules bill is the one the
 * invoice prints. `undefined` without a list, a window, such a row, or for any other resource.
 *
 * @param resource - The resource, as fetched.
 * @param window - The month's days.
 * @param priceOf - The list's price of a resource; `undefined` without a list.
 * @returns The base, as the reader's `extendedServiceTermBase`, or `undefined`.
 */
export function estListBase(
  resource: Readonly<Record<string, unknown>>,
  window: FileWindow | undefined,
  priceOf: ((resource: Readonly<Record<string, unknown>>) => PriceFound) | undefined,
): PartnerCenterReadOptions['extendedServiceTermBase'] {
  if (priceOf === undefined || window === undefined || resource.autoRenewEnabled === true)
    return undefined;
  const names = [resource.offerName, resource.friendlyName];
  if (names.some((name) => typeof name === 'string' && EST_NAME.test(name))) return undefined;
  const statedEnd = instantMs(resource.commitmentEndDate);
  if (!Number.isFinite(statedEnd)) return undefined;
  const endMs = Math.floor(statedEnd / DAY) * DAY + DAY;
  const firstMs = window.firstDay * DAY;
  if (endMs > (window.lastDay + 1) * DAY - 1) return undefined;
  // the first month of it that begins in the window, each a month from the term's end (NCE-3)
  let startMs = endMs;
  for (let n = 1; startMs < firstMs && n < 1200; n++) startMs = newCommerceTermEndAt(endMs, 1, n);
  const offerName = typeof resource.offerName === 'string' ? resource.offerName : '';
  const month = {
    ...resource,
    offerName: `${offerName} Extended Service Term`.trim(),
    termDuration: 'P1M',
    billingCycle: 'monthly',
    effectiveStartDate: new Date(startMs).toISOString(),
    commitmentEndDate: new Date(newCommerceTermEndAt(startMs, 1, 1) - DAY).toISOString(),
  };
  const found = priceOf(month);
  if (!('price' in found) || found.from === undefined) return undefined;
  const { price } = found;
  const term = String(price.TermDuration ?? '').toUpperCase();
  if (term === 'P1M') {
    const basePrice = rowPrice(price);
    return basePrice === undefined ? undefined : { basePrice, monthlyPlan: true };
  }
  // no monthly-term row: the annual row's month, rounded half up (EST-7)
  const basePrice = term === 'P1Y' ? yearsMonth(price) : undefined;
  return basePrice === undefined ? undefined : { basePrice, monthlyPlan: false };
}

import type { Money } from '../../pricing/money.ts';
import type { PriceFound } from './priceList.ts';
import { yearsMonth } from './yearsMonth.ts';

/** Whether a name says Extended Service Term, in any case or spacing (EST-6). */
const EST_NAME = /extended\s*service\s*term/i;

/**
 * The price of one seat for one month of the annual term billed monthly (PL-2) that a subscription
 * in, or headed for, its Extended Service Term can be converted to (REC-6): the price list's `P1Y`
 * `Monthly` row of its SKU, its `UnitPrice` ÷ 12 rounded half up (PL-2). Asked only of a resource that may end its term
 * in one (named so, or not renewing itself); `undefined` without a list or such a row.
 *
 * @param resource - The resource, as fetched.
 * @param priceOf - The list's price of a resource; `undefined` without a list.
 * @returns The month's price, or `undefined`.
 */
export function committedPrice(
  resource: Readonly<Record<string, unknown>>,
  priceOf: ((resource: Readonly<Record<string, unknown>>) => PriceFound) | undefined,
): Money | undefined {
  if (priceOf === undefined) return undefined;
  const named = [resource.offerName, resource.friendlyName].some(
    (name) => typeof name === 'string' && EST_NAME.test(name),
  );
  if (!named && resource.autoRenewEnabled === true) return undefined;
  // the SKU's committed term, not its Extended Service Term: no name that says one
  const committed: Record<string, unknown> = {};
  for (const key of Object.keys(resource))
    if (key !== '__proto__' && key !== 'offerName' && key !== 'friendlyName')
      committed[key] = resource[key];
  committed.termDuration = 'P1Y';
  committed.billingCycle = 'monthly';
  const found = priceOf(committed);
  if (!('price' in found) || found.from === undefined) return undefined;
  const { price } = found;
  if (String(price.TermDuration ?? '').toUpperCase() !== 'P1Y') return undefined;
  // the row prices the whole year (PL-2): a month is its twelfth, rounded half up
  return yearsMonth(price);
}

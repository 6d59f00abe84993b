import { listedPrice } from '../../../prices/renewalPrice.ts';
import type { PriceFrom, PriceList } from '../../../prices/types.ts';
import { shareOf } from '../../../pricing/shareOf.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import { estRules, newestEstRules } from './estEligibility.ts';
import { estQuote } from './estQuote.ts';

/**
 * Prices a month of an Extended Service Term from the price list (EST-3, PL-3), in place: the
 * SKU's `P1M` `Monthly` row at the month's start as its base (+3 %), or, where the list has no
 * such row then, its `P1Y` `Annual` row ÷ 12 (+23 %). **Decided**: where the list has a row it
 * wins over a `basePrice` given by `set-end-of-term` — Partner Center bills each month at the
 * monthly rate current then, which a base given once before the term began cannot follow; where
 * it has none, the month keeps the base it had.
 *
 * @param s - A draft in its Extended Service Term, at the month's start.
 * @param list - The caller's price list, read.
 * @param atMs - The month's start.
 * @returns The row the month is priced by, or `undefined` (no key, or no row).
 */
export function estFromList(
  s: NewCommerceDraft,
  list: PriceList,
  atMs: number,
): PriceFrom | undefined {
  const key = s.priceKey;
  const est = s.extendedServiceTerm;
  if (key === undefined || est === undefined) return undefined;
  let monthlyPlan = true;
  let found = listedPrice(list, key, 'P1M', 'monthly', atMs);
  if ('message' in found) {
    monthlyPlan = false;
    found = listedPrice(list, key, 'P1Y', 'annual', atMs);
  }
  if ('message' in found) return undefined;
  // the section of the state's own policy (EST-7), as the state's uplift was chosen
  const rules = estRules(s) ?? newestEstRules();
  // the base is always one month's price (EST-7): the annual row's year ÷ 12, rounded half up
  const { amount, currency } = found.price;
  const basePrice = monthlyPlan ? found.price : { amount: shareOf(amount, 1, 12), currency };
  const quote = estQuote({ basePrice, monthlyPlan }, rules);
  s.extendedServiceTerm = { since: est.since, basePrice: quote.basePrice, uplift: quote.uplift };
  s.price = quote.unitPrice;
  return found.priceFrom;
}

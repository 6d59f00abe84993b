import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { requireRecord } from '../kernel/requireRecord.ts';
import { requireText } from '../kernel/requireText.ts';
import { type Instant, parseInstant } from '../time/parseInstant.ts';
import { PRICE_KEY_COLUMNS } from './_internal/canonical.ts';
import { lookUpPrice } from './_internal/lookUpPrice.ts';
import { usagePrice } from './_internal/usagePrice.ts';
import type { PriceAtResult, PriceKey, PriceList, PriceRow } from './types.ts';

/**
 * The price-list row that prices a key at an instant, and its billing period's price (PL-3): the
 * row of the key (ProductId, SkuId, TermDuration, BillingPlan, Market, Currency, Segment, matched in
 * any case) with `EffectiveStartDate ≤ at ≤ EffectiveEndDate`; where rows overlap, the one that
 * started earlier holds until its end (P4: a row [2021-10-01, 2021-11-03T06:57Z] and one from
 * 2021-11-01 price 2 November by the first, 4 November by the second). What each event takes: a
 * purchase the row at `orderedAt`; a renewal the row at `termEnd`; a term's billing periods and seats
 * added mid-term the term's price, locked; an upgrade or a change of term or billing frequency the
 * target's row at the change (decided for term changes). The list is indexed once when frozen (as
 * {@link readPriceList} returns it), so a lookup is a map and a binary search.
 *
 * @param list - A price list ({@link readPriceList}, {@link overlayPriceList}, or its JSON copy).
 * @param key - The columns that pick the rows.
 * @param at - The instant.
 * @returns `{ ok: true, row, price }`, or `{ ok: false, code: 'NO_PRICE', message }` naming the key
 *   and the nearest rows (the key's, else its product's); a key with an empty `TermDuration` (an
 *   Azure plan's or a usage-billed resource's, as Partner Center writes it) is `NO_PRICE` saying
 *   the product is billed by usage (PL-7, decided 2026-11-27).
 * @throws {@link RuleError} `MISSING_FIELD` / `INVALID_ARGUMENT` at `list`, `list.rows…` or
 *   `key.<column>`; `INVALID_INSTANT` at `at`; those of {@link periodPrice} for the row found.
 * @example
 * ```ts
 * import { priceAt, readPriceList } from 'subscription-rules';
 * const list = readPriceList(
 *   'ProductId,SkuId,TermDuration,BillingPlan,Market,Currency,UnitPrice,EffectiveStartDate,EffectiveEndDate\n' +
 *     'CFQ7TTC0LH18,0001,P1Y,Monthly,US,USD,75.60,2/1/2023 0:00,6/30/2026 11:59 PM\n' +
 *     'CFQ7TTC0LH18,0001,P1Y,Monthly,US,USD,88.20,7/1/2026 0:00,11/30/9999 11:59 PM\n',
 * );
 * const key = { ProductId: 'CFQ7TTC0LH18', SkuId: '0001', TermDuration: 'P1Y', BillingPlan: 'Monthly', Market: 'US', Currency: 'USD', Segment: 'Commercial' };
 * const before = priceAt(list, key, '2026-06-30T23:59:59.999Z');
 * before.ok && before.price;
 * //=> { amount: 630, currency: 'USD' }
 * const after = priceAt(list, key, '2026-07-01T00:00:00Z');
 * after.ok && after.price;
 * //=> { amount: 735, currency: 'USD' }
 * ```
 * @category Prices over time
 * @see PL-3
 * @see PL-7
 */
export function priceAt(list: PriceList, key: PriceKey, at: Instant): PriceAtResult {
  const rows = requireRecord(list, 'list').rows;
  if (!Array.isArray(rows))
    fail(RuleErrorCode.INVALID_ARGUMENT, 'list.rows', 'expected an array', rows);
  const k = requireRecord(key, 'key');
  // Partner Center leaves an Azure plan's or a usage-billed resource's term empty: a business
  // answer, not a bad argument (PL-7, decided 2026-11-27)
  const usage = typeof k.TermDuration === 'string' && k.TermDuration.trim() === '';
  for (const column of PRICE_KEY_COLUMNS)
    if (!(usage && column === 'TermDuration')) requireText(k[column], `key.${column}`);
  if (usage) return usagePrice(key);
  return lookUpPrice(rows as readonly PriceRow[], key as PriceKey, parseInstant(at, 'at'));
}

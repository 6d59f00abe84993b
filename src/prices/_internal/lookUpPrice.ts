import { priceMessages } from '../../messages/en/newCommerce/prices.ts';
import { say } from '../../messages/say.ts';
import type { MessageParams } from '../../messages/types.ts';
import { periodPrice } from '../periodPrice.ts';
import type { PriceAtResult, PriceKey, PriceRow } from '../types.ts';
import { keyText, PRICE_KEY_COLUMNS } from './canonical.ts';
import { priceIndex, segmentAt, type Timeline } from './priceIndex.ts';

/** An end a placeholder year leaves open (1753, 9999): a sign, the same in every language. */
const OPEN = '…';

/**
 * A row as a message lists it (MSG-1): its line, its plan and market (`withKey`), its price and
 * dates, as parameters each locale writes its own words around (`line 2: 75.60 USD from … to …`).
 */
function named(row: PriceRow, withKey: boolean): MessageParams {
  return {
    line: row.line,
    ...(withKey
      ? {
          plan: `${row.TermDuration} ${row.BillingPlan} ${row.Market} ${row.Currency} ${row.Segment}`,
        }
      : {}),
    price: `${row.UnitPrice} ${row.Currency}`,
    from: row.EffectiveStartDate ?? OPEN,
    to: row.EffectiveEndDate ?? OPEN,
  };
}

/**
 * What {@link priceAt} answers, for rows and a key already checked and an instant already read
 * (PL-3): the renewals a lifecycle prices read their list and key where they enter, and their
 * instant as a number, so a renewal neither re-reads nor allocates one.
 *
 * @param rows - The list's rows.
 * @param wanted - The key.
 * @param ms - The instant, epoch milliseconds.
 * @returns The row and its period's price, or why there is none.
 */
export function lookUpPrice(
  rows: readonly PriceRow[],
  wanted: PriceKey,
  ms: number,
): PriceAtResult {
  const index = priceIndex(rows);
  const timeline = index.byKey.get(
    keyText(
      wanted.ProductId,
      wanted.SkuId,
      wanted.TermDuration,
      wanted.BillingPlan,
      wanted.Market,
      wanted.Currency,
      wanted.Segment,
    ),
  );
  const segment = timeline === undefined ? -1 : segmentAt(timeline, ms);
  if (timeline !== undefined && segment >= 0) {
    const row = timeline.rows[segment] as PriceRow;
    const price = timeline.prices[segment] ?? periodPrice(row);
    timeline.prices[segment] = price;
    return { ok: true, row, price: { amount: price.amount, currency: price.currency } };
  }
  const name = PRICE_KEY_COLUMNS.map((column) => wanted[column]).join(' ');
  const when = new Date(ms).toISOString();
  if (timeline === undefined) {
    const ofProduct = index.byProduct.get(
      `${wanted.ProductId.trim().toUpperCase()}\u0000${wanted.SkuId.trim().toUpperCase()}`,
    );
    return {
      ok: false,
      code: 'NO_PRICE',
      ...(ofProduct === undefined
        ? say(priceMessages, 'lifecycle.nce.price.no-price.no-product', { key: name })
        : say(priceMessages, 'lifecycle.nce.price.no-price.product-rows', {
            key: name,
            rows: ofProduct.slice(0, 3).map((other) => named(other, true)),
            more: ofProduct.length > 3 ? [{ count: ofProduct.length - 3 }] : [],
          })),
    };
  }
  const before = timeline.all
    .filter((entry) => entry.end < ms)
    .reduce<Timeline['all'][number] | undefined>(
      (last, entry) => (last === undefined || entry.end > last.end ? entry : last),
      undefined,
    );
  const after = timeline.all.find((entry) => entry.start > ms);
  const nearest = [before, after].flatMap((entry) =>
    entry === undefined ? [] : [named(entry.row, false)],
  );
  return {
    ok: false,
    code: 'NO_PRICE',
    ...say(priceMessages, 'lifecycle.nce.price.no-price.nearest', {
      key: name,
      when,
      rows: nearest,
    }),
  };
}

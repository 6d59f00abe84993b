import type { PriceListRow } from '../../index.ts';
import type { FileLine } from '../../reconciliation/_internal/FileLine.ts';
import type { FindingLabels } from '../../reconciliation/_internal/FindingLabels.ts';
import { fileSeats } from '../../reconciliation/_internal/fileSeats.ts';
import { LineGroups } from '../../reconciliation/_internal/LineGroups.ts';
import { priceText } from '../../reconciliation/_internal/priceList.ts';
import {
  type HeldById,
  SlotMap,
  SubscriptionSlots,
} from '../../reconciliation/_internal/SubscriptionSlots.ts';
import type { UnreadRows } from '../../reconciliation/_internal/unreadRows.ts';
import type { FirstCells, HeldRow } from './FirstCells.ts';
import { type HeldTexts, labelsOf } from './heldLabels.ts';
import { TakenIds } from './TakenIds.ts';

/**
 * What the memory budget counts a group as: its place in the groups' columns (38 B when each
 * column is as narrow as its values, in typed arrays that grow by doubling), and the first rows
 * and quantities of a group of several lines. Measured after reading the 100,000-line benchmark
 * file (85,057 subscriptions, 96,941 groups), the JavaScript heap and the typed arrays both: 283
 * B a subscription when its id was a string in a map (177 B of it on the heap); counted here as
 * 280 B, and the texts held once apart ({@link TEXT_BYTES}). With the ids held as their bits
 * (`IdTable`), the 200,000-line file holds 184 B a subscription where it held 253 B (47 B of it
 * on the heap where 147 B, 137 B of typed arrays where 106 B). The count is left at 280 B: it
 * bounds the peak of two workers at 5,000,000 lines, whose typed arrays live outside the heaps
 * the budget bounds — counted as 210 B, they peaked at 525 MiB, past the 512 MiB of the budget.
 */
const GROUP_BYTES = 70;
/** What the budget counts a subscription as besides its groups: its id, labels, seats and price. */
const SUBSCRIPTION_BYTES = 200;
/**
 * What the budget counts each label's text held once as (its map entry and the string): measured
 * with texts shared, a subscription's count leaves them out, and a file of one subscription a
 * customer holds two a subscription.
 */
const TEXT_BYTES = 100;
/** What it counts each customer's labels objects as (their map entry, list and first object). */
const CUSTOMER_BYTES = 150;

/** What a share of `reconcile` holds of its subscriptions: their groups and what their first lines say. */
export interface SubscriptionHold {
  /**
   * The subscriptions' ids and numbers, which every table below shares; once the share finishes,
   * also the subscriptions taken ({@link TakenIds}).
   */
  readonly ids: TakenIds;
  /** The groups. */
  readonly groups: LineGroups;
  /** The rows that cannot be read, by subscription. */
  readonly unread: UnreadRows;
  /** Each subscription's customer, invoice and product, from its first line. */
  readonly labels: HeldById<FindingLabels>;
  /** Each subscription's `UnitPrice` and `Currency`. */
  readonly unitPrices: HeldById<PriceListRow>;
  /** What the lines have shown of each subscription's seats. */
  readonly seats: ReturnType<typeof fileSeats>;
  /** The labels' texts and the unit prices held, each once: {@link HeldTexts}. */
  readonly texts: HeldTexts;
}

/** A unit price and its currency, the one held already when the same. */
function unitPriceOf(
  price: string,
  currency: string,
  prices: Map<string, PriceListRow>,
): PriceListRow {
  const key = `${price}\n${currency}`;
  let held = prices.get(key);
  if (held === undefined) {
    held = { UnitPrice: price, Currency: currency };
    prices.set(key, held);
  }
  return held;
}

/**
 * What a share of `reconcile` holds of its subscriptions (REC-3, `--memory`): made empty, a line's
 * row seen into it, and weighed as the budget counts it ({@link GROUP_BYTES} a group,
 * {@link SUBSCRIPTION_BYTES} a subscription, {@link TEXT_BYTES} a label's text and
 * {@link CUSTOMER_BYTES} a customer held once, against the bytes a share of the budget lets
 * it take: `heldLimit`).
 */
export const subscriptionHold = {
  /** @returns An empty hold: one number a subscription for its tables, no object. */
  create(): SubscriptionHold {
    const ids = new TakenIds();
    const slots = new SubscriptionSlots(ids);
    return {
      ids,
      groups: new LineGroups(slots),
      unread: new Map(),
      labels: new SlotMap<FindingLabels>(slots),
      unitPrices: new SlotMap<PriceListRow>(slots),
      seats: fileSeats(slots),
      texts: { labels: new Map(), prices: new Map(), labelSets: new Map() },
    };
  },
  /**
   * Holds what a line's row says of its subscription: the seats it leaves, and from the
   * subscription's first line with them, its labels and its unit price.
   *
   * @param held - What is held.
   * @param line - The line read from the row.
   * @param row - The row's cells.
   * @param at - Where the row holds them.
   */
  see(held: SubscriptionHold, line: FileLine, row: HeldRow, at: FirstCells): void {
    const id = line.subscriptionId;
    if (at.seats !== undefined) {
      if (row.seats !== undefined) held.seats.seeSeats(line, row.seats(at.seats));
      else held.seats.see(line, row.cell(at.seats));
    }
    if (at.labels.length > 0 && !held.labels.has(id))
      held.labels.set(id, labelsOf(row, at, held.texts));
    if (line.currency !== undefined && at.unitPrice !== undefined && !held.unitPrices.has(id)) {
      const price = priceText(row.cell(at.unitPrice));
      if (price !== '')
        held.unitPrices.set(id, unitPriceOf(price, line.currency, held.texts.prices));
    }
  },
  /**
   * @param held - What is held.
   * @returns The bytes the budget counts it as.
   */
  weight(held: SubscriptionHold): number {
    return (
      held.groups.size * GROUP_BYTES +
      held.groups.subscriptions * SUBSCRIPTION_BYTES +
      held.texts.labels.size * TEXT_BYTES +
      held.texts.labelSets.size * CUSTOMER_BYTES
    );
  },
};

import type { PriceListRow } from '../../index.ts';
import type { FileLine } from '../../reconciliation/_internal/FileLine.ts';
import type { FindingLabels } from '../../reconciliation/_internal/FindingLabels.ts';
import type { fileSeats } from '../../reconciliation/_internal/fileSeats.ts';
import type { LineGroups } from '../../reconciliation/_internal/LineGroups.ts';
import { priceText } from '../../reconciliation/_internal/priceList.ts';
import type { HeldById } from '../../reconciliation/_internal/SubscriptionSlots.ts';
import type { UnreadRows } from '../../reconciliation/_internal/unreadRows.ts';
import { idHash } from '../engine/shard/idHash.ts';
import type { Spill } from './spill.ts';

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

/** What a reader of the file holds of its subscriptions until they go to disk. */
export interface HeldSubscriptions {
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
  /** The labels' texts and the unit prices held, each once: {@link heldSubscriptions.texts}. */
  readonly texts: HeldTexts;
}

/**
 * The texts many subscriptions share, held once: a customer's id and name are the same on each of
 * its subscriptions, an invoice's number on thousands, a product's and SKU's names and a unit
 * price on most. Emptied with the subscriptions when they go to disk, so they never outgrow them.
 */
export interface HeldTexts {
  /** Each label's text, by itself. */
  readonly labels: Map<string, string>;
  /** Each unit price and currency, by `price` newline `currency`. */
  readonly prices: Map<string, PriceListRow>;
  /**
   * A customer's labels objects (at most {@link LABELS_A_CUSTOMER}), by its id's hash
   * (`idHash(id) | 0`, a small integer): one a subscription's invoice and product, its id among
   * the labels compared (two customers whose ids hash alike share a list). A number, so that a
   * reader of bytes finds them without decoding the id ({@link HeldRow.textHash}).
   */
  readonly labelSets: Map<number, FindingLabels[]>;
}

/**
 * How many labels objects a customer's are looked through for a subscription's: past them, its
 * subscriptions of other invoices and products hold their own.
 */
const LABELS_A_CUSTOMER = 16;

/** Where a row holds what a subscription's first lines say: its seats, unit price and labels. */
export interface FirstCells {
  /** `Quantity`'s place, if the file has it. */
  readonly seats: number | undefined;
  /** `UnitPrice`'s place, when the run prices from the file's unit prices. */
  readonly unitPrice: number | undefined;
  /** Each label's place, in `LABEL_COLUMNS`' order, for the columns the file has. */
  readonly labels: readonly (readonly [string, number])[];
}

/** A row as either reader has it: its cells by place. */
export interface HeldRow {
  cell(i: number): string | null | undefined;
  /** A cell's text trimmed, `undefined` when empty: when the reader has it without decoding again. */
  text?(i: number): string | undefined;
  /** A `Quantity` cell's seats as `seatsOf` reads its text (-1: none): from its bytes. */
  seats?(i: number): number;
  /**
   * `idHash(text) | 0` of a cell's text trimmed, from its bytes: -1 also when it is empty (a text
   * whose hash is -1 is then read as text), `undefined` when its bytes cannot tell (past ASCII,
   * or doubled quotes): the text is then decoded.
   */
  textHash?(i: number): number | undefined;
  /**
   * Whether a cell's text trimmed is `text`, from its bytes, without decoding them: `false` when
   * it is not, or when its bytes cannot tell (past ASCII, or doubled quotes).
   */
  isText?(i: number, text: string): boolean;
}

/** A label's text: trimmed, `undefined` when empty or none; the one held already when the same. */
function labelOf(row: HeldRow, i: number, texts: Map<string, string>): string | undefined {
  let cell: string | undefined;
  if (row.text !== undefined) cell = row.text(i);
  else {
    cell = row.cell(i)?.trim();
    if (cell === '') return undefined;
  }
  if (cell === undefined) return undefined;
  const held = texts.get(cell);
  if (held !== undefined) return held;
  texts.set(cell, cell);
  return cell;
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
 * The labels object held for a row's five label cells (customer id and name, invoice, product,
 * SKU, at `places`) and its customer's country where the file has the column (`country`, -1
 * without), found by their bytes alone when the row can read them so: the one the texts
 * would find (the same list, by the customer id's hash, looked through in the same order, each
 * label compared whole), or `undefined` — none held, or bytes that cannot tell — for the texts to
 * decide. A customer's labels are the same on each of its subscriptions, so most subscriptions'
 * labels are found without a string made.
 */
function heldLabels(
  row: HeldRow,
  customerId: number,
  customerName: number,
  invoiceNumber: number,
  productName: number,
  skuName: number,
  country: number,
  labelSets: Map<number, FindingLabels[]>,
): FindingLabels | undefined {
  if (row.textHash === undefined || row.isText === undefined) return undefined;
  const hash = row.textHash(customerId);
  if (hash === undefined || hash === -1) return undefined;
  const sets = labelSets.get(hash);
  if (sets === undefined) return undefined;
  for (let k = 0; k < sets.length; k++) {
    const set = sets[k] as FindingLabels;
    // the SKU first: a customer's objects differ by it most, and in their first bytes
    if (
      row.isText(skuName, set.skuName as string) &&
      (country < 0 || row.isText(country, set.customerCountry as string)) &&
      row.isText(productName, set.productName as string) &&
      row.isText(invoiceNumber, set.invoiceNumber as string) &&
      row.isText(customerName, set.customerName as string) &&
      row.isText(customerId, set.customerId as string)
    )
      return set;
  }
  for (let k = 0; k < sets.length; k++) {
    const set = sets[k] as FindingLabels;
    if (row.isText(customerId, set.customerId as string)) {
      sameCustomer = set;
      break;
    }
  }
  return undefined;
}

/**
 * A labels object of the customer of the row {@link heldLabels} found none for, when it holds
 * one (its id the row's, by bytes): its texts are the held ones, so a row's label whose bytes are
 * one of them is that text, without a string made. Set by {@link heldLabels}, read at once.
 */
let sameCustomer: FindingLabels | undefined;

/** The held text `text` when the row's cell `i` is it by its bytes, else the cell's label read. */
function labelAs(
  row: HeldRow,
  i: number,
  text: string | undefined,
  texts: Map<string, string>,
): string | undefined {
  return text !== undefined && row.isText?.(i, text) === true ? text : labelOf(row, i, texts);
}

/**
 * A subscription's labels from its row: an object of one shape when the file has every label
 * column and the row fills them (the most) — the one of another subscription of the customer's
 * with the same invoice and product, when held — else only the labels the row has.
 */
function labelsOf(row: HeldRow, at: FirstCells, held: HeldTexts): FindingLabels {
  const texts = held.labels;
  const places = at.labels;
  const [a, b, c, d, e, f] = places;
  if (
    (places.length === 5 || (places.length === 6 && f?.[0] === 'customerCountry')) &&
    a?.[0] === 'customerId' &&
    b?.[0] === 'customerName' &&
    c?.[0] === 'invoiceNumber' &&
    d?.[0] === 'productName' &&
    e?.[0] === 'skuName'
  ) {
    sameCustomer = undefined;
    const country = f === undefined ? -1 : f[1];
    const found = heldLabels(row, a[1], b[1], c[1], d[1], e[1], country, held.labelSets);
    if (found !== undefined) return found;
    const near = sameCustomer as FindingLabels | undefined;
    sameCustomer = undefined;
    const customerId = near !== undefined ? near.customerId : labelOf(row, a[1], texts);
    const customerName = labelAs(row, b[1], near?.customerName, texts);
    const invoiceNumber = labelAs(row, c[1], near?.invoiceNumber, texts);
    const productName = labelOf(row, d[1], texts);
    const skuName = labelOf(row, e[1], texts);
    const customerCountry =
      country < 0 ? undefined : labelAs(row, country, near?.customerCountry, texts);
    if (
      customerId !== undefined &&
      customerName !== undefined &&
      invoiceNumber !== undefined &&
      productName !== undefined &&
      skuName !== undefined &&
      (country < 0 || customerCountry !== undefined)
    ) {
      // the texts are held once: the same labels are the same texts
      const hash = idHash(customerId) | 0;
      let sets = held.labelSets.get(hash);
      if (sets === undefined) {
        sets = [];
        held.labelSets.set(hash, sets);
      }
      for (let k = 0; k < sets.length; k++) {
        const set = sets[k] as FindingLabels;
        if (
          set.customerId === customerId &&
          set.customerName === customerName &&
          set.invoiceNumber === invoiceNumber &&
          set.productName === productName &&
          set.skuName === skuName &&
          set.customerCountry === customerCountry
        )
          return set;
      }
      const made: FindingLabels =
        customerCountry === undefined
          ? { customerId, customerName, invoiceNumber, productName, skuName }
          : { customerId, customerName, invoiceNumber, productName, skuName, customerCountry };
      if (sets.length < LABELS_A_CUSTOMER) sets.push(made);
      return made;
    }
  }
  const found: Record<string, string> = {};
  for (let k = 0; k < places.length; k++) {
    const [key, i] = places[k] as readonly [string, number];
    const cell = labelOf(row, i, texts);
    if (cell !== undefined) found[key] = cell;
  }
  return found;
}

/**
 * The two readers of a file (the command's own and DuckDB's) hold and spill their subscriptions
 * alike: whether what they hold has passed its share of the budget ({@link GROUP_BYTES} a group,
 * {@link SUBSCRIPTION_BYTES} a subscription, {@link TEXT_BYTES} a label's text and
 * {@link CUSTOMER_BYTES} a customer held once, against the bytes the thread's share of the budget
 * lets them take: `heldLimit`), and every subscription held (but the lines without one) written
 * to its partition on disk and let go.
 */
export const heldSubscriptions = {
  /** @returns No texts held yet. */
  texts(): HeldTexts {
    return { labels: new Map(), prices: new Map(), labelSets: new Map() };
  },
  /**
   * Holds a subscription's labels and unit price as a reader that has them already (DuckDB's, a
   * subscription's first labels and price from its SQL) found them: their texts, the labels
   * object and the price the ones held already when the same, as {@link heldSubscriptions.see}
   * holds a row's, so the budget counts what is held on either reader.
   *
   * @param held - What is held.
   * @param id - The subscription (`undefined`: the lines without one).
   * @param row - Its first labels, by their places in `at.labels`.
   * @param at - The labels' places; no unit price is held when `unitPrice` is `undefined`.
   * @param price - Its first unit price and currency, when the file prints them.
   */
  hold(
    held: HeldSubscriptions,
    id: string | undefined,
    row: HeldRow,
    at: FirstCells,
    price: { readonly price: string; readonly currency: string } | undefined,
  ): void {
    if (at.labels.length > 0 && !held.labels.has(id))
      held.labels.set(id, labelsOf(row, at, held.texts));
    if (price !== undefined && at.unitPrice !== undefined && !held.unitPrices.has(id))
      held.unitPrices.set(id, unitPriceOf(price.price, price.currency, held.texts.prices));
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
  see(held: HeldSubscriptions, line: FileLine, row: HeldRow, at: FirstCells): void {
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
  weight(held: HeldSubscriptions): number {
    return (
      held.groups.size * GROUP_BYTES +
      held.groups.subscriptions * SUBSCRIPTION_BYTES +
      held.texts.labels.size * TEXT_BYTES +
      held.texts.labelSets.size * CUSTOMER_BYTES
    );
  },
  /**
   * @param held - What is held.
   * @param limit - The bytes what is held may take (`heldLimit` of the budget).
   * @returns Whether it is past them.
   */
  over(held: HeldSubscriptions, limit: number): boolean {
    return heldSubscriptions.weight(held) > limit;
  },
  /**
   * @param held - What is held: emptied of every subscription with an id.
   * @param to - The spill.
   * @returns How many subscriptions went to disk.
   */
  spill(held: HeldSubscriptions, to: Spill): number {
    const { groups, unread, labels, unitPrices, seats, texts } = held;
    let count = 0;
    const write = (id: string): void => {
      count++;
      to.writeHeld(to.partitionOf(id), {
        id,
        groups: groups.take(id),
        labels: labels.get(id),
        unitPrice: unitPrices.get(id),
        unread: unread.get(id),
        seats: seats.take(id),
      });
      labels.delete(id);
      unitPrices.delete(id);
      unread.delete(id);
    };
    // one id's text at a time (a million held are not a million strings at once); then the
    // subscriptions only rows that cannot be read name, in the order first seen
    for (const id of groups.subscriptionIds()) if (id !== undefined) write(id);
    for (const id of [...unread.keys()]) if (id !== undefined) write(id);
    texts.labels.clear();
    texts.prices.clear();
    texts.labelSets.clear();
    to.flush();
    return count;
  },
};

import type { PriceListRow } from '../../index.ts';
import type { FindingLabels } from '../../reconciliation/_internal/FindingLabels.ts';
import { idHash } from '../engine/shard/idHash.ts';
import type { FirstCells, HeldRow } from './FirstCells.ts';

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
 * A subscription's labels from its row (REC-3): an object of one shape when the file has every
 * label column and the row fills them (the most) — the one of another subscription of the
 * customer's with the same invoice and product, when held — else only the labels the row has;
 * each text the one held already when the same, so a share holds a customer's texts once.
 *
 * @param row - The row's cells.
 * @param at - Where the labels are.
 * @param held - The texts held (changed: the row's added).
 * @returns The labels.
 */
export function labelsOf(row: HeldRow, at: FirstCells, held: HeldTexts): FindingLabels {
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

import { decimalId, tableOf, textId } from './ownText.ts';

/**
 * What tells one invoice key's price (USG-4) from another: a group's fields, as texts, and its
 * earliest day (which only orders groups alike in every other field).
 */
export interface GroupFields {
  readonly invoiceNumber: string | null;
  readonly subscriptionId: string | null;
  readonly productId: string;
  readonly skuId: string;
  readonly availabilityId: string | null;
  readonly currency: string;
  readonly pricing: string;
  /** EffectiveUnitPrice, as a line writes it or exact. */
  readonly price: string;
  /** PCToBCExchangeRate, as a line writes it or exact. */
  readonly rate: string;
  readonly day: string;
}

/** The key's code units, written in place a line (a key is made from them at once). */
const codes: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

/** Writes a text's number as two UTF-16 code units at `at` (-1, `null`, as two 0xffff). */
function put(at: number, id: number): void {
  codes[at] = id & 0xffff;
  codes[at + 1] = (id >>> 16) & 0xffff;
}

/**
 * A group's key in `state`: the numbers of its nine texts in the state's table (its days are one
 * group), each as two UTF-16 code units — a flat string of 18 code units, one allocation a line,
 * where its fields' JSON was some 200 characters a line. Only `state` reads it: merging keys the entries again by their
 * fields, and a result is ordered by {@link groupOrder}.
 *
 * @param state - The state the group is kept by.
 * @param group - Its fields.
 * @returns The key.
 */
export function groupKey(state: object, group: GroupFields): string {
  return keyOf(
    state,
    group.invoiceNumber,
    group.subscriptionId,
    group.productId,
    group.skuId,
    group.availabilityId,
    group.currency,
    group.price,
    group.rate,
    group.pricing,
  );
}

/**
 * {@link groupKey} of a line's fields, one by one: no object made a line.
 *
 * @returns The key.
 */
export function keyOf(
  state: object,
  invoiceNumber: string | null,
  subscriptionId: string | null,
  productId: string,
  skuId: string,
  availabilityId: string | null,
  currency: string,
  price: string,
  rate: string,
  pricing: string,
): string {
  const table = tableOf(state);
  put(0, textId(table, invoiceNumber));
  put(2, textId(table, subscriptionId));
  put(4, textId(table, productId));
  put(6, textId(table, skuId));
  put(8, textId(table, availabilityId));
  put(10, textId(table, currency));
  put(12, decimalId(table, price));
  put(14, decimalId(table, rate));
  put(16, textId(table, pricing));
  return String.fromCharCode.apply(null, codes);
}

/**
 * The order of groups in a result: their fields as JSON, the same whatever state (or worker)
 * held them.
 */
export function groupOrder(group: GroupFields): string {
  return JSON.stringify([
    group.invoiceNumber,
    group.subscriptionId,
    group.productId,
    group.skuId,
    group.availabilityId,
    group.currency,
    group.price,
    group.rate,
    group.pricing,
    group.day,
  ]);
}

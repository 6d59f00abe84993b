import { plus } from './exact.ts';
import { keyOf } from './groupKey.ts';
import { hasCredit, type LineContext } from './LineContext.ts';
import { decimalId, exactTextOf, ownStrings, ownText } from './ownText.ts';
import { mergeRows } from './rowList.ts';
import { addRow, type UsageState } from './UsageState.ts';

/** The fields of the last line a state keyed, and the key they made. */
interface LastKey {
  invoiceNumber: string | null;
  subscriptionId: string | null;
  productId: string;
  skuId: string;
  availabilityId: string | null;
  currency: string;
  price: string;
  rate: string;
  pricing: string;
  key: string;
}

/**
 * Each state's last key: a usage file lists a meter's days one after another, so most lines
 * are their line before's group (95 % of a distributor's month), and their key is that one's —
 * compared field by field, not made anew from nine texts' numbers.
 */
const lastKeys = new WeakMap<UsageState, LastKey>();

/** The key of a line's group in `state`: its line before's when every field is the same. */
function lineKey(state: UsageState, line: LineContext['line'], currency: string): string {
  const last = lastKeys.get(state);
  if (
    last !== undefined &&
    last.invoiceNumber === line.invoiceNumber &&
    last.subscriptionId === line.subscriptionId &&
    last.productId === line.productId &&
    last.skuId === line.skuId &&
    last.availabilityId === line.availabilityId &&
    last.currency === currency &&
    last.price === line.effectiveUnitPrice &&
    last.rate === line.exchangeRate &&
    last.pricing === line.pricingCurrency
  )
    return last.key;
  const key = keyOf(
    state,
    line.invoiceNumber,
    line.subscriptionId,
    line.productId,
    line.skuId,
    line.availabilityId,
    currency,
    line.effectiveUnitPrice,
    line.exchangeRate,
    line.pricingCurrency,
  );
  lastKeys.set(state, {
    invoiceNumber: line.invoiceNumber,
    subscriptionId: line.subscriptionId,
    productId: line.productId,
    skuId: line.skuId,
    availabilityId: line.availabilityId,
    currency,
    price: line.effectiveUnitPrice,
    rate: line.exchangeRate,
    pricing: line.pricingCurrency,
    key,
  });
  return key;
}

/**
 * Adds a line to its invoice key's group, by EffectiveUnitPrice, rate and pricing currency, all
 * its days in one (USG-4): the state grows with the keys and prices, not with the days.
 */
export function addPriceGroup(state: UsageState, c: LineContext): void {
  const { line, currency } = c;
  const price = line.effectiveUnitPrice;
  const rate = line.exchangeRate;
  const pricing = line.pricingCurrency;
  const key = lineKey(state, line, currency);
  let group = state.groups.get(key);
  if (group === undefined) {
    // an object literal: one shape for every group (a spread gave each its own)
    group = ownStrings(state, {
      invoiceNumber: line.invoiceNumber,
      subscriptionId: line.subscriptionId,
      productId: line.productId,
      skuId: line.skuId,
      availabilityId: line.availabilityId,
      currency,
      pricing,
      price: exactTextOf(state, decimalId(state, price)),
      rate: exactTextOf(state, decimalId(state, rate)),
      day: line.usageDate,
      dayRow: line.row,
      // the group's own sum, added to in place (a line's sum made no new object)
      quantity: { units: 0n, scale: c.quantity.scale },
      billed: 0,
      credit: false,
      billedAny: false,
      negative: 0,
      late: 0,
      lateDays: [],
      lateRows: [],
      lines: 0,
      rows: [],
      customerId: null,
      customerName: null,
    });
    state.groups.set(key, group);
  }
  // the group's customer at a row no later than this line's: that customer's smallest row is known
  // already (a group's day row is a line of its customer, observed into this state), no lookup
  const customerKnown =
    group.lines > 0 && line.customerId === group.customerId && line.row >= group.dayRow;
  const sum = group.quantity as { units: bigint; scale: number };
  if (sum.scale === c.quantity.scale) sum.units += c.quantity.units;
  else group.quantity = plus(sum, c.quantity);
  group.billed += c.billed;
  group.credit ||= hasCredit(c);
  if (c.billed !== 0) group.billedAny = true;
  if (c.billed < 0 || c.quantity.units < 0n) group.negative++;
  const day = line.usageDate;
  if (line.chargeStart !== null && day < line.chargeStart) {
    group.late++;
    group.lateRows = mergeRows(group.lateRows, [line.row]);
    if (!group.lateDays.includes(day))
      group.lateDays = [...group.lateDays, ownText(state, day)].sort();
  }
  // the group's customer is its earliest day's smallest row's
  if (group.lines === 0 || day < group.day || (day === group.day && line.row < group.dayRow)) {
    group.day = ownText(state, day);
    group.dayRow = line.row;
    group.customerId = ownText(state, line.customerId);
    group.customerName = ownText(state, line.customerName);
  }
  addRow(group, line.row);
  if (customerKnown) return;
  const known = state.customers.get(line.customerId);
  if (known === undefined || line.row < known.row)
    state.customers.set(ownText(state, line.customerId), {
      row: line.row,
      name: ownText(state, line.customerName),
    });
}

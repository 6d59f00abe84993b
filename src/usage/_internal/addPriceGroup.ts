import { plus } from './exact.ts';
import { keyOf } from './groupKey.ts';
import { hasCredit, type LineContext } from './LineContext.ts';
import { decimalId, exactTextOf, ownStrings, ownText } from './ownText.ts';
import { mergeRows } from './rowList.ts';
import { addRow, type UsageState } from './UsageState.ts';

/**
 * Adds a line to its invoice key's group, by EffectiveUnitPrice, rate and pricing currency, all
 * its days in one (USG-4): the state grows with the keys and prices, not with the days.
 */
export function addPriceGroup(state: UsageState, c: LineContext): void {
  const { line, currency } = c;
  const price = line.effectiveUnitPrice;
  const rate = line.exchangeRate;
  const pricing = line.pricingCurrency;
  const key = keyOf(
    state,
    line.invoiceNumber,
    line.subscriptionId,
    line.productId,
    line.skuId,
    line.availabilityId,
    currency,
    price,
    rate,
    pricing,
  );
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

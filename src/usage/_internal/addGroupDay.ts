import { plus } from './exact.ts';
import { keyOf } from './groupKey.ts';
import { hasCredit, type LineContext } from './LineContext.ts';
import { decimalId, exactTextOf, ownStrings } from './ownText.ts';
import { tallyRow, type UsageState } from './UsageState.ts';

/** Adds a line to its invoice key's day, by EffectiveUnitPrice and rate (USG-4). */
export function addGroupDay(state: UsageState, c: LineContext): void {
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
    line.usageDate,
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
      // the group's own sum, added to in place (a line's sum made no new object)
      quantity: { units: 0n, scale: c.quantity.scale },
      billed: 0,
      credit: false,
      late: 0,
      lines: 0,
      rows: [],
      customerId: null,
      customerName: null,
    });
    state.groups.set(key, group);
  }
  const sum = group.quantity as { units: bigint; scale: number };
  if (sum.scale === c.quantity.scale) sum.units += c.quantity.units;
  else group.quantity = plus(sum, c.quantity);
  group.billed += c.billed;
  group.credit ||= hasCredit(c);
  if (line.chargeStart !== null && line.usageDate < line.chargeStart) group.late++;
  tallyRow(state, group, line.row, line.customerId, line.customerName);
}

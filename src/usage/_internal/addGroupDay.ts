import { exactText, plus, ZERO } from './exact.ts';
import { hasCredit, type LineContext } from './LineContext.ts';
import { ownStrings } from './ownText.ts';
import { tallyRow, type UsageState } from './UsageState.ts';

/** Adds a line to its invoice key's day, by EffectiveUnitPrice and rate (USG-4). */
export function addGroupDay(state: UsageState, c: LineContext): void {
  const { line, currency } = c;
  const price = exactText(c.price);
  const rate = exactText(c.rate);
  const key = JSON.stringify([
    line.invoiceNumber,
    line.subscriptionId,
    line.productId,
    line.skuId,
    line.availabilityId,
    currency,
    price,
    rate,
    line.pricingCurrency,
    line.usageDate,
  ]);
  const group =
    state.groups.get(key) ??
    ownStrings({
      invoiceNumber: line.invoiceNumber,
      subscriptionId: line.subscriptionId,
      productId: line.productId,
      skuId: line.skuId,
      availabilityId: line.availabilityId,
      currency,
      pricing: line.pricingCurrency,
      price,
      rate,
      day: line.usageDate,
      quantity: ZERO,
      billed: 0,
      credit: false,
      late: 0,
      lines: 0,
      rows: [],
      customerId: null,
      customerName: null,
    });
  group.quantity = plus(group.quantity, c.quantity);
  group.billed += c.billed;
  group.credit ||= hasCredit(c);
  if (line.chargeStart !== null && line.usageDate < line.chargeStart) group.late++;
  tallyRow(group, line.row, line.customerId, line.customerName);
  state.groups.set(key, group);
}

import { addNote } from './addNote.ts';
import { amountText } from './amountText.ts';
import { type Exact, exactText, rounded, same, times, truncated, ZERO } from './exact.ts';
import { amountAt, type LineContext } from './LineContext.ts';
import { ownStrings } from './ownText.ts';
import { priceAfter } from './priceAfter.ts';
import type { UsageOptions } from './readUsageOptions.ts';
import { usageSentence } from './texts/usageTextsFor.ts';
import { tallyRow, type UsageState } from './UsageState.ts';

const HUNDRED: Exact = { units: 100n, scale: 0 };

/** Whether the file's price is the exact one, truncated or rounded at the file's own decimals. */
function samePrice(printed: Exact, exact: Exact): boolean {
  if (same(printed, exact)) return true;
  if (exact.scale <= printed.scale) return false;
  return (
    truncated(exact, printed.scale) === printed.units ||
    rounded(exact, printed.scale) === printed.units
  );
}

/**
 * Adds a line billed otherwise to its key's day (one entry per key and day, not per line);
 * `withoutPec` keeps a price judged without PEC apart, for the end to drop in a file without the
 * column.
 */
function addDifference(
  state: UsageState,
  c: LineContext,
  expected: number,
  message: string,
  withoutPec = false,
): void {
  const { line } = c;
  const key = JSON.stringify([
    withoutPec,
    line.entitlementId,
    line.invoiceNumber,
    line.subscriptionId,
    line.productId,
    line.skuId,
    line.meterId,
    c.currency,
    line.usageDate,
  ]);
  const entry =
    state.lineChecks.get(key) ??
    ownStrings(state, {
      invoiceNumber: line.invoiceNumber,
      subscriptionId: line.subscriptionId,
      entitlementId: line.entitlementId,
      productId: line.productId,
      skuId: line.skuId,
      currency: c.currency,
      expected: 0,
      billed: 0,
      message,
      first: line.row,
      lines: 0,
      rows: [],
      customerId: null,
      customerName: null,
      ...(withoutPec ? { withoutPec: true as const } : {}),
    });
  if (line.row < entry.first) {
    entry.first = line.row;
    entry.message = message;
  }
  entry.expected += expected;
  entry.billed += c.billed;
  tallyRow(state, entry, line.row, line.customerId, line.customerName);
  state.lineChecks.set(key, entry);
}

/**
 * A line's own arithmetic (USG-2): its amount from its own EffectiveUnitPrice, then that price
 * from UnitPrice, PEC and credit — a difference when the amount differs, a note when only the
 * printed price does; a promotion's price is not checked, nor, in a file without the PEC column,
 * the price against PEC (the file's is taken as the rule's; dropped by the end).
 */
export function checkArithmetic(state: UsageState, options: UsageOptions, c: LineContext): void {
  const { texts } = options;
  const { line, currency, quantity, price, rate, billed, unitPrice, pec, credit } = c;
  // the line's numbers as text for a sentence: written only when a line needs one
  const words = () => ({
    quantity: exactText(quantity),
    price: exactText(price),
    pricing: line.pricingCurrency,
    rate: exactText(rate),
  });
  const lineAmount = amountAt(c, price);
  if (lineAmount !== billed) {
    const exact = exactText(times(times(price, quantity), rate));
    addDifference(
      state,
      c,
      lineAmount,
      usageSentence(texts, 'line-amount', {
        ...words(),
        exact,
        expected: amountText(lineAmount, currency),
        billed: amountText(billed, currency),
      }),
    );
    return;
  }
  if (line.promotion !== undefined) {
    addNote(
      state,
      line,
      'promotion',
      usageSentence(texts, 'note-promotion', { promotion: line.promotion }),
    );
    return;
  }
  if (unitPrice === null) return;
  const expectedPrice = priceAfter(unitPrice, pec ?? ZERO, credit);
  if (samePrice(price, expectedPrice)) return;
  // a line without PEC is judged at PEC 0, kept apart: in a file without the column the file's
  // price is the rule's, and the end drops it (a credit of 100 % makes the price 0 whatever PEC)
  const withoutPec = pec === undefined && !same(credit, HUNDRED);
  const atPrice = amountAt(c, expectedPrice);
  const printed = { printed: exactText(price), price: exactText(expectedPrice) };
  if (atPrice === billed) {
    addNote(
      state,
      line,
      'effective-unit-price',
      usageSentence(texts, 'note-price', printed),
      withoutPec,
    );
    return;
  }
  addDifference(
    state,
    c,
    atPrice,
    usageSentence(texts, 'line-price', {
      ...words(),
      ...printed,
      unitPrice: exactText(unitPrice),
      pec: exactText(pec ?? ZERO),
      credit: exactText(credit),
      expected: amountText(atPrice, currency),
      billed: amountText(billed, currency),
    }),
    withoutPec,
  );
}

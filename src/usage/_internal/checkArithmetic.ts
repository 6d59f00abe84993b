import { addNote } from './addNote.ts';
import { amountText } from './amountText.ts';
import { type Exact, exactText, rounded, same, ten, times, truncated, ZERO } from './exact.ts';
import { printedDecimals } from './isExactText.ts';
import { amountAt, type LineContext } from './LineContext.ts';
import { ownStrings, ownText } from './ownText.ts';
import { priceAfter } from './priceAfter.ts';
import type { UsageOptions } from './readUsageOptions.ts';
import { usageSentence } from './texts/usageTextsFor.ts';
import { tallyRow, type UsageState } from './UsageState.ts';

const HUNDRED: Exact = { units: 100n, scale: 0 };

/**
 * Whether the file's price is the exact one, or it truncated or rounded at the decimals the file
 * printed (`0.20` prints two: 0.17 rounded at one decimal is 0.2, at the file's two it is 0.17).
 */
function samePrice(printed: Exact, decimals: number, exact: Exact): boolean {
  if (same(printed, exact)) return true;
  if (exact.scale <= decimals) return false;
  const units = printed.units * ten(decimals - printed.scale);
  return truncated(exact, decimals) === units || rounded(exact, decimals) === units;
}

/** Which file keeps an entry: any, one with the PEC column, or one without it. */
type PecMode = 'any' | 'withoutPec' | 'ownPrice';

/**
 * Adds a line billed otherwise to its group: its Azure subscription, meter, printed and expected
 * EffectiveUnitPrice and month (and its key and currency) — one entry per error, not per line nor
 * per day (USG Details, 2026-11-28). `withoutPec` keeps a price judged without PEC apart, for the
 * end to drop in a file without the column; `ownPrice` a line judged at its own price, for the end
 * to keep only there.
 */
function addDifference(
  state: UsageState,
  c: LineContext,
  rulePrice: string,
  expected: number,
  message: string,
  mode: PecMode = 'any',
): void {
  const { line } = c;
  const meter = line.meterId ?? line.meterName ?? `${line.productId}/${line.skuId}`;
  const key = JSON.stringify([
    mode,
    line.entitlementId,
    line.invoiceNumber,
    line.subscriptionId,
    line.productId,
    line.skuId,
    meter,
    c.currency,
    exactText(c.price),
    rulePrice,
    line.usageDate.slice(0, 7),
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
      meter,
      label: line.meterName ?? meter,
      expected: 0,
      billed: 0,
      message,
      first: line.row,
      days: [],
      lines: 0,
      rows: [],
      customerId: null,
      customerName: null,
      ...(mode === 'withoutPec' ? { withoutPec: true as const } : {}),
      ...(mode === 'ownPrice' ? { ownPrice: true as const } : {}),
    });
  if (line.row < entry.first) {
    entry.first = line.row;
    entry.message = message;
  }
  entry.expected += expected;
  entry.billed += c.billed;
  const day = line.usageDate;
  if (!entry.days.includes(day)) entry.days = [...entry.days, ownText(state, day)].sort();
  tallyRow(state, entry, line.row, line.customerId, line.customerName);
  state.lineChecks.set(key, entry);
}

/** A line's numbers as text, for a sentence: written only when a line needs one. */
function words(c: LineContext): { quantity: string; price: string; pricing: string; rate: string } {
  return {
    quantity: exactText(c.quantity),
    price: exactText(c.price),
    pricing: c.line.pricingCurrency,
    rate: exactText(c.rate),
  };
}

/** A line judged at its own printed price: a difference when its amount is not what it billed. */
function ownArithmetic(
  state: UsageState,
  options: UsageOptions,
  c: LineContext,
  lineAmount: number,
  mode: PecMode = 'any',
): void {
  const { price, quantity, rate, billed, currency } = c;
  if (lineAmount === billed) return;
  addDifference(
    state,
    c,
    exactText(price),
    lineAmount,
    usageSentence(options.texts, 'line-amount', {
      ...words(c),
      exact: exactText(times(times(price, quantity), rate)),
      expected: amountText(lineAmount, currency),
      billed: amountText(billed, currency),
    }),
    mode,
  );
}

/** The last printed price's text and rule's price {@link samePrice} compared, and its answer. */
let lastText: string | undefined;
let lastExact: Exact | undefined;
let lastSame = false;

/**
 * {@link samePrice} of a line's printed price (its text, `printed` its value) and the rule's
 * price, answered again for the same text and the same rule's `Exact` (`priceAfter` gives a price
 * asked again the same one): a meter's lines repeat both.
 */
function samePriceAgain(text: string, printed: Exact, exact: Exact): boolean {
  if (text !== lastText || exact !== lastExact) {
    lastSame = samePrice(printed, printedDecimals(text, printed.scale), exact);
    lastText = text;
    lastExact = exact;
  }
  return lastSame;
}

/**
 * A line's own arithmetic (USG-2). Its amount is judged at the rule's EffectiveUnitPrice (UnitPrice
 * less PEC and credit): billed at it, a price printed otherwise is a note (a printing difference);
 * billed otherwise, the line differs, its expected amount at the rule's price — also when the
 * amount is its own wrong price's (an overcharge at a wrong price, USG, INV Details 2026-11-28). A
 * printed price that is the rule's (at its own decimals), a promotion's (not checked) or a line
 * without UnitPrice is judged at the printed price. In a file without the PEC column, the file's
 * price is the rule's: a line without PEC is judged both ways, and the end keeps the way its file
 * has.
 */
export function checkArithmetic(state: UsageState, options: UsageOptions, c: LineContext): void {
  const { texts } = options;
  const { line, currency, price, billed, unitPrice, pec, credit } = c;
  const lineAmount = amountAt(c, price);
  if (line.promotion !== undefined) {
    if (lineAmount !== billed) ownArithmetic(state, options, c, lineAmount);
    else
      addNote(
        state,
        line,
        'promotion',
        usageSentence(texts, 'note-promotion', { promotion: line.promotion }),
      );
    return;
  }
  if (unitPrice === null) {
    ownArithmetic(state, options, c, lineAmount);
    return;
  }
  const expectedPrice = priceAfter(unitPrice, pec ?? ZERO, credit);
  if (samePriceAgain(line.effectiveUnitPrice, price, expectedPrice)) {
    ownArithmetic(state, options, c, lineAmount);
    return;
  }
  // a line without PEC is judged at PEC 0, kept apart: in a file without the column the file's
  // price is the rule's, the line judged on its own arithmetic (a credit of 100 % makes the price
  // 0 whatever PEC)
  const withoutPec = pec === undefined && !same(credit, HUNDRED);
  if (withoutPec) ownArithmetic(state, options, c, lineAmount, 'ownPrice');
  const atPrice = amountAt(c, expectedPrice);
  // the price as the file printed it (zeros at the end too: the decimals it was judged at)
  const printed = { printed: line.effectiveUnitPrice, price: exactText(expectedPrice) };
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
    printed.price,
    atPrice,
    usageSentence(texts, 'line-price', {
      ...words(c),
      ...printed,
      unitPrice: exactText(unitPrice),
      pec: exactText(pec ?? ZERO),
      credit: exactText(credit),
      expected: amountText(atPrice, currency),
      billed: amountText(billed, currency),
    }),
    withoutPec ? 'withoutPec' : 'any',
  );
}

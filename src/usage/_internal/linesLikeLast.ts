import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { UsageLine, UsageReadResult } from '../types.ts';
import type { Exact } from './exact.ts';
import { lineFromCells } from './lineFromCells.ts';
import { day, decimal, minorUnits, quantityText, type Reading } from './lineReading.ts';
import { keepNumbers, numbersOf, type ReadNumbers } from './readNumbers.ts';
import { cellValue, SLOT, type UsageCell, type UsageCells } from './usageCells.ts';

/** The line read last, and the values of its row's read cells by slot: what the next row is told apart from. */
interface LastLine {
  /** Where its row's cells were: one list a header (the same names in the same order). */
  readonly layout: readonly (UsageCell | undefined)[];
  readonly values: unknown[];
  readonly line: UsageLine;
  readonly numbers: ReadNumbers;
}

/** Whether a slot is one a row mostly changes from the row before: its day, quantity and amount. */
const own = (slot: number): boolean =>
  slot === SLOT.UsageDate || slot === SLOT.Quantity || slot === SLOT.BillingPreTaxTotal;

/**
 * Whether a row's read cells are those of the line read last but for its day, quantity and
 * amount: the same places (one header) and, in every other slot, the very same value.
 */
function likeLast(before: LastLine | undefined, cells: UsageCells): LastLine | undefined {
  if (before === undefined || before.layout !== cells.cells || cells.twice.length !== 0)
    return undefined;
  const { layout, values } = before;
  for (let slot = 0; slot < layout.length; slot++) {
    const cell = layout[slot];
    if (cell !== undefined && !own(slot) && !Object.is(cellValue(cells, cell), values[slot]))
      return undefined;
  }
  return before;
}

/** A line read whole, with its row's values by slot (in `last`'s list when it has one). */
function remembered(last: LastLine | undefined, cells: UsageCells, line: UsageLine): LastLine {
  const numbers = numbersOf(line) as ReadNumbers;
  const layout = cells.cells;
  const values = last !== undefined && last.layout === layout ? last.values : [];
  for (let slot = 0; slot < layout.length; slot++) {
    const cell = layout[slot];
    values[slot] = cell === undefined ? undefined : cellValue(cells, cell);
  }
  return { layout, values, line, numbers };
}

/**
 * The line of a row like the line read last ({@link likeLast}): that line's fields with the row's
 * own number, day, quantity and amount, read as a whole reading reads them — every other field
 * is a function of the same values. `undefined` when one of the three has an issue (the whole
 * reading says it, in its order).
 */
function lineLike(before: LastLine, cells: UsageCells, rowNumber: number): UsageLine | undefined {
  const r: Reading = { cells, rowNumber, issues: [], value: undefined };
  const usageDate = day(r, SLOT.UsageDate, true);
  const quantity = decimal(r, SLOT.Quantity, true);
  const quantityCell = r.value;
  const { line } = before;
  const billed = minorUnits(r, currencyExponents[line.billingCurrency]);
  if (r.issues.length > 0) return undefined;
  // field by field in the whole reading's order, not a spread: one shape for every line, as the
  // whole reading makes them (a spread of a frozen line made each its own, and every reader slow)
  const made: { -readonly [Key in keyof UsageLine]: UsageLine[Key] } = {
    row: rowNumber,
    customerId: line.customerId,
    customerName: line.customerName,
    invoiceNumber: line.invoiceNumber,
    subscriptionId: line.subscriptionId,
    entitlementId: line.entitlementId,
    productId: line.productId,
    skuId: line.skuId,
    availabilityId: line.availabilityId,
    meterId: line.meterId,
    meterName: line.meterName,
    meterSubCategory: line.meterSubCategory,
    publisherName: line.publisherName,
    usageDate: usageDate as string,
    chargeStart: line.chargeStart,
    chargeEnd: line.chargeEnd,
    quantity: quantityText(quantityCell, quantity as Exact),
    unitPrice: line.unitPrice,
    effectiveUnitPrice: line.effectiveUnitPrice,
    exchangeRate: line.exchangeRate,
    billingCurrency: line.billingCurrency,
    pricingCurrency: line.pricingCurrency,
    billingPreTaxTotal: { amount: billed as number, currency: line.billingCurrency },
  };
  if (line.pecPercentage !== undefined) made.pecPercentage = line.pecPercentage;
  if (line.creditPercentage !== undefined) made.creditPercentage = line.creditPercentage;
  if (line.creditType !== undefined) made.creditType = line.creditType;
  if (line.tags !== undefined) made.tags = line.tags;
  if (line.benefitType !== undefined) made.benefitType = line.benefitType;
  if (line.chargeType !== undefined) made.chargeType = line.chargeType;
  if (line.promotion !== undefined) made.promotion = line.promotion;
  const { numbers } = before;
  return keepNumbers(made, {
    quantity: quantity as Exact,
    price: numbers.price,
    rate: numbers.rate,
    unitPrice: numbers.unitPrice,
    pec: numbers.pec,
    credit: numbers.credit,
  });
}

/**
 * A reader of a file's rows, one after another, into lines (USG-1, USG-7): `lineFromCells`, but a
 * row whose cells are the row before's but for its day, quantity and amount (a meter's days, most
 * of a usage file) takes the line before's other fields instead of reading every cell again — the
 * same line, the same issues, as `lineFromCells` reads. Each reader remembers its own last line
 * (one a file's header); the library's `readUsageLine` reads every row whole.
 *
 * @returns The reader: a row's cells and number to its reading.
 */
export function linesLikeLast(): (cells: UsageCells, rowNumber: number) => UsageReadResult {
  let last: LastLine | undefined;
  return (cells, rowNumber) => {
    const before = likeLast(last, cells);
    const like = before === undefined ? undefined : lineLike(before, cells, rowNumber);
    if (like !== undefined) return { ok: true, line: like, otherColumns: cells.otherColumns };
    const read = lineFromCells(cells, rowNumber);
    // a row not read leaves the line before as the one to tell the next row from
    if (read.ok) last = remembered(last, cells, read.line);
    return read;
  };
}

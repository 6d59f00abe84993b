import { READ, scanDecimal, scanned } from '../../kernel/scanDecimal.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { readCurrencyCode } from '../../pricing/readCurrencyCode.ts';
import { readFileDate } from '../../time/fileDate.ts';
import type { UsageIssue } from '../types.ts';
import { dayText } from './dayText.ts';
import {
  compareExact,
  type Exact,
  exactText,
  readExact,
  ten,
  times,
  trimmed,
  ZERO,
} from './exact.ts';
import { isExactText } from './isExactText.ts';
import type { UsageIssueText } from './texts/UsageTexts.ts';
import { cellValue, READ_COLUMNS, SLOT, type UsageCell, type UsageCells } from './usageCells.ts';

// How `readUsageLine` reads each kind of cell of a row (USG-1): text, decimals, percentages,
// days, currencies and the billed amount in minor units, each noting its own issues on the row.

const HUNDRED: Exact = { units: 100n, scale: 0 };
const MAX_SAFE = 9_007_199_254_740_991n;

/** One row being read: its cells, its number and its issues (one object a row, no closures). */
export interface Reading {
  readonly cells: UsageCells;
  readonly rowNumber: number;
  readonly issues: UsageIssue[];
  /** The value of the column {@link present} found last. */
  value: unknown;
}

/** Notes an issue of the row at a column; `undefined`, for a reader to return. */
export function issue(
  r: Reading,
  column: string,
  code: UsageIssue['code'],
  message: UsageIssueText,
): undefined {
  r.issues.push({ row: r.rowNumber, column, code, message });
  return undefined;
}

/** A cell not there: a missing field when the column is `required`, else nothing. */
function absent(r: Reading, slot: number, required: boolean): undefined {
  return required
    ? issue(r, READ_COLUMNS[slot] as string, 'MISSING_FIELD', 'expected a value')
    : undefined;
}

/** The name the row gives the column at `slot`, else the column's own. */
export function nameAt(r: Reading, slot: number): string {
  return r.cells.cells[slot]?.name ?? (READ_COLUMNS[slot] as string);
}

/**
 * Whether a text starts and ends with printable ASCII: nothing for `trim` to take off, and not
 * blank (most cells: two character codes read, where `trim` would scan for white space).
 */
function bare(text: string): boolean {
  const last = text.length - 1;
  if (last < 0) return false;
  const a = text.charCodeAt(0);
  const z = text.charCodeAt(last);
  return a > 32 && a < 127 && z > 32 && z < 127;
}

/** The cell at `slot` when its value is there (not empty, `null` or absent), its value in `r.value`. */
function present(r: Reading, slot: number): UsageCell | undefined {
  const cell = r.cells.cells[slot];
  if (cell === undefined) return undefined;
  const value = cellValue(r.cells, cell);
  r.value = value;
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' && !bare(value) && value.trim() === '' ? undefined : cell;
}

/** The cell at `slot` as text (trimmed; a typing parser's number or truth as written), `null` when absent. */
export function text(r: Reading, slot: number): string | null {
  const cell = present(r, slot);
  if (cell === undefined) return null;
  const { value } = r;
  if (typeof value === 'string') return bare(value) ? value : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  issue(r, cell.name, 'INVALID_ARGUMENT', 'expected text');
  return null;
}

/** The text of a column every line has: a missing field noted when absent (`''` then). */
export function needed(r: Reading, slot: number): string {
  const value = text(r, slot);
  if (value === null) absent(r, slot, true);
  return value ?? '';
}

/**
 * The decimals read lately (but quantities and totals, mostly a line's own), by their cell's
 * text, each with its exact text: a file's prices, rates and percentages are few, read once each,
 * not once a line. An `Exact` is never changed, so one is shared by every line that wrote it;
 * emptied when full.
 */
const decimals = new Map<string, Exact>();
const decimalTexts = new Map<Exact, string>();
const DECIMALS = 4096;

/** A cell's decimal, from {@link decimals} when its text was read lately. */
function readDecimal(value: unknown, slot: number): Exact | undefined | null {
  if (typeof value !== 'string' || slot === SLOT.Quantity || slot === SLOT.BillingPreTaxTotal)
    return readExact(value);
  const known = decimals.get(value);
  if (known !== undefined) return known;
  const read = readExact(value);
  if (read === null || read === undefined) return read;
  if (decimals.size >= DECIMALS) {
    decimals.clear();
    decimalTexts.clear();
  }
  decimals.set(value, read);
  decimalTexts.set(read, exactText(read));
  return read;
}

/**
 * A line's quantity as text: its own decimal, the cell kept when it is written exactly already
 * (not written again from its digits), else its exact text.
 *
 * @param cell - The `Quantity` cell's value as read.
 * @param quantity - Its decimal.
 */
export function quantityText(cell: unknown, quantity: Exact): string {
  return typeof cell === 'string' && isExactText(cell) ? cell : exactText(quantity);
}

/** `exactText(a)`, kept from {@link readDecimal} when `a` is one it read. */
export function textOf(a: Exact): string {
  return decimalTexts.get(a) ?? exactText(a);
}

/** The cell at `slot` as an exact decimal (a v1 fraction × 100); an issue when no number, or absent and `required`. */
export function decimal(r: Reading, slot: number, required: boolean): Exact | undefined {
  const cell = present(r, slot);
  if (cell === undefined) return absent(r, slot, required);
  const read = readDecimal(r.value, slot);
  if (read === null || read === undefined)
    return issue(r, cell.name, 'INVALID_ARGUMENT', 'expected a number');
  return cell.fraction ? trimmed(times(read, HUNDRED)) : read;
}

/** An optional percentage's cell, from 0 to 100; an issue past either. */
export function percentage(r: Reading, slot: number): Exact | undefined {
  const read = decimal(r, slot, false);
  if (read === undefined) return undefined;
  if (compareExact(read, ZERO) < 0 || compareExact(read, HUNDRED) > 0)
    return issue(r, nameAt(r, slot), 'INVALID_ARGUMENT', 'expected a percentage from 0 to 100');
  return read;
}

/**
 * The date cells read lately and their days, by the cell's text: a month's file writes a few
 * dozen dates, each on many lines in any order of days (a usage date is read once, not once a
 * line); each text in a copy of its own (a cell may be a slice of its chunk), emptied when full.
 */
const days = new Map<string, string>();
const DAYS = 1024;

/** The cell at `slot` as a day (`YYYY-MM-DD`), `null` when absent; an issue when no date, or absent and `required`. */
export function day(r: Reading, slot: number, required: boolean): string | null {
  const cell = present(r, slot);
  if (cell === undefined) return absent(r, slot, required) ?? null;
  const { value } = r;
  if (typeof value === 'string') {
    const known = days.get(value);
    if (known !== undefined) return known;
  }
  const read = typeof value === 'string' ? readFileDate(value) : null;
  if (read === null || read === undefined)
    return (
      issue(
        r,
        cell.name,
        'INVALID_ARGUMENT',
        'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)',
      ) ?? null
    );
  const text = dayText(read);
  if (days.size >= DAYS) days.clear();
  days.set(JSON.parse(JSON.stringify(value)) as string, text);
  return text;
}

/**
 * BillingPreTaxTotal in minor units of a currency of `exponent` decimals, exactly: on the scan's
 * plain integer while it is a safe one (no `bigint` made), else on its `bigint`. An issue when it
 * is missing or no number, and, the currency known, when it has more decimals than the currency
 * or is past a safe integer; `undefined` without the currency.
 */
export function minorUnits(r: Reading, exponent: number | undefined): number | undefined {
  const slot = SLOT.BillingPreTaxTotal;
  const cell = present(r, slot);
  if (cell === undefined) return absent(r, slot, true);
  if (scanDecimal(r.value) !== READ)
    return issue(r, cell.name, 'INVALID_ARGUMENT', 'expected a number');
  if (exponent === undefined) return undefined;
  const { units, scale } = scanned;
  if (scale <= exponent) {
    if (typeof units === 'number') {
      // a product of two exact integers is exact while it is a safe integer
      const minor = units * 10 ** (exponent - scale);
      if (Number.isSafeInteger(minor)) return minor;
    } else {
      const minor = units * ten(exponent - scale);
      if (minor <= MAX_SAFE && minor >= -MAX_SAFE) return Number(minor);
    }
    // whole minor units past the safe integers: said as such, not as decimals (PRICE-1)
    return issue(
      r,
      nameAt(r, slot),
      'INVALID_AMOUNT',
      'expected a safe integer count of minor units',
    );
  }
  return issue(
    r,
    nameAt(r, slot),
    'INVALID_AMOUNT',
    'expected no more decimals than the billing currency has',
  );
}

/**
 * The currency cells read lately and their codes (a file writes a few currencies, in any order of
 * lines): each text in a copy of its own (a cell is a slice of its chunk), at most
 * {@link CURRENCIES}, emptied when full.
 */
const currencyTexts: string[] = [];
const currencyCodes: CurrencyCode[] = [];
const CURRENCIES = 16;

/** The cell at `slot` as an active ISO 4217 code (any case); an issue when it is none. */
export function currency(r: Reading, slot: number, required: boolean): CurrencyCode | undefined {
  const cell = present(r, slot);
  if (cell === undefined) return absent(r, slot, required);
  const { value } = r;
  if (typeof value === 'string')
    for (let i = 0; i < currencyTexts.length; i++)
      if (currencyTexts[i] === value) return currencyCodes[i];
  const code = typeof value === 'string' ? readCurrencyCode(value.trim()) : undefined;
  if (code === undefined)
    return issue(r, cell.name, 'UNKNOWN_CURRENCY', 'expected an active ISO 4217 code');
  if (currencyTexts.length >= CURRENCIES) {
    currencyTexts.length = 0;
    currencyCodes.length = 0;
  }
  currencyTexts.push(JSON.parse(JSON.stringify(value)) as string);
  currencyCodes.push(code);
  return code;
}

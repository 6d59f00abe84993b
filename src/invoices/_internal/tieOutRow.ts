import { columnIndex, loose } from '../../kernel/columnIndex.ts';
import { columnsTwice } from '../../kernel/columnsTwice.ts';
import { addDecimals, sum } from '../../kernel/fileDecimal.ts';
import { READ, scanDecimal, scanned } from '../../kernel/scanDecimal.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import { readCurrencyCode } from '../../pricing/readCurrencyCode.ts';
import type { Sum } from './TieOutGroup.ts';

/** The columns the tie-out reads, as Partner Center's reconciliation file names them (INV-2). */
export const TIE_OUT_COLUMNS = [
  'InvoiceNumber',
  'Currency',
  'Subtotal',
  'TaxTotal',
  'Total',
] as const;

/** What is wrong with a row; the texts of a locale say it in its language. */
export type RowIssueId =
  | 'invoice-number'
  | 'currency'
  | 'number'
  | 'unsafe'
  | 'sum'
  | 'row'
  | 'twice'
  | 'width';

/** A row's issue before it is said in a language. */
export interface RowIssue {
  /** The row, from 1. */
  readonly row: number;
  /** The column at fault, as the row names it. */
  readonly column: string;
  /** What is wrong. */
  readonly id: RowIssueId;
  /** For `sum`: Subtotal + TaxTotal as decimal text. */
  readonly sum?: string;
  /** For `twice`: the other name of the column (the one not read). */
  readonly other?: string;
  /** For `width`: how many cells the row has. */
  readonly cells?: number;
  /** For `width`: how many names its header has. */
  readonly header?: number;
}

/** One line of the file as the tie-out reads it. */
export interface TieOutLine {
  readonly invoiceNumber: string;
  readonly currency: CurrencyCode;
  readonly subtotal: Sum;
  readonly tax: Sum;
  readonly total: Sum;
}

/** The lookup of a header's columns, cached for the rows that share it (a file's rows all do). */
let lastKeys: readonly string[] = [];
let lastAt: (name: string) => number | undefined = () => undefined;

/** The key of the row naming `column`: exactly, else in any case with spaces and a BOM trimmed. */
function keyOf(row: Readonly<Record<string, unknown>>, column: string): string | undefined {
  if (Object.hasOwn(row, column)) return column;
  const keys = Object.keys(row);
  if (keys.length !== lastKeys.length || keys.some((key, i) => key !== lastKeys[i])) {
    lastKeys = keys;
    lastAt = columnIndex(keys);
  }
  const at = lastAt(column);
  return at === undefined ? undefined : keys[at];
}

/** A cell's text, trimmed; a number's shortest form; anything else none. */
function textOf(cell: unknown): string | undefined {
  const text =
    typeof cell === 'string' ? cell.trim() : typeof cell === 'number' ? String(cell) : '';
  return text === '' ? undefined : text;
}

/**
 * Reads one reconciliation row for the tie-out (INV-2, REC-2's dialect): its `InvoiceNumber`,
 * `Currency` (any case) and `Subtotal`, `TaxTotal` and `Total` exactly, each found by its name as
 * the file writes it (any order, any case, a byte-order mark and spaces trimmed); a sign as
 * printed. What cannot be read is an issue naming the column.
 *
 * @param row - The row, keyed by the file's header.
 * @param at - Its number.
 * @param issues - Where a row's issues go, `id` the English issue.
 * @returns The line, or `undefined` when a column cannot be read.
 */
export function tieOutRow(row: unknown, at: number, issues: RowIssue[]): TieOutLine | undefined {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    issues.push({ row: at, column: '', id: 'row' });
    return undefined;
  }
  const r = row as Readonly<Record<string, unknown>>;
  const cell = (column: string): [string, unknown] => {
    const key = keyOf(r, column);
    return [key ?? column, key === undefined ? undefined : r[key]];
  };
  const count = issues.length;
  const [numberColumn, numberCell] = cell('InvoiceNumber');
  const invoiceNumber = textOf(numberCell);
  if (invoiceNumber === undefined)
    issues.push({ row: at, column: numberColumn, id: 'invoice-number' });
  const [currencyColumn, currencyCell] = cell('Currency');
  const currency = readCurrencyCode(textOf(currencyCell));
  if (currency === undefined) issues.push({ row: at, column: currencyColumn, id: 'currency' });
  const amounts: Sum[] = [];
  for (const column of ['Subtotal', 'TaxTotal', 'Total']) {
    const [name, value] = cell(column);
    // a file without a Total column: the line's Total is its Subtotal + TaxTotal (INV-2)
    if (column === 'Total' && keyOf(r, column) === undefined && amounts.length === 2) {
      const [subtotal, tax] = amounts as [Sum, Sum];
      addDecimals(subtotal.units, subtotal.scale, tax.units, tax.scale);
      amounts.push({ units: sum.units, scale: sum.scale });
      continue;
    }
    if (scanDecimal(value) !== READ) {
      if (column !== 'Total' || keyOf(r, column) !== undefined)
        issues.push({ row: at, column: name, id: 'number' });
      continue;
    }
    const read = { units: scanned.units, scale: scanned.scale };
    if (currency !== undefined && !isSafe(read, currency))
      issues.push({ row: at, column: name, id: 'unsafe' });
    else amounts.push(read);
  }
  if (issues.length > count) return undefined;
  const [subtotal, tax, total] = amounts as [Sum, Sum, Sum];
  return {
    invoiceNumber: invoiceNumber as string,
    currency: currency as CurrencyCode,
    subtotal,
    tax,
    total,
  };
}

/** Whether a decimal has more decimals than `currency`. */
export function isFractional(sum: Sum, currency: CurrencyCode): boolean {
  return sum.scale > currencyExponents[currency];
}

/**
 * Whether a decimal is at most `Number.MAX_SAFE_INTEGER` minor units of `currency` in magnitude
 * (PRICE-1): past it, a sum of minor units would no longer be exact.
 */
export function isSafe(value: Readonly<Sum>, currency: CurrencyCode): boolean {
  const exponent = currencyExponents[currency];
  const digits = BigInt(value.units);
  const magnitude = digits < 0n ? -digits : digits;
  const left = magnitude * 10n ** BigInt(Math.max(0, exponent - value.scale));
  const right =
    BigInt(Number.MAX_SAFE_INTEGER) * 10n ** BigInt(Math.max(0, value.scale - exponent));
  return left <= right;
}

/** The tie-out's columns, compared loosely. */
const LOOSE_COLUMNS: ReadonlySet<string> = new Set(TIE_OUT_COLUMNS.map(loose));

/**
 * The tie-out's columns a header names twice (in another case, or with spaces or a byte-order mark
 * around one, or the same name twice): each pair as `[the name read (the first), the other]`
 * (INV-2's shapes).
 *
 * @param keys - The header's names, in its order.
 * @returns The pairs, in the header's order.
 */
export function tieOutColumnsTwice(keys: readonly string[]): [string, string][] {
  return columnsTwice(keys, (name) => (LOOSE_COLUMNS.has(name) ? name : undefined));
}

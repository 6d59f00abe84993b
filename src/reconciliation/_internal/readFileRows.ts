import { readFileDate } from './fileDate.ts';
import { type FileDecimal, readFileDecimal } from './fileDecimal.ts';

/** The columns a line needs to be compared (REC-4); `SubscriptionId` may be absent. */
const REQUIRED = ['ChargeType', 'ChargeStartDate', 'ChargeEndDate', 'BillableQuantity', 'Subtotal'];
/** The columns the comparison reads besides them. */
const READ = ['SubscriptionId', 'EffectiveUnitPrice', 'UnitPrice', 'Quantity', 'Currency'];

/**
 * The charge types whose lines give money back (REC-1, REC-4, R2, R10): their quantity and amount
 * are credits whatever sign the file prints. Compared in lower case.
 */
const CREDIT_TYPES: ReadonlySet<string> = new Set([
  'removequantity',
  'cancelimmediate',
  'customercredit',
]);

/** One line of the file, read exactly. */
export interface FileLine {
  /** The line's place among the data rows, from 1 (the header is not counted). */
  readonly row: number;
  /** `SubscriptionId`, when the file has it. */
  readonly subscriptionId: string | undefined;
  /** `ChargeType` as the file writes it. */
  readonly chargeType: string;
  /** `ChargeType` in lower case: what lines are grouped and compared by. */
  readonly chargeKey: string;
  /** Whether the charge type is a credit's, so the line's quantity and amount are ≤ 0. */
  readonly credit: boolean;
  /** `ChargeStartDate`, the first billed day, as UTC days since 1970-01-01. */
  readonly startDay: number;
  /** `ChargeEndDate`, the last billed day (inclusive), as UTC days since 1970-01-01. */
  readonly endDay: number;
  /** `BillableQuantity`, its sign from the charge type. */
  readonly billableQuantity: FileDecimal;
  /** `Subtotal`, its sign from the charge type. */
  readonly subtotal: FileDecimal;
  /** `EffectiveUnitPrice` as printed, when there is one. */
  readonly effectiveUnitPrice: FileDecimal | undefined;
  /** `Currency`, when there is one. */
  readonly currency: string | undefined;
}

/** A row that could not be read, and why (ERR-2: reported, never thrown, never dropped). */
export interface FileRowIssue {
  /** The row, from 1. */
  readonly row: number;
  /** The column at fault, as the file names it (or the required name when it is missing). */
  readonly column: string;
  /** What was expected. */
  readonly message: string;
}

/** What {@link readFileRows} read. */
export interface FileRows {
  /** The lines read. */
  readonly lines: FileLine[];
  /** The rows that could not be read. */
  readonly issues: FileRowIssue[];
  /** The columns the comparison does not read, each once, as the file names them. */
  readonly otherColumns: string[];
}

/** A header's name made comparable: no byte-order mark, no spaces around it, lower case. */
function headerKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

/**
 * Which of the file's headers each column the comparison reads is (REC-4): the exact name first,
 * else the one equal to it in lower case once a byte-order mark and spaces are trimmed (Excel's CSV
 * export starts with a mark).
 */
function columnsOf(headers: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const wanted of [...REQUIRED, ...READ]) {
    const exact = headers.find((name) => name === wanted);
    const loose = headers.find((name) => headerKey(name) === wanted.toLowerCase());
    const header = exact ?? loose;
    if (header !== undefined) found.set(wanted, header);
  }
  return found;
}

/** A credit's decimal: its magnitude, negative. */
function signed(value: FileDecimal): FileDecimal {
  return { units: value.units > 0n ? -value.units : value.units, scale: value.scale };
}

/**
 * Reads the rows of Partner Center's New Commerce invoice reconciliation file as a CSV parser gives
 * them (REC-2, REC-4): columns matched by name in any order, numbers and dates read exactly, a
 * credit's sign taken from its charge type (any other line, an unknown charge type's included,
 * keeps the sign it is printed with and is never taken for a credit), an empty cell absent, and
 * every row that cannot be read an issue naming its row and column.
 *
 * @param rows - The data rows, each keyed by the file's own header names; values as a CSV parser
 *   gives them (text, or numbers and `null` from one that types its cells).
 * @returns The lines, the issues, and the columns not read.
 */
export function readFileRows(
  rows: readonly Readonly<Record<string, string | undefined>>[],
): FileRows {
  const lines: FileLine[] = [];
  const issues: FileRowIssue[] = [];
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const columns = columnsOf(headers);
  const read = new Set(columns.values());
  const otherColumns = headers.filter((name) => !read.has(name));
  rows.forEach((row, index) => {
    const number = index + 1;
    const cell = (name: string): unknown => {
      const header = columns.get(name);
      return header === undefined ? undefined : row[header];
    };
    const text = (name: string): string | undefined => {
      const value = cell(name);
      return typeof value === 'string'
        ? value.trim()
        : typeof value === 'number'
          ? String(value)
          : undefined;
    };
    const problems: FileRowIssue[] = [];
    const issue = (column: string, message: string): void => {
      problems.push({ row: number, column: columns.get(column) ?? column, message });
    };
    const chargeType = text('ChargeType') ?? '';
    if (chargeType === '') issue('ChargeType', 'expected a charge type');
    const startDay = readFileDate(cell('ChargeStartDate'));
    if (startDay === undefined || startDay === null)
      issue('ChargeStartDate', 'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)');
    const endDay = readFileDate(cell('ChargeEndDate'));
    if (endDay === undefined || endDay === null)
      issue('ChargeEndDate', 'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)');
    if (typeof startDay === 'number' && typeof endDay === 'number' && endDay < startDay)
      issue('ChargeEndDate', 'expected a last billed day at or after ChargeStartDate');
    const quantity = readFileDecimal(cell('BillableQuantity'));
    if (quantity === undefined || quantity === null) issue('BillableQuantity', 'expected a number');
    const subtotal = readFileDecimal(cell('Subtotal'));
    if (subtotal === undefined || subtotal === null) issue('Subtotal', 'expected a number');
    const price = readFileDecimal(cell('EffectiveUnitPrice'));
    if (price === null) issue('EffectiveUnitPrice', 'expected a number, or nothing');
    if (problems.length > 0) {
      issues.push(...problems);
      return;
    }
    const chargeKey = chargeType.toLowerCase();
    const credit = CREDIT_TYPES.has(chargeKey);
    const id = text('SubscriptionId');
    const currency = text('Currency');
    lines.push({
      row: number,
      subscriptionId: id === undefined || id === '' ? undefined : id,
      chargeType,
      chargeKey,
      credit,
      startDay: startDay as number,
      endDay: endDay as number,
      // a credit's sign is its type's (files print its quantity either way); any other line keeps
      // the sign it is printed with: a change printed as two lines reverses the old quantity with a
      // negative line of the change's own charge type (R2, R4)
      billableQuantity: credit ? signed(quantity as FileDecimal) : (quantity as FileDecimal),
      subtotal: credit ? signed(subtotal as FileDecimal) : (subtotal as FileDecimal),
      effectiveUnitPrice: price ?? undefined,
      currency: currency === undefined || currency === '' ? undefined : currency,
    });
  });
  return { lines, issues, otherColumns };
}

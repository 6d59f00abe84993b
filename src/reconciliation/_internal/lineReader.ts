import { columnsTwice } from '../../kernel/columnsTwice.ts';
import { EMPTY, READ, type Scan, scanDecimal, scanned } from '../../kernel/scanDecimal.ts';
import { SHAPE_TWICE } from '../../kernel/shapeTexts.ts';
import { readFileDate } from '../../time/fileDate.ts';
import type { ReconcileOptions } from '../types.ts';
import { readChargeTypes } from './chargeTypes.ts';
import type { FileLine, FileRowIssue } from './FileLine.ts';
import { sheetRow } from './sheetRow.ts';

/** The columns a line needs to be compared (REC-4); `SubscriptionId` may be absent. */
const REQUIRED = [
  'ChargeType',
  'ChargeStartDate',
  'ChargeEndDate',
  'BillableQuantity',
  'Subtotal',
] as const;
/** The columns the comparison reads besides them. */
const OPTIONAL = [
  'SubscriptionId',
  'EffectiveUnitPrice',
  'Currency',
  'PromotionId',
  // the price a line's term is billed at, what a term read back is priced by (REC-5)
  'UnitPrice',
  // what a line says of itself: a month of Extended Service Term by its fee or its name (EST-5)
  'PriceAdjustmentDescription',
  'SkuName',
  'OfferName',
  'ProductName',
] as const;
const NAMED: readonly Column[] = [
  'PriceAdjustmentDescription',
  'SkuName',
  'OfferName',
  'ProductName',
];
/** A fee, SKU, offer or product named an Extended Service Term, in any letter case (EST-5). */
const EST_NAME = /extended service term/i;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];
/** The columns read, compared loosely. */
const READ_KEYS: ReadonlySet<string> = new Set(
  [...REQUIRED, ...OPTIONAL].map((column) => column.toLowerCase()),
);

/** A `UnitPrice` cell's text without Excel's leading apostrophe; `undefined` when empty. */
function unitPriceText(text: string | undefined): string | undefined {
  if (text === undefined || text.charCodeAt(0) !== 39) return text;
  const rest = text.slice(1).trim();
  return rest === '' ? undefined : rest;
}

const DATE = 'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)';

/**
 * One row's cells as a reader of the file holds them: by their place in the header, read only
 * through these few questions, so that a reader of the file's bytes answers them without a string
 * for a cell that is a number or a date ({@link lineReader}'s `readCells`).
 */
export interface LineCells {
  /** The cell's text trimmed, a number's shortest form; `undefined` when empty or none. */
  text(at: number): string | undefined;
  /** The cell read as {@link readFileDate} reads it. */
  date(at: number): number | undefined | null;
  /** The cell read as {@link scanDecimal} reads it, its value left in {@link scanned}. */
  decimal(at: number): Scan;
  /** Whether the cell is text naming an Extended Service Term, in any letter case (EST-5). */
  est(at: number): boolean;
}

/** What reads the rows of one file, its header mapped once. */
export interface LineReader {
  /** The columns the comparison does not read, each once, as the file names them. */
  readonly otherColumns: readonly string[];
  /** The required columns the file does not have: every row is then an issue. */
  readonly missingColumns: readonly string[];
  /** The places in the header of the columns read: the only cells a row needs to fill. */
  readonly columns: readonly number[];
  /**
   * The columns read that the header names twice (in any case), `[the name read (the first), the
   * other]`: said once, by the first row this reader reads.
   */
  readonly twice: readonly (readonly [string, string])[];
  /**
   * Reads one row.
   *
   * @param cells - The row's cells in the header's order, as a CSV parser gives them.
   * @param row - The row's place among the data rows, from 1.
   * @param issues - Where a row that cannot be read says why, one issue per column at fault.
   * @returns The line, or `undefined` when the row is an issue.
   */
  read(cells: ArrayLike<unknown>, row: number, issues: FileRowIssue[]): FileLine | undefined;
  /**
   * Reads one row through its {@link LineCells}: the same line, and the same issues, as
   * {@link LineReader.read} of the row's cells.
   *
   * @param cells - The row's cells.
   * @param row - The row's place among the data rows, from 1.
   * @param issues - Where a row that cannot be read says why.
   * @returns The line, or `undefined` when the row is an issue.
   */
  readCells(cells: LineCells, row: number, issues: FileRowIssue[]): FileLine | undefined;
  /**
   * A row's `SubscriptionId`, read whatever else it holds: whose subscription a row that cannot be
   * read belongs to.
   *
   * @param cells - The row's cells in the header's order.
   * @returns The id, or `undefined` when the row has none.
   */
  subscriptionIdOf(cells: ArrayLike<unknown>): string | undefined;
  /**
   * {@link LineReader.subscriptionIdOf} through a row's {@link LineCells}.
   *
   * @param cells - The row's cells.
   * @returns The id, or `undefined` when the row has none.
   */
  subscriptionIdIn(cells: LineCells): string | undefined;
}

/** A header's name made comparable: no byte-order mark, no spaces around it, lower case. */
function headerKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

/** A text cell's text, trimmed; a number's shortest form; anything else none. */
function textOf(cell: unknown): string | undefined {
  if (typeof cell === 'string') {
    const text = cell.trim();
    return text === '' ? undefined : text;
  }
  return typeof cell === 'number' ? String(cell) : undefined;
}

/** The cells of an array, as a CSV parser gives them (one object, pointed at each row in turn). */
function arrayCells(): LineCells & { cells: ArrayLike<unknown> } {
  return {
    cells: [],
    text(at) {
      return textOf(this.cells[at]);
    },
    date(at) {
      return readFileDate(this.cells[at]);
    },
    decimal(at) {
      return scanDecimal(this.cells[at]);
    },
    est(at) {
      const text = this.cells[at];
      return typeof text === 'string' && EST_NAME.test(text);
    },
  };
}

/** Whether a line names an Extended Service Term in one of its cells at `named` (EST-5). */
function estIn(cells: LineCells, named: readonly number[]): boolean {
  for (let k = 0; k < named.length; k++) if (cells.est(named[k] as number)) return true;
  return false;
}

function negative(units: number | bigint): number | bigint {
  return typeof units === 'number' ? (units > 0 ? -units : units) : units > 0n ? -units : units;
}

/**
 * The reader of one reconciliation file's rows (REC-2, REC-4), its header mapped once: each column
 * the comparison reads found by name in any order — exactly, else in lower case with a byte-order
 * mark and spaces trimmed (Excel's CSV export starts with a mark) — and every row then read by one
 * scan of its cells, no regular expression and no object per cell. A credit's sign is taken from
 * its charge type whichever sign the file prints; any other line, an unknown charge type's
 * included, keeps its printed sign and is never taken for a credit (a change printed as two lines
 * reverses the old quantity with a negative line of its own charge type, R2, R4). A column the
 * header names twice (in any case) is read at its first name, whatever the other's cells hold, and
 * said once, as an issue of the first row read naming both names (its row read nonetheless).
 *
 * @param headers - The file's header row.
 * @param options - `chargeTypes`: the caller's own names (REC-1).
 * @returns The reader.
 * @throws {@link RuleError} for bad `options.chargeTypes`.
 */
export function lineReader(
  headers: readonly string[],
  options?: Pick<ReconcileOptions, 'chargeTypes'>,
): LineReader {
  const types = readChargeTypes(options?.chargeTypes, 'options.chargeTypes');
  const index = {} as Record<Column, number>;
  const names = {} as Record<Column, string>;
  for (const column of [...REQUIRED, ...OPTIONAL]) {
    let at = headers.indexOf(column);
    if (at < 0) at = headers.findIndex((name) => headerKey(String(name)) === column.toLowerCase());
    index[column] = at;
    names[column] = at < 0 ? column : String(headers[at]);
  }
  // a column read named twice (in any case): the first read, both names said once
  const header = headers.map((name) => String(name));
  const twice = columnsTwice(header, (name) => (READ_KEYS.has(name) ? name : undefined));
  const others = new Set(twice.map(([, other]) => other));
  const read = new Set(Object.values(index));
  // a line's UnitPrice is read for its term (REC-5), yet listed as before among the columns the
  // comparison does not compare; the other of a column named twice is said, never listed
  const compared = new Set([...read].filter((at) => at !== index.UnitPrice));
  const otherColumns = [
    ...new Set(
      header.filter(
        (name, at) => !compared.has(at) && !(others.has(name) && at !== index.UnitPrice),
      ),
    ),
  ];
  const missingColumns = REQUIRED.filter((column) => index[column] < 0);
  // the last charge type seen and what it resolved to: files run in long stretches of one type
  let lastType = '';
  let lastKey = '';
  let lastKnown = false;
  let lastCredit = false;
  const ofArray = arrayCells();
  // the places of the columns a line's Extended Service Term is named in, those the file has
  const named = NAMED.map((column) => index[column]).filter((at) => at >= 0);

  // whether the header's columns named twice were said (by the first row read)
  let said = twice.length === 0;
  const reader: LineReader = {
    otherColumns,
    missingColumns,
    columns: [...read].filter((at) => at >= 0),
    twice,
    read(cells, row, issues) {
      ofArray.cells = cells;
      return reader.readCells(ofArray, row, issues);
    },
    readCells(cells, row, issues) {
      if (!said) {
        said = true;
        for (const [column, other] of twice)
          issues.push({
            row: sheetRow(row),
            column,
            message: SHAPE_TWICE,
            values: { column, other },
          });
      }
      const count = issues.length;
      const issue = (column: Column, message: string): void => {
        issues.push({ row: sheetRow(row), column: names[column], message });
      };
      const chargeType = index.ChargeType < 0 ? undefined : cells.text(index.ChargeType);
      if (chargeType === undefined) issue('ChargeType', 'expected a charge type');
      const startDay = index.ChargeStartDate < 0 ? undefined : cells.date(index.ChargeStartDate);
      if (typeof startDay !== 'number') issue('ChargeStartDate', DATE);
      const endDay = index.ChargeEndDate < 0 ? undefined : cells.date(index.ChargeEndDate);
      if (typeof endDay !== 'number') issue('ChargeEndDate', DATE);
      else if (typeof startDay === 'number' && endDay < startDay)
        issue('ChargeEndDate', 'expected a last billed day at or after ChargeStartDate');
      let scan = index.BillableQuantity < 0 ? EMPTY : cells.decimal(index.BillableQuantity);
      if (scan !== READ) issue('BillableQuantity', 'expected a number');
      let quantityUnits = scanned.units;
      const quantityScale = scanned.scale;
      scan = index.Subtotal < 0 ? EMPTY : cells.decimal(index.Subtotal);
      if (scan !== READ) issue('Subtotal', 'expected a number');
      let subtotalUnits = scanned.units;
      const subtotalScale = scanned.scale;
      scan = index.EffectiveUnitPrice < 0 ? EMPTY : cells.decimal(index.EffectiveUnitPrice);
      if (scan !== READ && scan !== EMPTY)
        issue('EffectiveUnitPrice', 'expected a number, or nothing');
      if (issues.length > count) return undefined;
      if (chargeType !== lastType) {
        lastType = chargeType as string;
        lastKey = lastType.toLowerCase();
        const credit = types.credit.get(lastKey);
        lastKnown = credit !== undefined;
        lastCredit = credit === true;
      }
      if (lastCredit) {
        quantityUnits = negative(quantityUnits);
        subtotalUnits = negative(subtotalUnits);
      }
      return {
        row,
        subscriptionId: index.SubscriptionId < 0 ? undefined : cells.text(index.SubscriptionId),
        chargeType: lastType,
        chargeKey: lastKey,
        known: lastKnown,
        credit: lastCredit,
        startDay: startDay as number,
        endDay: endDay as number,
        quantityUnits,
        quantityScale,
        subtotalUnits,
        subtotalScale,
        priceUnits: scan === READ ? scanned.units : undefined,
        priceScale: scan === READ ? scanned.scale : 0,
        currency: index.Currency < 0 ? undefined : cells.text(index.Currency),
        // no column: undefined, as if absent (nothing to compare), without an object to spread
        promotionId: index.PromotionId < 0 ? undefined : (cells.text(index.PromotionId) ?? ''),
        unitPrice: index.UnitPrice < 0 ? undefined : unitPriceText(cells.text(index.UnitPrice)),
        est: estIn(cells, named),
      };
    },
    subscriptionIdOf(cells) {
      return index.SubscriptionId < 0 ? undefined : textOf(cells[index.SubscriptionId]);
    },
    subscriptionIdIn(cells) {
      return index.SubscriptionId < 0 ? undefined : cells.text(index.SubscriptionId);
    },
  };
  return reader;
}

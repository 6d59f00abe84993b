import { readCurrencyCode } from '../../pricing/readCurrencyCode.ts';
import type { PriceList, PriceListIssue, PriceRow } from '../types.ts';
import { billingPeriods } from './billingPeriods.ts';
import { canonicalPlan, canonicalSegment, canonicalTerm } from './canonical.ts';
import type { CsvRecord } from './csvRecords.ts';
import { exactDecimal, isNegativeDecimal } from './exactDecimal.ts';
import { otherCells } from './otherCells.ts';
import { trimmedCell } from './priceCells.ts';
import { ALWAYS_YEAR, OPEN_YEAR, priceDate } from './priceDate.ts';
import { priceListIssue as issue } from './priceListIssue.ts';
import { textCache } from './textCache.ts';

/** The columns a row is read by (PL-1); `Segment` may be absent (a file before segments). */
const REQUIRED = [
  'ProductId',
  'SkuId',
  'TermDuration',
  'BillingPlan',
  'Market',
  'Currency',
  'UnitPrice',
  'EffectiveStartDate',
  'EffectiveEndDate',
] as const;
type Column = (typeof REQUIRED)[number] | 'Segment';
const COLUMNS: readonly Column[] = [...REQUIRED, 'Segment'];

/** A column name compared: no byte-order mark, no surrounding spaces, lower case. */
const nameOf = (cell: string): string =>
  cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();

/** The reader of one price list's rows, fed a header, then rows. */
export interface PriceListReader {
  /** The header's cells; an issue for every column the list cannot do without. */
  header(cells: readonly string[]): void;
  /** One row's cells in the header's order, at its line (the record is read, not kept). */
  row(record: CsvRecord, line: number): void;
  /** The list: its rows and issues, frozen. */
  done(): PriceList;
}

/** A date cell read: its instant (`null`: the placeholder year) and that instant's ISO text. */
interface DateCell {
  readonly ms: number | null;
  readonly iso: string | null;
}

/** A start date: the placeholder year 1753 and before is always. */
function startOf(text: string): DateCell | undefined {
  const date = priceDate(text);
  if (date === undefined) return undefined;
  const ms = date.year <= ALWAYS_YEAR ? null : date.at;
  return { ms, iso: ms === null ? null : new Date(ms).toISOString() };
}

/** An end date: the last millisecond of the unit written; the placeholder year 9999 is open. */
function endOf(text: string): DateCell | undefined {
  const date = priceDate(text);
  if (date === undefined) return undefined;
  const ms = date.year >= OPEN_YEAR ? null : date.at + date.unit - 1;
  return { ms, iso: ms === null ? null : new Date(ms).toISOString() };
}

/** A price cell: its text without Excel's apostrophe, and whether it is a price. */
function priceOf(cell: string): { readonly price: string; readonly ok: boolean } {
  const price = cell.charCodeAt(0) === 39 ? cell.slice(1).trim() : cell;
  return { price, ok: exactDecimal(price) !== undefined };
}

const DATE = 'an ISO 8601 instant or M/D/YYYY h:mm AM';

/**
 * The reader behind {@link readPriceList} (PL-1): columns found by name in any order and case,
 * every row checked cell by cell, a bad row an issue per bad cell (never thrown, never silently
 * left out). Each distinct text of a column is read once and kept as one string, and rows that
 * write the same other columns share one frozen `cells`, so a list holds little more than a
 * frozen object per row.
 *
 * @returns The reader.
 */
export function priceListReader(): PriceListReader {
  const rows: PriceRow[] = [];
  const issues: PriceListIssue[] = [];
  const index = new Map<Column, number>();
  /** Each column's position in the header, −1 when it has none. */
  const at: Record<Column, number> = {
    ProductId: -1,
    SkuId: -1,
    TermDuration: -1,
    BillingPlan: -1,
    Market: -1,
    Currency: -1,
    UnitPrice: -1,
    EffectiveStartDate: -1,
    EffectiveEndDate: -1,
    Segment: -1,
  };
  const product = textCache((text) => text.toUpperCase());
  const sku = textCache((text) => text);
  const market = textCache((text) => text.toUpperCase());
  const term = textCache(canonicalTerm);
  const plan = textCache(canonicalPlan);
  const currency = textCache(readCurrencyCode);
  const segment = textCache((text) => canonicalSegment(text) || 'Commercial');
  const unitPrice = textCache(priceOf);
  const start = textCache(startOf);
  const end = textCache(endOf);
  let cellsOf = otherCells([], []);
  let usable = false;
  return {
    header(cells) {
      const byName = new Map<string, Column>(COLUMNS.map((name) => [name.toLowerCase(), name]));
      const otherNames: string[] = [];
      const otherAt: number[] = [];
      index.clear();
      cells.forEach((cell, position) => {
        const known = byName.get(nameOf(cell));
        if (known !== undefined && !index.has(known)) index.set(known, position);
        else {
          otherNames.push(cell.replace(/^\uFEFF/, '').trim());
          otherAt.push(position);
        }
      });
      cellsOf = otherCells(otherNames, otherAt);
      for (const name of COLUMNS) at[name] = index.get(name) ?? -1;
      const missing = REQUIRED.filter((name) => !index.has(name));
      for (const name of missing)
        issues.push(issue(1, name, 'MISSING_FIELD', '', `a column ${name} in the header`));
      usable = missing.length === 0;
    },
    row(record, line) {
      if (!usable) return;
      const before = issues.length;
      const productId = trimmedCell(product, record, at.ProductId);
      if (productId.text === '')
        issues.push(issue(line, 'ProductId', 'MISSING_FIELD', '', 'a value'));
      const skuId = trimmedCell(sku, record, at.SkuId);
      if (skuId.text === '') issues.push(issue(line, 'SkuId', 'MISSING_FIELD', '', 'a value'));
      const marketCell = trimmedCell(market, record, at.Market);
      if (marketCell.text === '')
        issues.push(issue(line, 'Market', 'MISSING_FIELD', '', 'a value'));
      const termCell = trimmedCell(term, record, at.TermDuration);
      if (termCell.value === undefined)
        issues.push(
          issue(
            line,
            'TermDuration',
            'INVALID_ARGUMENT',
            termCell.text,
            'P1M, P1Y, P2Y, P3Y or P5Y',
          ),
        );
      const planCell = trimmedCell(plan, record, at.BillingPlan);
      if (planCell.value === undefined)
        issues.push(
          issue(
            line,
            'BillingPlan',
            'INVALID_ARGUMENT',
            planCell.text,
            'Monthly, Annual, Triennial, None or OneTime',
          ),
        );
      else if (
        termCell.value !== undefined &&
        billingPeriods(termCell.value, planCell.value) === undefined
      )
        issues.push(
          issue(
            line,
            'BillingPlan',
            'INVALID_ARGUMENT',
            planCell.text,
            `a billing plan of a ${termCell.value} term`,
          ),
        );
      const currencyCell = trimmedCell(currency, record, at.Currency);
      if (currencyCell.value === undefined)
        issues.push(
          issue(line, 'Currency', 'UNKNOWN_CURRENCY', currencyCell.text, 'an active ISO 4217 code'),
        );
      const priceCell = trimmedCell(unitPrice, record, at.UnitPrice);
      if (!priceCell.value.ok)
        issues.push(
          issue(
            line,
            'UnitPrice',
            'INVALID_AMOUNT',
            priceCell.text,
            isNegativeDecimal(priceCell.value.price)
              ? 'a price that is not negative'
              : 'a price: digits, a point and decimals, ≥ 0',
          ),
        );
      const startCell = trimmedCell(start, record, at.EffectiveStartDate);
      const from = startCell.value;
      if (from === undefined)
        issues.push(issue(line, 'EffectiveStartDate', 'INVALID_INSTANT', startCell.text, DATE));
      const endCell = trimmedCell(end, record, at.EffectiveEndDate);
      const to = endCell.value;
      if (to === undefined)
        issues.push(issue(line, 'EffectiveEndDate', 'INVALID_INSTANT', endCell.text, DATE));
      if (from?.ms != null && to?.ms != null && to.ms < from.ms)
        issues.push(
          issue(
            line,
            'EffectiveEndDate',
            'OUT_OF_ORDER',
            endCell.text,
            `an end at or after the start ${startCell.text}`,
          ),
        );
      if (issues.length > before) return;
      rows.push(
        Object.freeze({
          line,
          ProductId: productId.value,
          SkuId: skuId.value,
          TermDuration: termCell.value as NonNullable<typeof termCell.value>,
          BillingPlan: planCell.value as NonNullable<typeof planCell.value>,
          Market: marketCell.value,
          Currency: currencyCell.value as NonNullable<typeof currencyCell.value>,
          Segment: at.Segment < 0 ? 'Commercial' : trimmedCell(segment, record, at.Segment).value,
          UnitPrice: priceCell.value.price,
          EffectiveStartDate: (from as DateCell).iso,
          EffectiveEndDate: (to as DateCell).iso,
          cells: cellsOf(record),
        }),
      );
    },
    done() {
      return Object.freeze({ rows: Object.freeze(rows), issues: Object.freeze(issues) });
    },
  };
}

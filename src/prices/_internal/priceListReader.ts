import { readCurrencyCode } from '../../pricing/readCurrencyCode.ts';
import type { PriceList, PriceListIssue, PriceRow } from '../types.ts';
import { billingPeriods } from './billingPeriods.ts';
import { canonicalPlan, canonicalSegment, canonicalTerm } from './canonical.ts';
import { exactDecimal } from './exactDecimal.ts';
import { ALWAYS_YEAR, OPEN_YEAR, type PriceDate, priceDate } from './priceDate.ts';

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
  /** One row's cells in the header's order, at its line. */
  row(cells: readonly string[], line: number): void;
  /** The list: its rows and issues, frozen. */
  done(): PriceList;
}

/** A row's cell at a header position, trimmed; `''` for a position the header lacks or a short row. */
function cellAt(cells: readonly string[], at: number): string {
  const value = at < 0 ? undefined : cells[at];
  return value === undefined ? '' : value.trim();
}

/** The issue of an empty cell a row cannot do without. */
function missing(row: number, column: string): PriceListIssue {
  return issue(row, column, 'MISSING_FIELD', '', 'a value');
}

/** An issue's sentence: the row, the column, what was expected, the cell. */
function issue(
  row: number,
  column: string,
  code: string,
  value: string,
  expected: string,
): PriceListIssue {
  const got =
    value === '' ? 'an empty cell' : `'${value.length > 60 ? `${value.slice(0, 60)}…` : value}'`;
  return Object.freeze({
    row,
    column,
    code,
    value,
    message: `line ${row}, ${column}: expected ${expected}, got ${got}`,
  });
}

/**
 * The reader behind {@link readPriceList} (PL-1): columns found by name in any order and case,
 * every row checked cell by cell, a bad row an issue per bad cell (never thrown, never silently
 * left out), dates read once per distinct text.
 *
 * @returns The reader.
 */
export function priceListReader(): PriceListReader {
  const rows: PriceRow[] = [];
  const issues: PriceListIssue[] = [];
  const index = new Map<Column, number>();
  /** Each column's position in the header, −1 when it has none. */
  const positions: Record<Column, number> = {
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
  let otherNames: string[] = [];
  let otherAt: number[] = [];
  const isoTexts = new Map<number, string>();
  const isoOf = (ms: number): string => {
    let text = isoTexts.get(ms);
    if (text === undefined) {
      text = new Date(ms).toISOString();
      if (isoTexts.size < 10_000) isoTexts.set(ms, text);
    }
    return text;
  };
  let usable = false;
  /** The last text of each repeated column and what it read as. */
  const last: {
    termText: string | undefined;
    term: ReturnType<typeof canonicalTerm>;
    planText: string | undefined;
    plan: ReturnType<typeof canonicalPlan>;
    currencyText: string | undefined;
    currency: ReturnType<typeof readCurrencyCode>;
    segmentText: string | undefined;
    segment: string;
  } = {
    termText: undefined,
    term: undefined,
    planText: undefined,
    plan: undefined,
    currencyText: undefined,
    currency: undefined,
    segmentText: undefined,
    segment: 'Commercial',
  };
  const dates = new Map<string, PriceDate | undefined>();
  const readDate = (text: string): PriceDate | undefined => {
    if (dates.has(text)) return dates.get(text);
    const date = priceDate(text);
    if (dates.size < 10_000) dates.set(text, date);
    return date;
  };
  return {
    header(cells) {
      const byName = new Map<string, Column>(COLUMNS.map((name) => [name.toLowerCase(), name]));
      otherNames = [];
      otherAt = [];
      index.clear();
      cells.forEach((cell, at) => {
        const known = byName.get(nameOf(cell));
        if (known !== undefined && !index.has(known)) index.set(known, at);
        else {
          otherNames.push(cell.replace(/^\uFEFF/, '').trim());
          otherAt.push(at);
        }
      });
      for (const name of COLUMNS) positions[name] = index.get(name) ?? -1;
      const missing = REQUIRED.filter((name) => !index.has(name));
      for (const name of missing)
        issues.push(issue(1, name, 'MISSING_FIELD', '', `a column ${name} in the header`));
      usable = missing.length === 0;
    },
    row(cells, line) {
      if (!usable) return;
      const before = issues.length;
      const productId = cellAt(cells, positions.ProductId);
      if (productId === '') issues.push(missing(line, 'ProductId'));
      const skuId = cellAt(cells, positions.SkuId);
      if (skuId === '') issues.push(missing(line, 'SkuId'));
      const marketText = cellAt(cells, positions.Market);
      if (marketText === '') issues.push(missing(line, 'Market'));
      // a file repeats a few terms, plans, currencies and segments: each read once per run of it
      const termText = cellAt(cells, positions.TermDuration);
      if (termText !== last.termText) {
        last.termText = termText;
        last.term = canonicalTerm(termText);
      }
      const term = last.term;
      if (term === undefined)
        issues.push(
          issue(line, 'TermDuration', 'INVALID_ARGUMENT', termText, 'P1M, P1Y, P2Y, P3Y or P5Y'),
        );
      const planText = cellAt(cells, positions.BillingPlan);
      if (planText !== last.planText) {
        last.planText = planText;
        last.plan = canonicalPlan(planText);
      }
      const plan = last.plan;
      if (plan === undefined)
        issues.push(
          issue(
            line,
            'BillingPlan',
            'INVALID_ARGUMENT',
            planText,
            'Monthly, Annual, Triennial, None or OneTime',
          ),
        );
      else if (term !== undefined && billingPeriods(term, plan) === undefined)
        issues.push(
          issue(
            line,
            'BillingPlan',
            'INVALID_ARGUMENT',
            planText,
            `a billing plan of a ${term} term`,
          ),
        );
      const currencyText = cellAt(cells, positions.Currency);
      if (currencyText !== last.currencyText) {
        last.currencyText = currencyText;
        last.currency = readCurrencyCode(currencyText);
      }
      const currency = last.currency;
      if (currency === undefined)
        issues.push(
          issue(line, 'Currency', 'UNKNOWN_CURRENCY', currencyText, 'an active ISO 4217 code'),
        );
      const priceCell = cellAt(cells, positions.UnitPrice);
      const price = priceCell.charCodeAt(0) === 39 ? priceCell.slice(1).trim() : priceCell;
      if (exactDecimal(price) === undefined)
        issues.push(
          issue(
            line,
            'UnitPrice',
            'INVALID_AMOUNT',
            priceCell,
            'a price: digits, a point and decimals, ≥ 0',
          ),
        );
      const startText = cellAt(cells, positions.EffectiveStartDate);
      const start = readDate(startText);
      if (start === undefined)
        issues.push(
          issue(
            line,
            'EffectiveStartDate',
            'INVALID_INSTANT',
            startText,
            'an ISO 8601 instant or M/D/YYYY h:mm AM',
          ),
        );
      const endText = cellAt(cells, positions.EffectiveEndDate);
      const end = readDate(endText);
      if (end === undefined)
        issues.push(
          issue(
            line,
            'EffectiveEndDate',
            'INVALID_INSTANT',
            endText,
            'an ISO 8601 instant or M/D/YYYY h:mm AM',
          ),
        );
      const from = start === undefined || start.year <= ALWAYS_YEAR ? null : start.at;
      const to = end === undefined || end.year >= OPEN_YEAR ? null : end.at + end.unit - 1;
      if (from !== null && to !== null && to < from)
        issues.push(
          issue(
            line,
            'EffectiveEndDate',
            'OUT_OF_ORDER',
            endText,
            `an end at or after the start ${startText}`,
          ),
        );
      if (issues.length > before) return;
      let segment = 'Commercial';
      if (positions.Segment >= 0) {
        const segmentText = cellAt(cells, positions.Segment);
        if (segmentText !== last.segmentText) {
          last.segmentText = segmentText;
          last.segment = canonicalSegment(segmentText) || 'Commercial';
        }
        segment = last.segment;
      }
      const rest: Record<string, string> = {};
      for (let i = 0; i < otherNames.length; i++)
        rest[otherNames[i] as string] = cells[otherAt[i] as number] ?? '';
      rows.push(
        Object.freeze({
          line,
          ProductId: productId.toUpperCase(),
          SkuId: skuId,
          TermDuration: term as NonNullable<typeof term>,
          BillingPlan: plan as NonNullable<typeof plan>,
          Market: marketText.toUpperCase(),
          Currency: currency as NonNullable<typeof currency>,
          Segment: segment,
          UnitPrice: price,
          EffectiveStartDate: from === null ? null : isoOf(from),
          EffectiveEndDate: to === null ? null : isoOf(to),
          cells: Object.freeze(rest),
        }),
      );
    },
    done() {
      return Object.freeze({ rows: Object.freeze(rows), issues: Object.freeze(issues) });
    },
  };
}

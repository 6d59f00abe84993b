import { loose } from '../../kernel/columnIndex.ts';
import { jsonLineCells } from '../../kernel/jsonLineCells.ts';
import { shapeIssues } from './shapeIssues.ts';
import { USAGE_ALIASES, USAGE_COLUMNS, type UsageColumn } from './usageColumns.ts';

/** Where a column is among a row's names: the name the row gives it, and whether it is a v1 fraction. */
export interface UsageCell {
  /** The column's name as the row writes it. */
  readonly name: string;
  /** Its position among the row's names. */
  readonly index: number;
  /** `true` when the name is a v1 alias whose value is a fraction (× 100). */
  readonly fraction: boolean;
}

/** The columns `readUsageLine` reads, each at its slot (its position here). */
export const READ_COLUMNS = [
  'SubscriptionId',
  'EntitlementId',
  'InvoiceNumber',
  'ProductId',
  'SkuId',
  'UsageDate',
  'ChargeStartDate',
  'ChargeEndDate',
  'Quantity',
  'UnitPrice',
  'EffectiveUnitPrice',
  'PCToBCExchangeRate',
  'PartnerEarnedCreditPercentage',
  'CreditPercentage',
  'BillingCurrency',
  'PricingCurrency',
  'BillingPreTaxTotal',
  'PromotionId',
  'PriceBenefits',
  'CustomerId',
  'CustomerName',
  'AvailabilityId',
  'MeterId',
  'MeterName',
  'MeterSubCategory',
  'PublisherName',
  'CreditType',
  'Tags',
  'BenefitType',
  'ChargeType',
] as const;

// every read column is a usage column
READ_COLUMNS satisfies readonly UsageColumn[];

/** A column `readUsageLine` reads. */
export type ReadColumn = (typeof READ_COLUMNS)[number];

/** Each read column's slot: where its cell and its value are in {@link UsageCells}. */
export const SLOT: { readonly [Column in ReadColumn]: number } = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(READ_COLUMNS.map((column, slot) => [column, slot])),
) as { readonly [Column in ReadColumn]: number };

/** The cells of one row, by slot. */
export interface UsageCells {
  /** Where each read column is, by slot, when the row has it (one list a header, not one a row). */
  readonly cells: readonly (UsageCell | undefined)[];
  /** An object row, whose cells are read by their names; `null` for a JSON line. */
  readonly row: Readonly<Record<string, unknown>> | null;
  /** A JSON line's values, in the order of its names; `null` for an object row. */
  readonly values: readonly unknown[] | null;
  /** The row's names of no known column, sorted (frozen: one list a header, shared). */
  readonly otherColumns: readonly string[];
  /** The usage columns its names name twice, `[read, other]` (`shapeIssues.columnsTwice`; shared). */
  readonly twice: readonly (readonly [string, string])[];
}

const KNOWN: ReadonlySet<string> = new Set(USAGE_COLUMNS.map(loose));

/** Where each read column is among a row's names, and the names of no known column. */
interface Plan {
  readonly names: readonly string[];
  /** Each read column's position among `names` and whether it is a v1 fraction, by slot. */
  readonly cells: readonly (UsageCell | undefined)[];
  readonly otherColumns: readonly string[];
  readonly twice: readonly (readonly [string, string])[];
}

/**
 * The plan of the names of the row read last: a file's rows share their header, so the names are
 * matched once a file, not once a row (the matching was a fifth of a usage file's reading).
 */
let last: Plan | undefined;
/** The names {@link last} was made from, as given: the same list given again is that plan. */
let lastGiven: readonly string[] | undefined;

/** The v1 alias of a loose name (never one of Object's own keys). */
function aliasOf(key: string): (typeof USAGE_ALIASES)[string] | undefined {
  return Object.hasOwn(USAGE_ALIASES, key) ? USAGE_ALIASES[key] : undefined;
}

/** Whether two lists of names are the same, in the same order (a loop: no closure a row). */
function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The plan of `names`, matched as REC-4 matches; the last one again when the names are the same. */
function planOf(names: readonly string[]): Plan {
  if (last !== undefined && (names === lastGiven || sameNames(last.names, names))) {
    lastGiven = names;
    return last;
  }
  lastGiven = names;
  const exact = new Map<string, number>();
  const own = new Map<string, number>();
  const aliased = new Map<string, number>();
  const other: string[] = [];
  names.forEach((name, index) => {
    const key = loose(name);
    const alias = aliasOf(key);
    if (!exact.has(name)) exact.set(name, index);
    if (alias !== undefined) {
      if (!aliased.has(loose(alias.column))) aliased.set(loose(alias.column), index);
    } else {
      if (!own.has(key)) own.set(key, index);
      if (!KNOWN.has(key)) other.push(name);
    }
  });
  const cells = READ_COLUMNS.map((column): UsageCell | undefined => {
    // a column's own name wins over a v1 alias of it, whichever the row writes first
    const index = exact.get(column) ?? own.get(loose(column)) ?? aliased.get(loose(column));
    if (index === undefined) return undefined;
    const name = names[index] as string;
    return { name, index, fraction: aliasOf(loose(name))?.fraction ?? false };
  });
  last = {
    names: [...names],
    cells,
    otherColumns: Object.freeze(other.sort()),
    twice: Object.freeze(shapeIssues.columnsTwice(names)),
  };
  return last;
}

/**
 * The value of a read column's cell, as the row gives it (text, or what a typing CSV parser made
 * of it): only the columns read are looked up, not the row's every cell.
 */
export function cellValue(cells: UsageCells, cell: UsageCell): unknown {
  return cells.values === null ? cells.row?.[cell.name] : cells.values[cell.index];
}

/**
 * The cells of a usage row (USG-1), matched by name as REC-4 matches: the exact name, else in any
 * case with a byte-order mark and spaces trimmed, else a v1 alias. A JSON line's keys are read
 * from its text ({@link jsonLineCells}). Every row's names are listed and compared with the
 * header matched last (a row of another header, or with a name more, is matched afresh): a row
 * read by the names of a row before it would read another header's cells.
 *
 * @param row - A CSV row (an object keyed by the header) or one JSON line's text.
 * @returns The cells, or `null` for a row that is neither.
 */
export function usageCells(row: unknown): UsageCells | null {
  if (typeof row === 'string') {
    const read = jsonLineCells(row);
    if (read === null) return null;
    const plan = planOf([...read.keys()]);
    return {
      cells: plan.cells,
      row: null,
      values: [...read.values()],
      otherColumns: plan.otherColumns,
      twice: plan.twice,
    };
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return null;
  const plan = planOf(Object.keys(row));
  return {
    cells: plan.cells,
    row: row as Readonly<Record<string, unknown>>,
    values: null,
    otherColumns: plan.otherColumns,
    twice: plan.twice,
  };
}

/**
 * A row's cells by place (USG-1): its header's names and its values, each the cell under the name
 * at its place (a name written twice: its first cell read). A reader of a file's rows gives the
 * same list of names for every row, so its plan is found once a file; only the cells the line
 * reads are looked at (the others may be left out of `values`).
 *
 * @param names - The header's names, as written.
 * @param values - The row's values, by place.
 * @returns The cells.
 */
export function usageCellsAt(names: readonly string[], values: readonly unknown[]): UsageCells {
  const plan = planOf(names);
  return {
    cells: plan.cells,
    row: null,
    values,
    otherColumns: plan.otherColumns,
    twice: plan.twice,
  };
}

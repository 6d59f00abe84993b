import { loose } from '../../kernel/columnIndex.ts';
import { jsonLineCells } from './jsonLineCells.ts';
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

/** The cells of one row, by column. */
export interface UsageCells {
  /** Where a column is, when the row has it (one object a header, not one a row). */
  readonly at: (column: UsageColumn) => UsageCell | undefined;
  /** A column's value as the row gives it (text, or what a typing CSV parser made of it). */
  readonly value: (cell: UsageCell) => unknown;
  /** The row's names of no known column, sorted (frozen: one list a header, shared). */
  readonly otherColumns: readonly string[];
}

const KNOWN: ReadonlySet<string> = new Set(USAGE_COLUMNS.map(loose));

/** Where each column is among a row's names, and the names of no known column. */
interface Plan {
  readonly names: readonly string[];
  /** A column's position among `names` and whether it is a v1 fraction; absent columns absent. */
  readonly at: ReadonlyMap<UsageColumn, UsageCell>;
  readonly otherColumns: readonly string[];
}

/**
 * The plan of the names of the row read last: a file's rows share their header, so the names are
 * matched once a file, not once a row (the matching was a fifth of a usage file's reading).
 */
let last: Plan | undefined;

/** The v1 alias of a loose name (never one of Object's own keys). */
function aliasOf(key: string): (typeof USAGE_ALIASES)[string] | undefined {
  return Object.hasOwn(USAGE_ALIASES, key) ? USAGE_ALIASES[key] : undefined;
}

/** The plan of `names`, matched as REC-4 matches; the last one again when the names are the same. */
function planOf(names: readonly string[]): Plan {
  if (
    last !== undefined &&
    last.names.length === names.length &&
    last.names.every((name, i) => name === names[i])
  )
    return last;
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
  const at = new Map<UsageColumn, UsageCell>();
  for (const column of USAGE_COLUMNS) {
    // a column's own name wins over a v1 alias of it, whichever the row writes first
    const index = exact.get(column) ?? own.get(loose(column)) ?? aliased.get(loose(column));
    if (index === undefined) continue;
    const name = names[index] as string;
    at.set(column, { name, index, fraction: aliasOf(loose(name))?.fraction ?? false });
  }
  last = { names: [...names], at, otherColumns: Object.freeze(other.sort()) };
  return last;
}

/**
 * The cells of a usage row (USG-1), matched by name as REC-4 matches: the exact name, else in any
 * case with a byte-order mark and spaces trimmed, else a v1 alias. A JSON line's keys are read
 * from its text ({@link jsonLineCells}).
 *
 * @param row - A CSV row (an object keyed by the header) or one JSON line's text.
 * @returns The cells, or `null` for a row that is neither.
 */
export function usageCells(row: unknown): UsageCells | null {
  let names: string[];
  let valueAt: (index: number) => unknown;
  if (typeof row === 'string') {
    const cells = jsonLineCells(row);
    if (cells === null) return null;
    names = [...cells.keys()];
    const values = [...cells.values()];
    valueAt = (index) => values[index];
  } else if (typeof row === 'object' && row !== null && !Array.isArray(row)) {
    // the values of the columns read only: a row of 55 cells is read for 30 of them
    names = Object.keys(row);
    const cells = row as Readonly<Record<string, unknown>>;
    valueAt = (index) => cells[names[index] as string];
  } else return null;
  const plan = planOf(names);
  return {
    at: (column) => plan.at.get(column),
    value: (cell) => valueAt(cell.index),
    otherColumns: plan.otherColumns,
  };
}

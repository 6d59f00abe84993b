import { loose } from '../../kernel/columnIndex.ts';
import { jsonLineCells } from './jsonLineCells.ts';
import { USAGE_ALIASES, USAGE_COLUMNS, type UsageColumn } from './usageColumns.ts';

/** A cell found: the name the row gives it, its value, and whether it is a v1 fraction. */
export interface UsageCell {
  /** The column's name as the row writes it. */
  readonly name: string;
  /** The value as the row gives it (text, or what a typing CSV parser made of it). */
  readonly value: unknown;
  /** `true` when the name is a v1 alias whose value is a fraction (× 100). */
  readonly fraction: boolean;
}

/** The cells of one row, by column. */
export interface UsageCells {
  /** The cell of a column, when the row has it. */
  readonly get: (column: UsageColumn) => UsageCell | undefined;
  /** The row's names of no known column, sorted. */
  readonly otherColumns: readonly string[];
}

const KNOWN: ReadonlySet<string> = new Set(USAGE_COLUMNS.map(loose));

/**
 * The cells of a usage row (USG-1), matched by name as REC-4 matches: the exact name, else in any
 * case with a byte-order mark and spaces trimmed, else a v1 alias. A JSON line's keys are read
 * from its text ({@link jsonLineCells}).
 *
 * @param row - A CSV row (an object keyed by the header) or one JSON line's text.
 * @returns The cells, or `null` for a row that is neither.
 */
export function usageCells(row: unknown): UsageCells | null {
  let entries: Iterable<[string, unknown]>;
  if (typeof row === 'string') {
    const cells = jsonLineCells(row);
    if (cells === null) return null;
    entries = cells;
  } else if (typeof row === 'object' && row !== null && !Array.isArray(row)) {
    entries = Object.entries(row);
  } else return null;
  const exact = new Map<string, UsageCell>();
  const own = new Map<string, UsageCell>();
  const aliased = new Map<string, UsageCell>();
  const other: string[] = [];
  for (const [name, value] of entries) {
    const key = loose(name);
    const alias = Object.hasOwn(USAGE_ALIASES, key) ? USAGE_ALIASES[key] : undefined;
    const cell = { name, value, fraction: alias?.fraction ?? false };
    if (!exact.has(name)) exact.set(name, cell);
    if (alias !== undefined) {
      if (!aliased.has(loose(alias.column))) aliased.set(loose(alias.column), cell);
    } else {
      if (!own.has(key)) own.set(key, cell);
      if (!KNOWN.has(key)) other.push(name);
    }
  }
  return {
    // a column's own name wins over a v1 alias of it, whichever the row writes first
    get: (column) => exact.get(column) ?? own.get(loose(column)) ?? aliased.get(loose(column)),
    otherColumns: other.sort(),
  };
}

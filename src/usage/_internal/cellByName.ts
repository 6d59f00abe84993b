import { loose } from '../../kernel/columnIndex.ts';

/**
 * A row's cell of a column as REC-4 matches a name: the column's own name, else the first name
 * that is the same in any case with a byte-order mark and spaces trimmed.
 *
 * @param row - A row of cells keyed by column (anything else has no cell).
 * @param column - The column, as the rules name it.
 * @returns The cell, or `undefined` when the row has no such column or is no row of cells.
 */
export function cellByName(row: unknown, column: string): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return undefined;
  if (Object.hasOwn(row, column)) return (row as Record<string, unknown>)[column];
  const key = loose(column);
  const name = Object.keys(row).find((n) => loose(n) === key);
  return name === undefined ? undefined : (row as Record<string, unknown>)[name];
}

import { loose } from '../../kernel/columnIndex.ts';

/**
 * A row's cell of a column as REC-4 matches a name: the column's own name, else the first name
 * that is the same in any case with a byte-order mark and spaces trimmed.
 *
 * @param row - A row of cells keyed by column.
 * @param column - The column, as the rules name it.
 * @returns The cell, or `undefined` when the row has no such column.
 */
export function cellByName(row: object, column: string): unknown {
  if (Object.hasOwn(row, column)) return (row as Record<string, unknown>)[column];
  const key = loose(column);
  const name = Object.keys(row).find((n) => loose(n) === key);
  return name === undefined ? undefined : (row as Record<string, unknown>)[name];
}

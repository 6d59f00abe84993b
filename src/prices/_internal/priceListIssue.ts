import type { PriceListIssue } from '../types.ts';

/**
 * An issue of a price list's row (PL-1), frozen: the line, the column, what was expected, the cell.
 *
 * @param row - The line.
 * @param column - The column.
 * @param code - The issue's code.
 * @param value - The cell, trimmed.
 * @param expected - What the column takes.
 * @returns The issue, with its sentence.
 */
export function priceListIssue(
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

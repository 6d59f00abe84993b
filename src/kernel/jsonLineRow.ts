import { jsonLineCells } from './jsonLineCells.ts';

/**
 * A row as the file readers take it (REC-3, INV-3, USG-1): an object keyed by a CSV file's header
 * as it is, or one line of a Graph export blob — a JSON object's text — as the same object of
 * text: each key with its value's text, a number as the digits its source writes (never through
 * a double: `12.345678901234567890` keeps every digit), a JSON `null` as an empty cell (absent, as
 * an empty CSV cell is), a nested value as its source text. Its keys are kept as written; the
 * readers match them to their columns as they match a header's (exactly, else in any case), so
 * `chargeStartDate` is `ChargeStartDate`.
 *
 * @param row - A row: an object, or one JSON line's text.
 * @returns The object as given; a JSON line's cells as an object (`null`-prototype, so a key
 *   `__proto__` is a cell like any other); `undefined` for text that is not one JSON object,
 *   which the readers report as a row that is no row of cells.
 */
export function jsonLineRow(row: unknown): unknown {
  if (typeof row !== 'string') return row;
  const cells = jsonLineCells(row);
  if (cells === null) return undefined;
  const out: Record<string, string> = Object.create(null);
  for (const [key, value] of cells) out[key] = value ?? '';
  return out;
}

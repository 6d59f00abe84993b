/**
 * A reconciliation row's cells keyed by its header's names, as the tie-out reads them (INV-3):
 * each name once, at its first column (a name the header repeats keeps its first cell), a cell
 * the row lacks as empty text — the same object whichever engine read the row.
 *
 * @param names - The header's cells, as written.
 * @param cell - The row's cell at a place from 0 (`undefined` or `null`: none, read as empty).
 * @returns The cells.
 * @example
 * ```ts
 * tieOutCells(['InvoiceNumber', 'Total', 'Total'], (i) => ['G1', '1.00', '2.00'][i]);
 * //=> { InvoiceNumber: 'G1', Total: '1.00' }
 * ```
 */
export function tieOutCells(
  names: readonly string[],
  cell: (i: number) => string | null | undefined,
): Record<string, string> {
  const cells: Record<string, string> = {};
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    if (!Object.hasOwn(cells, name)) cells[name] = cell(i) ?? '';
  }
  return cells;
}

import { cellByName } from './cellByName.ts';

/**
 * The invoices whose reconciliation files were given (USG-4, USG Details 2026-11-28): the
 * `InvoiceNumber` of every row of the invoice files — a licence or one-time line names its
 * invoice as well as a usage line does — matched as REC-4 matches a column (the name as written,
 * else in any case with a byte-order mark and spaces trimmed), its text trimmed; `null` for a row
 * without one. A row that is not a row of cells names no invoice (it is an issue of the file).
 *
 * @param rows - The invoice files' rows, of any number of invoices.
 * @returns Their invoice numbers, each once.
 */
export function givenInvoices(rows: readonly unknown[]): Set<string | null> {
  const given = new Set<string | null>();
  for (const row of rows) {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) continue;
    const value = cellByName(row, 'InvoiceNumber');
    const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
    given.add(text === '' ? null : text);
  }
  return given;
}

import { columnIndex } from '../../../kernel/columnIndex.ts';
import { tieOutCells } from '../tieOutCells.ts';
import type { TieOutPlaces } from './tieOutSql.ts';

/**
 * Where the library's row reader finds each tie-out column in a file's header (INV-2: the exact
 * name, else the first name equal to it in any case, a byte-order mark and spaces trimmed), found
 * on the very keys its row has ({@link tieOutCells}: each name once, in the object's own order),
 * so the SQL reads the cells the reader reads.
 *
 * @param names - The header's cells, as written.
 * @returns Each column's place from 0, `undefined` when the header lacks it.
 * @example
 * ```ts
 * tieOutPlaces(['\uFEFFinvoicenumber', 'Total', ' currency ', 'Subtotal', 'TaxTotal']);
 * //=> { invoiceNumber: 0, currency: 2, subtotal: 3, tax: 4, total: 1 }
 * ```
 */
export function tieOutPlaces(names: readonly string[]): TieOutPlaces {
  const keys = Object.keys(tieOutCells(names, () => ''));
  const at = columnIndex(keys);
  const place = (column: string): number | undefined => {
    const key = keys.includes(column) ? column : keys[at(column) ?? -1];
    return key === undefined ? undefined : names.indexOf(key);
  };
  return {
    invoiceNumber: place('InvoiceNumber'),
    currency: place('Currency'),
    subtotal: place('Subtotal'),
    tax: place('TaxTotal'),
    total: place('Total'),
  };
}

import {
  type CustomerCountries,
  seeCustomerCountry,
} from '../../reconciliation/_internal/customerCountries.ts';
import type { ReconRow } from './reconShare.ts';

/** The last row's customer and country, as their cells wrote them trimmed, and the map told. */
let last: { countries: CustomerCountries; customer: string; country: string } | undefined;

/** A cell's text trimmed, `undefined` when empty or none. */
function textOf(row: NonNullable<ReconRow['cells']>, i: number): string | undefined {
  if (row.text !== undefined) return row.text(i);
  const cell = row.cell(i)?.trim();
  return cell === '' ? undefined : cell;
}

/**
 * Notes the customer and country a row of `reconcile`'s file names (`CustomerId`,
 * `CustomerCountry`) in the whole file's map (PL-7), every row's, read or not, as the library
 * notes them: a row of the same two cells as the row before (a file sorted by customer, the most)
 * is told by its bytes, with no string made.
 *
 * @param countries - The map (changed).
 * @param row - The row.
 */
export function seeRowCountry(countries: CustomerCountries, row: ReconRow): void {
  const { cells, first } = row;
  if (cells === undefined || first === undefined) return;
  let customerAt: number | undefined;
  let countryAt: number | undefined;
  for (const [key, place] of first.labels) {
    if (key === 'customerId') customerAt = place;
    else if (key === 'customerCountry') countryAt = place;
  }
  if (customerAt === undefined || countryAt === undefined) return;
  if (
    last !== undefined &&
    last.countries === countries &&
    cells.isText?.(customerAt, last.customer) === true &&
    cells.isText(countryAt, last.country)
  )
    return;
  const customer = textOf(cells, customerAt);
  const country = textOf(cells, countryAt);
  if (customer === undefined || country === undefined) return;
  seeCustomerCountry(countries, customer, country);
  last = { countries, customer, country };
}

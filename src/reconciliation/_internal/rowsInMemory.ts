import { columnIndex } from '../../kernel/columnIndex.ts';
import type { PriceListRow } from '../../partnerCenter/PartnerCenterReadOptions.ts';
import { type CustomerCountries, seeCustomerCountry } from './customerCountries.ts';
import type { FileWindow } from './FileChange.ts';
import type { FileRowIssue } from './FileLine.ts';
import { type FindingLabels, LABEL_COLUMNS } from './FindingLabels.ts';
import { fileDays } from './fileDays.ts';
import { fileSeats } from './fileSeats.ts';
import { LineGroups } from './LineGroups.ts';
import type { LineReader } from './lineReader.ts';
import { priceText } from './priceList.ts';
import { sheetRow } from './sheetRow.ts';
import { noteUnread, type UnreadRows } from './unreadRows.ts';

/**
 * Every key of rows in memory, in the order first seen: the file's header.
 *
 * @param rows - Objects keyed by column, as a CSV parser's `header: true` gives them.
 * @returns The column names.
 */
export function headersOf(rows: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const row of rows)
    if (typeof row === 'object' && row !== null)
      for (const name of Object.keys(row)) seen.add(name);
  return [...seen];
}

/**
 * A row's cells in the header's order.
 *
 * @param row - The row, keyed by column.
 * @param headers - The header.
 * @returns Its cells (`undefined` where it has none).
 */
export function cellsOf(row: unknown, headers: readonly string[]): unknown[] {
  return headers.map((name) =>
    typeof row === 'object' && row !== null && Object.hasOwn(row, name)
      ? (row as Record<string, unknown>)[name]
      : undefined,
  );
}

/** A file's rows read into what the replay needs, as the command reads a file as it streams. */
export interface RowsRead {
  /** The lines, grouped by subscription. */
  readonly groups: LineGroups;
  /** The rows that could not be read. */
  readonly rowIssues: FileRowIssue[];
  /** The days the file bills events on; `undefined` when it has no charge of a known type. */
  readonly window: FileWindow | undefined;
  /** Each subscription's `UnitPrice` and `Currency`, from its first line that has both. */
  readonly unitPrices: Map<string | undefined, PriceListRow>;
  /** The rows that cannot be read, by the subscription their `SubscriptionId` names. */
  readonly unread: UnreadRows;
  /** Each subscription's customer, invoice and product, from its first line read. */
  readonly labels: Map<string | undefined, FindingLabels>;
  /** The seats each subscription's lines leave it with. */
  readonly seats: ReturnType<typeof fileSeats>;
  /** The countries each customer's rows name (`CustomerId`, `CustomerCountry`), every row's (PL-7). */
  readonly countries: CustomerCountries;
}

/**
 * Reads a file's rows in memory (REC-2, REC-3) through the area's line reader into its groups,
 * with the file's days, each customer's countries and, when asked, each subscription's own
 * `UnitPrice`.
 *
 * @param rows - The rows, objects keyed by column.
 * @param headers - Their header ({@link headersOf}).
 * @param reader - The line reader of that header.
 * @param withPrices - Whether to keep each subscription's `UnitPrice` (no price list).
 * @returns The groups, the issues, the days and the prices.
 */
export function readRows(
  rows: readonly unknown[],
  headers: readonly string[],
  reader: LineReader,
  withPrices: boolean,
): RowsRead {
  const groups = new LineGroups();
  const rowIssues: FileRowIssue[] = [];
  const days = fileDays();
  const priceAt = withPrices ? columnIndex(headers)('UnitPrice') : undefined;
  const unitPrices = new Map<string | undefined, PriceListRow>();
  const unread: UnreadRows = new Map();
  const labels = new Map<string | undefined, FindingLabels>();
  const at = columnIndex(headers);
  const seats = fileSeats();
  const seatsAt = at('Quantity');
  const customerAt = at('CustomerId');
  const countryAt = at('CustomerCountry');
  const countries: CustomerCountries = new Map();
  const textOf = (cell: unknown): string | undefined =>
    typeof cell === 'string' ? cell : undefined;
  const labelsAt = Object.entries(LABEL_COLUMNS).flatMap(([key, column]) => {
    const i = at(column);
    return i === undefined ? [] : [[key, i] as const];
  });
  rows.forEach((row, i) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      rowIssues.push({
        row: sheetRow(i + 1),
        column: '',
        message: 'expected a row of cells keyed by column',
      });
      return;
    }
    const cells = cellsOf(row, headers);
    // a row that cannot be read still names its customer's country
    if (customerAt !== undefined && countryAt !== undefined)
      seeCustomerCountry(countries, textOf(cells[customerAt]), textOf(cells[countryAt]));
    const line = reader.read(cells, i + 1, rowIssues);
    if (line === undefined) {
      noteUnread(unread, reader.subscriptionIdOf(cells), i + 1);
      return;
    }
    groups.add(line);
    days.see(line);
    if (seatsAt !== undefined) seats.see(line, cells[seatsAt]);
    if (labelsAt.length > 0 && !labels.has(line.subscriptionId)) {
      const found: Record<string, string> = {};
      for (const [key, i] of labelsAt) {
        const cell = cells[i];
        const text = typeof cell === 'string' ? cell.trim() : '';
        if (text !== '') found[key] = text;
      }
      labels.set(line.subscriptionId, found);
    }
    if (
      line.currency !== undefined &&
      priceAt !== undefined &&
      !unitPrices.has(line.subscriptionId)
    ) {
      const price = priceText(cells[priceAt]);
      if (price !== '')
        unitPrices.set(line.subscriptionId, { UnitPrice: price, Currency: line.currency });
    }
  });
  return { groups, rowIssues, window: days.window(), unitPrices, unread, labels, seats, countries };
}

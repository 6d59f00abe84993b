import { columnIndex } from '../../kernel/columnIndex.ts';
import { type PriceList, priceList } from '../../reconciliation/_internal/priceList.ts';
import { csvRows } from '../engine/scan/csvRows.ts';
import { fileText } from '../engine/scan/fileText.ts';
import { UsageError } from '../UsageError.ts';
import { CLI_NAMES } from './names.ts';
import { choosePriceRows, type PriceChoice } from './priceChoice.ts';

export type { PriceFound, PriceList } from '../../reconciliation/_internal/priceList.ts';

/**
 * Reads the user's price list (`--prices`, REC-3): a CSV (or gzip) with `UnitPrice` and
 * `Currency` and either `SubscriptionId` or `ProductId` and `SkuId`; `TermDuration` and
 * `BillingPlan` narrow a product's rows where present, so Partner Center's own price list serves
 * as it is. Columns are matched by name, in any order and case. With `choice`, the rows of one
 * segment are kept (PL-6: `--segment`, `Commercial` by default) and every market's: each
 * subscription is priced in its lines' `CustomerCountry`, `--market` overriding it (PL-7
 * amended); the list says which when it held others.
 *
 * @param path - The file.
 * @param choice - `--market` and `--segment`; without it every row is kept.
 * @returns The list, with `said`: which rows were chosen, when the list held several markets or segments.
 * @throws UsageError when the file cannot be read or lacks the columns, or for a market or
 *   segment the list does not hold.
 */
export async function readPriceList(
  path: string,
  choice?: PriceChoice,
): Promise<PriceList & { readonly said?: string | undefined }> {
  let header: readonly string[] | undefined;
  let rows: string[][] = [];
  for await (const batch of csvRows(fileText(path, '--prices').pieces))
    for (const cells of batch.rows) {
      if (header === undefined) header = cells;
      else rows.push(cells);
    }
  let said: string | undefined;
  if (choice !== undefined) {
    const at = columnIndex(header ?? []);
    const market = at('Market');
    const segment = at('Segment');
    const chosen = choosePriceRows(
      rows,
      (cells) => (market === undefined ? '' : (cells[market] ?? '')),
      (cells) => (segment === undefined ? '' : (cells[segment] ?? '')),
      choice,
      true,
    );
    rows = chosen.rows;
    said = chosen.said;
  }
  // each subscription priced in its lines' CustomerCountry, unless --market overrides it (PL-7)
  const list = priceList(header, rows, CLI_NAMES, choice?.market);
  if (list === undefined)
    throw new UsageError(
      '--prices: expected the columns UnitPrice, Currency and SubscriptionId, or ProductId and SkuId',
    );
  return said === undefined ? list : { ...list, said };
}

import { type PriceList, priceList } from '../../reconciliation/_internal/priceList.ts';
import { UsageError } from '../UsageError.ts';
import { csvRows } from './csvRows.ts';
import { fileText } from './fileText.ts';
import { CLI_NAMES } from './names.ts';

export type { PriceFound, PriceList } from '../../reconciliation/_internal/priceList.ts';

/**
 * Reads the user's price list (`--prices`, REC-3): a CSV (or gzip) with `UnitPrice` and
 * `Currency` and either `SubscriptionId` or `ProductId` and `SkuId`; `TermDuration` and
 * `BillingPlan` narrow a product's rows where present, so Partner Center's own price list, filtered
 * to the market, serves as it is. Columns are matched by name, in any order and case.
 *
 * @param path - The file.
 * @returns The list.
 * @throws UsageError when the file cannot be read or lacks the columns.
 */
export async function readPriceList(path: string): Promise<PriceList> {
  let header: readonly string[] | undefined;
  const rows: string[][] = [];
  for await (const batch of csvRows(fileText(path, '--prices').pieces))
    for (const cells of batch.rows) {
      if (header === undefined) header = cells;
      else rows.push(cells);
    }
  const list = priceList(header, rows, CLI_NAMES);
  if (list === undefined)
    throw new UsageError(
      '--prices: expected the columns UnitPrice, Currency and SubscriptionId, or ProductId and SkuId',
    );
  return list;
}

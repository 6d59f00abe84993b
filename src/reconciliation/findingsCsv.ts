import { FINDINGS_HEADER, findingCsvRow } from './_internal/findingCsv.ts';
import { list } from './_internal/readSubscriptionsOptions.ts';
import type { ReconcileFinding } from './replayTypes.ts';

/**
 * The findings as the CSV `subscription-rules reconcile --csv` writes, byte for byte (REC-3): UTF-8
 * text starting with a byte-order mark (so Excel reads "×" and Korean as written), a header, then
 * one finding a line, each line ending in `\n`. Columns: `Row` (the sheet's row numbers, the
 * header being row 1), `CustomerId`, `CustomerName`, `InvoiceNumber`, `ProductName`, `SkuName`,
 * `SubscriptionId`, `Finding`, `ChargeType`, `ChargeStartDate`, `ChargeEndDate`, `Currency`,
 * `ExpectedSubtotal`, `BilledSubtotal`, `Difference` (billed less expected), `ExpectedQuantity`,
 * `BilledQuantity`, `Fields`, `Form`, `Rules`, `Remedy` and `Message`; a cell with a comma, quote
 * or line break is quoted.
 *
 * @param findings - `reconcileSubscriptions(…).findings`, or findings the command wrote (`--json`).
 * @returns The CSV text.
 * @throws `RuleError` `INVALID_ARGUMENT` when `findings` is not a list.
 * @example
 * ```ts
 * import { findingsCsv } from 'subscription-rules/reconciliation';
 * const text = findingsCsv([]);
 * [text.charCodeAt(0).toString(16), text.slice(1, 42), text.endsWith('Remedy,Message\n')];
 * //=> ['feff', 'Row,CustomerId,CustomerName,InvoiceNumber', true]
 * ```
 * @category Reconciliation
 */
export function findingsCsv(findings: readonly ReconcileFinding[]): string {
  const lines = [FINDINGS_HEADER];
  for (const finding of list(findings, 'findings') as readonly ReconcileFinding[])
    lines.push(findingCsvRow(finding));
  return `${lines.join('\n')}\n`;
}

import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { FINDINGS_HEADER, findingCsvRow } from './_internal/findingCsv.ts';
import { list } from './_internal/readSubscriptionsOptions.ts';
import type { ReconcileFinding } from './replayTypes.ts';

/** The kinds of finding. */
const KINDS = ['different', 'missing', 'unexpected', 'refused', 'issue'];
/** The text fields a finding's row reads. */
const TEXTS = [
  'customerId',
  'customerName',
  'invoiceNumber',
  'productName',
  'skuName',
  'subscriptionId',
  'chargeType',
  'chargeStartDate',
  'chargeEndDate',
  'currency',
  'form',
  'column',
  'message',
];

/** A record, or the error naming `path`. */
function record(value: unknown, path: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected an object', value);
  return value as Readonly<Record<string, unknown>>;
}

/** Text or nothing at `path`. */
function text(value: unknown, path: string): void {
  if (value !== undefined && typeof value !== 'string')
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a string', value);
}

/**
 * Checks what the CSV reads of a finding (ERR-1), so a finding built or edited by hand is refused
 * at its own field instead of writing a row that says something else: the kind, the texts, the
 * sheet rows, the lists of fields and rules, the amounts and the remedy.
 */
function checkFinding(value: unknown, path: string): ReconcileFinding {
  const f = record(value, path);
  if (!KINDS.includes(f.finding as string))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      `${path}.finding`,
      'expected one of {allowed}',
      f.finding,
      KINDS.join(', '),
    );
  for (const key of TEXTS) text(f[key], `${path}.${key}`);
  if (f.row !== undefined && !(Number.isSafeInteger(f.row) && (f.row as number) >= 1))
    fail(RuleErrorCode.INVALID_ARGUMENT, `${path}.row`, 'expected a row number', f.row);
  for (const key of ['rows', 'fields', 'rules']) {
    if (f[key] === undefined) continue;
    list(f[key], `${path}.${key}`).forEach((item, i) => {
      if (key !== 'rows') text(item, `${path}.${key}.${i}`);
      else if (!(Number.isSafeInteger(item) && (item as number) >= 1))
        fail(RuleErrorCode.INVALID_ARGUMENT, `${path}.rows.${i}`, 'expected a row number', item);
    });
  }
  for (const key of ['expected', 'actual']) {
    const amounts = f[key];
    // a difference has both, a missing group the rules' amounts, an unexpected one the file's
    const needed =
      f.finding === 'different' ||
      (key === 'expected' ? f.finding === 'missing' : f.finding === 'unexpected');
    if (amounts === undefined && !needed) continue;
    const held = record(amounts, `${path}.${key}`);
    for (const column of ['Subtotal', 'BillableQuantity', 'Currency'])
      text(held[column], `${path}.${key}.${column}`);
  }
  if (f.remedy !== undefined)
    text(record(f.remedy, `${path}.remedy`).message, `${path}.remedy.message`);
  return f as unknown as ReconcileFinding;
}

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
 * @throws `RuleError` `INVALID_ARGUMENT` when `findings` is not a list, or a finding's field is not
 *   what `reconcileSubscriptions` writes there (named, as `findings.0.rows`).
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
  list(findings, 'findings').forEach((finding, i) => {
    lines.push(findingCsvRow(checkFinding(finding, `findings.${i}`)));
  });
  return `${lines.join('\n')}\n`;
}

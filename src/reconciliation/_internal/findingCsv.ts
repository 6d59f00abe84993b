import { decimalText } from '../../kernel/fileDecimal.ts';
import { spreadsheetCell as cell } from '../../kernel/spreadsheetCell.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { ReconcileFinding as Finding } from '../replayTypes.ts';
import { stakeOf } from './stakeOf.ts';

/**
 * The columns of the findings CSV, one finding a row, for a person in a spreadsheet: where it is
 * (`Row`, the sheet's row numbers, the header being row 1), whose it is (customer, invoice,
 * product, subscription), then what differs, what can still be done about it, and why.
 */
export const FINDING_COLUMNS = [
  'Row',
  'CustomerId',
  'CustomerName',
  'InvoiceNumber',
  'ProductName',
  'SkuName',
  'SubscriptionId',
  'Finding',
  'ChargeType',
  'ChargeStartDate',
  'ChargeEndDate',
  'Currency',
  'ExpectedSubtotal',
  'BilledSubtotal',
  'Difference',
  'ExpectedQuantity',
  'BilledQuantity',
  'Fields',
  'Form',
  'Rules',
  'Remedy',
  'Message',
] as const;

/** UTF-8's byte-order mark: what tells Excel the file is UTF-8 (× and Korean read as written). */
export const BOM = '\uFEFF';

/** The header line of the findings CSV, after its byte-order mark. */
export const FINDINGS_HEADER: string = `${BOM}${FINDING_COLUMNS.join(',')}`;

/**
 * A finding as one line of the findings CSV, in {@link FINDING_COLUMNS}' order (without its line
 * break).
 *
 * @param f - The finding.
 * @returns The line.
 */
export function findingCsvRow(f: Finding): string {
  const get = (key: string): unknown => (f as unknown as Record<string, unknown>)[key];
  const amounts = (key: 'expected' | 'actual') =>
    get(key) as { Subtotal?: string; BillableQuantity?: string; Currency?: string } | undefined;
  const rows = get('rows') as readonly number[] | undefined;
  const row = get('row') as number | undefined;
  const currency =
    (get('currency') as string | undefined) ??
    amounts('expected')?.Currency ??
    amounts('actual')?.Currency;
  const stake = stakeOf(f);
  return [
    rows?.join(' ') ?? (row === undefined ? undefined : String(row)),
    f.customerId,
    f.customerName,
    f.invoiceNumber,
    f.productName,
    f.skuName,
    get('subscriptionId') as string | undefined,
    f.finding,
    get('chargeType') as string | undefined,
    get('chargeStartDate') as string | undefined,
    get('chargeEndDate') as string | undefined,
    currency,
    amounts('expected')?.Subtotal,
    amounts('actual')?.Subtotal,
    stake === undefined
      ? undefined
      : decimalText(stake, currencyExponents[currency as keyof typeof currencyExponents] ?? 2),
    amounts('expected')?.BillableQuantity,
    amounts('actual')?.BillableQuantity,
    ((get('fields') as readonly string[] | undefined) ?? []).join(' ') ||
      (get('column') as string | undefined),
    get('form') as string | undefined,
    ((get('rules') as readonly string[] | undefined) ?? []).join(' '),
    f.remedy?.message,
    f.message,
  ]
    .map(cell)
    .join(',');
}

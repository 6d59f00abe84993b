import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import { decimalText } from '../../reconciliation/_internal/fileDecimal.ts';
import { BOM, csvCell } from './csvCell.ts';
import type { Finding } from './Finding.ts';
import { stakeOf } from './stakeOf.ts';

/**
 * The columns of `--csv`, one finding a row, for a person in a spreadsheet: where it is (`Row`,
 * the sheet's row numbers, the header being row 1), whose it is (customer, invoice, product,
 * subscription), then what differs, what can still be done about it, and why.
 */
const COLUMNS = [
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

/** The sheet's row of a data row: the header is row 1. */
const sheetRow = (row: number): number => row + 1;

/** A finding as one row of `--csv`, in {@link COLUMNS}' order. */
function csvRow(f: Finding): string {
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
    rows?.map(sheetRow).join(' ') ?? (row === undefined ? undefined : String(sheetRow(row))),
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
    .map(csvCell)
    .join(',');
}

/** Where `--json` or `--csv` goes, a line at a time. */
export interface FindingsWriter {
  /** Writes one finding. */
  write(finding: Finding): void;
  /** Ends the output: `--json` closes with the summary. */
  end(summary: unknown): void;
}

/**
 * Writes the findings as they come (REC-3), so the output never waits for the whole file:
 * `--csv` one finding a row under a header, UTF-8 with a byte-order mark so a spreadsheet reads
 * it as written; `--json` one object `{ "findings": [...], "summary": {...} }` with one finding a
 * line.
 *
 * @param format - `json` or `csv`.
 * @param line - Writes one line (without its line break).
 * @returns The writer.
 */
export function findingsWriter(
  format: 'json' | 'csv',
  line: (text: string) => void,
): FindingsWriter {
  let first = true;
  if (format === 'csv') line(`${BOM}${COLUMNS.join(',')}`);
  else line('{"findings":[');
  return {
    write(finding) {
      if (format === 'csv') line(csvRow(finding));
      else {
        line(`${first ? '' : ','}${JSON.stringify(finding)}`);
        first = false;
      }
    },
    end(summary) {
      if (format === 'json') line(`],"summary":${JSON.stringify(summary, null, 2)}}`);
    },
  };
}

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tempFolder } from '../../_tempFolder.ts';

/** The subscription of the worked example: 10 seats at 12.50 USD bought 2026-11-20T10:00Z. */
export const SUBSCRIPTION = 'e2b1a7d4-6f7c-4b55-b0f1-7d4c2b8e9a10';

/** Its resource as the API returns it, fetched after the file (`quantity` as it then is). */
export function resource(
  quantity: number,
  changes: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: SUBSCRIPTION,
    offerId: 'CFQ7TTC0LDPB:0001:CFQ7TTC0K5RF',
    offerName: 'Microsoft 365 Business Standard',
    quantity,
    unitType: 'Licenses',
    productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
    creationDate: '2026-11-20T10:00:00.1234567Z',
    effectiveStartDate: '2026-11-20T10:00:00Z',
    commitmentEndDate: '2027-11-19T00:00:00Z',
    status: 'active',
    autoRenewEnabled: true,
    isTrial: false,
    billingType: 'license',
    billingCycle: 'monthly',
    termDuration: 'P1Y',
    isMicrosoftProduct: true,
    ...changes,
  };
}

/** The worked file's columns, as the fact sheet's rows carry them. */
export const COLUMNS = [
  'SubscriptionId',
  'ChargeType',
  'ChargeStartDate',
  'ChargeEndDate',
  'UnitPrice',
  'EffectiveUnitPrice',
  'Quantity',
  'BillableQuantity',
  'Subtotal',
  'TaxTotal',
  'Currency',
] as const;

export type Row = Partial<Record<string, string>>;

/** The purchase and the 5 seats added on 2026-12-05, as Partner Center bills them. */
export const WORKED: readonly Row[] = [
  {
    SubscriptionId: SUBSCRIPTION,
    ChargeType: 'new',
    ChargeStartDate: '2026-11-20',
    ChargeEndDate: '2026-12-19',
    UnitPrice: '12.50',
    EffectiveUnitPrice: '12.50',
    Quantity: '10',
    BillableQuantity: '10',
    Subtotal: '125.00',
    TaxTotal: '0',
    Currency: 'USD',
  },
  {
    SubscriptionId: SUBSCRIPTION,
    ChargeType: 'addQuantity',
    ChargeStartDate: '2026-12-05',
    ChargeEndDate: '2026-12-19',
    UnitPrice: '12.50',
    EffectiveUnitPrice: '6.24',
    Quantity: '15',
    BillableQuantity: '5',
    Subtotal: '31.20',
    TaxTotal: '0',
    Currency: 'USD',
  },
];

const dir = tempFolder('reconcile-');
let files = 0;

/** A cell of a CSV file: quoted when it holds a comma, a quote or a line break. */
const cell = (text: string): string =>
  /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

/** The rows as CSV text: the header, then each row in `columns`' order. */
export function csv(
  rows: readonly Row[],
  columns: readonly string[] = COLUMNS,
  newline = '\n',
): string {
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c] ?? '')).join(','))]
    .map((line) => `${line}${newline}`)
    .join('');
}

/** A file holding `text` (gzip when asked), under a fresh name. */
export function file(
  text: string | object,
  { gzip = false, name = 'recon.csv' }: { gzip?: boolean; name?: string } = {},
): string {
  const path = join(dir, `${files++}-${name}`);
  const content = typeof text === 'string' ? text : JSON.stringify(text);
  writeFileSync(path, gzip ? gzipSync(content) : content);
  return path;
}

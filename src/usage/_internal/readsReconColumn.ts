import { loose } from '../../kernel/columnIndex.ts';

/**
 * The invoice file's columns the usage check reads (USG-4, USG-5: `reconUsageRows` and the
 * invoices given), as REC-4 matches names: in any case, a byte-order mark and spaces trimmed.
 */
const READ = new Set(
  [
    'AvailabilityId',
    'ChargeStartDate',
    'ChargeType',
    'Currency',
    'CustomerId',
    'EffectiveUnitPrice',
    'InvoiceNumber',
    'MeterDescription',
    'MeterId',
    'ProductId',
    'SkuId',
    'Subtotal',
    'SubscriptionId',
  ].map(loose),
);

/**
 * Whether the usage check reads an invoice file's column: a command keeps only these cells of
 * each row (a month's invoice rows held at once are a fraction of their size), and the check
 * gives the same result as over the whole rows.
 *
 * @param name - The column's name, as the header writes it.
 * @returns `true` when the check may read it.
 */
export function readsReconColumn(name: string): boolean {
  return READ.has(loose(name));
}

import type { ResaleBilledColumns } from './types.ts';

/**
 * Column maps for billed exports whose columns a public page names (RSL-2), to pass as
 * `map.billed` (or to start your own from):
 *
 * - `xero`: Xero's sales-invoice CSV — `ContactName`, `InventoryItemCode`, `Quantity`,
 *   `UnitAmount`, `LineAmount`, `Currency`, `InvoiceDate` written D/M/YYYY; the invoice date stands
 *   for its month.
 * - `quickbooksOnline`: QuickBooks Online's invoice import — `Customer`, `Item (Product/Service)`,
 *   `Item Quantity`, `Item Rate`, `Item Amount`, `Service Date` (M/D/YYYY). It has no currency column:
 *   spread it with your `defaultCurrency` (`{ ...exampleMaps.quickbooksOnline, defaultCurrency: 'USD' }`),
 *   which the check requires.
 *
 * Decided: no map for ConnectWise or HaloPSA (an agreement addition's export bills periods it does
 * not print; HaloPSA's CSV is a template each partner writes) nor Autotask (its columns were not
 * found): write your own as docs/resale.md shows.
 *
 * @example
 * ```ts
 * import { exampleMaps } from 'subscription-rules/resale';
 * exampleMaps.xero.dateFormat;
 * //=> 'D/M/YYYY'
 * ```
 * @category Resale
 */
export const exampleMaps: {
  /** Xero's sales-invoice CSV. */
  readonly xero: ResaleBilledColumns;
  /** QuickBooks Online's invoice import (add `defaultCurrency`). */
  readonly quickbooksOnline: ResaleBilledColumns;
} = {
  xero: {
    customer: 'ContactName',
    product: 'InventoryItemCode',
    quantity: 'Quantity',
    unitPrice: 'UnitAmount',
    amount: 'LineAmount',
    currency: 'Currency',
    date: 'InvoiceDate',
    dateFormat: 'D/M/YYYY',
    invoice: 'InvoiceNumber',
    description: 'Description',
  },
  quickbooksOnline: {
    customer: 'Customer',
    product: 'Item (Product/Service)',
    quantity: 'Item Quantity',
    unitPrice: 'Item Rate',
    amount: 'Item Amount',
    date: 'Service Date',
    dateFormat: 'M/D/YYYY',
    invoice: 'Invoice number',
    description: 'Item Description',
  },
};

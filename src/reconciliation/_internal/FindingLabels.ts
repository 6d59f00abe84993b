import type { ReconcileFindingLabels } from '../replayTypes.ts';

/** A subscription's customer, invoice and product, as the file's first readable line of it writes them. */
export type FindingLabels = ReconcileFindingLabels;

/** The columns the labels come from, by their key. */
export const LABEL_COLUMNS: Readonly<Record<keyof FindingLabels, string>> = {
  customerId: 'CustomerId',
  customerName: 'CustomerName',
  invoiceNumber: 'InvoiceNumber',
  productName: 'ProductName',
  skuName: 'SkuName',
  customerCountry: 'CustomerCountry',
};

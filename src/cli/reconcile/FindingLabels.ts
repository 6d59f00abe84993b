/**
 * What a person finds a subscription's lines by in the invoice (R1): its customer, invoice and
 * product, as the file's first readable line of it writes them; a column the file lacks is absent.
 */
export interface FindingLabels {
  /** `CustomerId`. */
  readonly customerId?: string;
  /** `CustomerName`. */
  readonly customerName?: string;
  /** `InvoiceNumber`. */
  readonly invoiceNumber?: string;
  /** `ProductName`. */
  readonly productName?: string;
  /** `SkuName`. */
  readonly skuName?: string;
}

/** The columns the labels come from, by their key. */
export const LABEL_COLUMNS: Readonly<Record<keyof FindingLabels, string>> = {
  customerId: 'CustomerId',
  customerName: 'CustomerName',
  invoiceNumber: 'InvoiceNumber',
  productName: 'ProductName',
  skuName: 'SkuName',
};

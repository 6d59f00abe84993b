import type { InvoiceLine } from '../types.ts';

/**
 * The columns of an invoice line (REC-1), in the order the reconciliation file has them: what
 * `readInvoiceLine` reads and what `forecast --csv` writes.
 */
export const INVOICE_LINE_KEYS: readonly (keyof InvoiceLine)[] = [
  'CustomerId',
  'SubscriptionId',
  'OrderDate',
  'ChargeType',
  'ChargeStartDate',
  'ChargeEndDate',
  'UnitPrice',
  'EffectiveUnitPrice',
  'Quantity',
  'BillableQuantity',
  'Subtotal',
  'Currency',
  'TermAndBillingCycle',
  'PriceAdjustmentDescription',
  'PromotionId',
];

/** SPEC's worked invoices (INV-2): the lines of G000024135 and their resource. */

/** A reconciliation row of the tie-out's columns. */
export function row(
  InvoiceNumber: string,
  Currency: string,
  Subtotal: string,
  TaxTotal: string,
  Total: string,
): Record<string, string> {
  return { InvoiceNumber, Currency, Subtotal, TaxTotal, Total };
}

/** G000024135's four lines: cycleCharge, usage, cancelImmediate, reservation; Σ Total 2075.89 USD. */
export const g24135Rows: Record<string, string>[] = [
  { ...row('G000024135', 'USD', '1200.00', '96.00', '1296.00'), ChargeType: 'cycleCharge' },
  { ...row('G000024135', 'USD', '700.12', '56.01', '756.13'), ChargeType: 'usage' },
  { ...row('G000024135', 'USD', '-30.00', '-2.40', '-32.40'), ChargeType: 'cancelImmediate' },
  { ...row('G000024135', 'USD', '52.00', '4.16', '56.16'), ChargeType: 'new' },
];

/** An Invoice resource as `GET /v1/invoices/{id}` returns it. */
export function resource(
  id: string,
  totalCharges: number | string,
  currencyCode = 'USD',
  more: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    invoiceDate: '2026-11-08T00:00:00Z',
    billingPeriodStartDate: '2026-10-01T00:00:00Z',
    billingPeriodEndDate: '2026-10-31T00:00:00Z',
    totalCharges,
    paidAmount: 0,
    currencyCode,
    documentType: 'invoice',
    invoiceType: 'Recurring',
    ...more,
  };
}

/** The tie-out's worked files (INV-2, INV-3), as the command-line suites write them. */

/** The tie-out's columns of a reconciliation file. */
export const HEADER = 'InvoiceNumber,ChargeType,Subtotal,TaxTotal,Total,Currency';

/** G000024135's four lines (INV-2's worked invoice), Σ Total 2075.89 USD. */
export const LINES: readonly string[] = [
  'G000024135,cycleCharge,1200.00,96.00,1296.00,USD',
  'G000024135,usage,700.12,56.01,756.13,USD',
  'G000024135,cancelImmediate,-30.00,-2.40,-32.40,USD',
  'G000024135,new,52.00,4.16,56.16,USD',
];

/** The worked invoice's file: the header and its four lines, each ended by a line feed. */
export const WORKED: string = `${[HEADER, ...LINES].join('\n')}\n`;

/** G000000001's three untaxed JPY usage lines, Σ 901.2, m = 3. */
export const JPY: readonly string[] = [
  'G000000001,usage,200.4,0,200.4,JPY',
  'G000000001,usage,300.4,0,300.4,JPY',
  'G000000001,usage,400.4,0,400.4,JPY',
];

/** G000000002, one number in two currencies. */
export const MIXED: readonly string[] = [
  'G000000002,usage,10.00,0,10.00,EUR',
  'G000000002,usage,12.00,0,12.00,USD',
];

/** An Invoice resource as `GET /v1/invoices/{id}` returns it, its total written as given. */
export const invoice = (total: string, id = 'G000024135', currency = 'USD'): string =>
  `{"id":"${id}","invoiceDate":"2026-11-08T00:00:00Z","totalCharges":${total},"paidAmount":0,"currencyCode":"${currency}","documentType":"invoice","invoiceType":"Recurring"}`;

/** A credit note in USD amending `amends`, as `invoice` writes a resource. */
export const creditNote = (total: string, id: string, amends: string): string =>
  invoice(total, id).replace(
    '"documentType":"invoice"',
    `"documentType":"Credit Note","amendsOf":"${amends}"`,
  );

/** G000024135's lines with its usage line's key, meter, price and quantity (700.12 = r(0.10 × 7001.2)). */
export const USAGE_RECON: readonly string[] = [
  'InvoiceNumber,ChargeType,Subtotal,TaxTotal,Total,Currency,CustomerId,SubscriptionId,ProductId,SkuId,AvailabilityId,MeterDescription,EffectiveUnitPrice,BillableQuantity,ChargeStartDate,ChargeEndDate',
  'G000024135,cycleCharge,1200.00,96.00,1296.00,USD,c-1,,,,,,,,,',
  'G000024135,usage,700.12,56.01,756.13,USD,c-1,plan-1,DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,Bandwidth,0.10,7001.2,2026-10-01,2026-10-31',
  'G000024135,cancelImmediate,-30.00,-2.40,-32.40,USD,c-1,,,,,,,,,',
  'G000024135,new,52.00,4.16,56.16,USD,c-1,,,,,,,,,',
];

/** The daily rated usage file's columns the tie-out reads. */
export const DRU_HEADER =
  'CustomerId,InvoiceNumber,ProductId,SkuId,AvailabilityId,PublisherName,SubscriptionId,ChargeStartDate,ChargeEndDate,UsageDate,MeterId,MeterName,UnitPrice,Quantity,EffectiveUnitPrice,PCToBCExchangeRate,BillingPreTaxTotal,BillingCurrency,PricingCurrency,EntitlementId,PartnerEarnedCreditPercentage,CreditPercentage';

/** A day of G000024135's usage line at 0.10 USD. */
export const druDay = (date: string, quantity: string, billed: string): string =>
  `c-1,G000024135,DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,Microsoft,plan-1,2026-10-01,2026-10-31,${date},bw,Bandwidth,0.10,${quantity},0.10,1,${billed},USD,USD,azure-1,,0`;

/** Three days of 233.37: Σ 700.11 against the usage line's 700.12. */
export const DAYS: readonly string[] = [
  druDay('2026-10-01', '2333.73', '233.37'),
  druDay('2026-10-02', '2333.73', '233.37'),
  druDay('2026-10-03', '2333.74', '233.37'),
];

/** The three days with the third billed 233.34: Σ 700.08, past the band. */
export const DAYS_PAST: readonly string[] = [
  ...DAYS.slice(0, 2),
  druDay('2026-10-03', '2333.74', '233.34'),
];

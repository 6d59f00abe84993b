// The Usage tab's example, built from the rules' worked numbers (USG-3, USG-4, USG-5): Contoso's
// Azure subscription azure-1 in November 2026 — a D2s v5 VM 24 hours a day at 0.20 USD, PEC 15 %
// (4.08 a day) except on the 10th to the 12th (4.80: 0.72 lost a day); a Spot VM given PEC on the
// 1st; 30 GB of storage paid by an Azure credit on the 5th (0.51 used); 9.4 GB of bandwidth a day
// on the 1st to the 3rd at 0.085 (0.79 a day, 2.37) — and the invoice's usage lines, where the
// bandwidth's 2.39 is two cents of rounding.

const USAGE_HEADER = [
  'CustomerId',
  'CustomerName',
  'InvoiceNumber',
  'SubscriptionId',
  'EntitlementId',
  'UsageDate',
  'ProductId',
  'SkuId',
  'AvailabilityId',
  'MeterId',
  'MeterName',
  'PublisherName',
  'Quantity',
  'UnitPrice',
  'EffectiveUnitPrice',
  'PCToBCExchangeRate',
  'BillingPreTaxTotal',
  'BillingCurrency',
  'PricingCurrency',
  'PartnerEarnedCreditPercentage',
  'CreditPercentage',
  'CreditType',
];

const INVOICE_HEADER = [
  'InvoiceNumber',
  'CustomerId',
  'SubscriptionId',
  'ProductId',
  'SkuId',
  'AvailabilityId',
  'MeterDescription',
  'EffectiveUnitPrice',
  'BillableQuantity',
  'Subtotal',
  'Currency',
];

/** One usage line of the example: product, SKU, meter, day, quantity, prices, billed, PEC, credit. */
const line = (sku, meter, name, day, quantity, unit, eup, billed, pec, credit = '') =>
  [
    'c-1',
    'Contoso',
    'G000000001',
    'plan-1',
    'azure-1',
    `2026-11-${day}`,
    'DZH318Z0BQ3Q',
    sku,
    `DZH318Z0BQ3Q${sku}`,
    meter,
    name,
    'Microsoft',
    quantity,
    unit,
    eup,
    '1',
    billed,
    'USD',
    'USD',
    pec,
    credit,
    credit === '' ? '' : 'Azure Credit Applied',
  ].join(',');

/** The example's usage file and invoice reconciliation file, as CSV text. */
export function usageExample() {
  const lines = [USAGE_HEADER.join(',')];
  for (let d = 1; d <= 30; d++) {
    const day = String(d).padStart(2, '0');
    const lost = d >= 10 && d <= 12;
    lines.push(
      line(
        '0001',
        'vm-d2s',
        'D2s v5',
        day,
        '24',
        '0.20',
        lost ? '0.20' : '0.17',
        lost ? '4.80' : '4.08',
        lost ? '0' : '15',
      ),
    );
  }
  lines.push(line('0002', 'vm-d2s-spot', 'D2s v5 Spot', '01', '24', '0.20', '0.17', '4.08', '15'));
  lines.push(
    line('0003', 'storage-lrs', 'LRS Data Stored', '05', '30', '0.02', '0', '0.00', '15', '100'),
  );
  for (const day of ['01', '02', '03'])
    lines.push(
      line('0004', 'bandwidth', 'Data Transfer Out', day, '9.4', '0.10', '0.085', '0.79', '15'),
    );
  const invoice = [
    INVOICE_HEADER.join(','),
    'G000000001,c-1,plan-1,DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,D2s v5,0.17,648,110.16,USD',
    'G000000001,c-1,plan-1,DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,D2s v5,0.20,72,14.40,USD',
    'G000000001,c-1,plan-1,DZH318Z0BQ3Q,0002,DZH318Z0BQ3Q0002,D2s v5 Spot,0.17,24,4.08,USD',
    'G000000001,c-1,plan-1,DZH318Z0BQ3Q,0003,DZH318Z0BQ3Q0003,LRS Data Stored,0,30,0.00,USD',
    'G000000001,c-1,plan-1,DZH318Z0BQ3Q,0004,DZH318Z0BQ3Q0004,Data Transfer Out,0.085,28.2,2.39,USD',
  ];
  return { usage: `${lines.join('\n')}\n`, invoice: `${invoice.join('\n')}\n` };
}

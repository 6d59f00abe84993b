/** A daily rated usage CSV row with the columns the tests vary; the others a real export carries. */
export function usageRow(over: Readonly<Record<string, string>> = {}): Record<string, string> {
  return {
    CustomerId: 'c-1',
    CustomerName: 'Contoso',
    InvoiceNumber: 'G000000001',
    ProductId: 'DZH318Z0BQ3Q',
    SkuId: '0001',
    AvailabilityId: 'DZH318Z0BQ3Q0001',
    PublisherName: 'Microsoft',
    SubscriptionId: 'plan-1',
    ChargeStartDate: '2026-11-01',
    ChargeEndDate: '2026-11-30',
    UsageDate: '2026-11-30',
    MeterId: 'vm-d2s',
    MeterName: 'D2s v5',
    MeterSubCategory: 'Dsv5 Series',
    UnitPrice: '0.20',
    Quantity: '24',
    EffectiveUnitPrice: '0.17',
    PCToBCExchangeRate: '1',
    BillingPreTaxTotal: '4.08',
    BillingCurrency: 'USD',
    PricingCurrency: 'USD',
    EntitlementId: 'azure-1',
    PartnerEarnedCreditPercentage: '15',
    CreditPercentage: '0',
    ...over,
  };
}

/** A row of the invoice reconciliation file's usage lines. */
export function reconRow(over: Readonly<Record<string, string>> = {}): Record<string, string> {
  return {
    CustomerId: 'c-1',
    InvoiceNumber: 'G000000001',
    SubscriptionId: 'plan-1',
    ProductId: 'DZH318Z0BQ3Q',
    SkuId: '0001',
    AvailabilityId: 'DZH318Z0BQ3Q0001',
    ChargeType: 'new',
    MeterDescription: 'D2s v5',
    ChargeStartDate: '2026-11-01',
    ChargeEndDate: '2026-11-30',
    Currency: 'USD',
    ...over,
  };
}

/**
 * The daily rated usage file's columns (USG-1): the 52 documented (U3), the three real exports add
 * (U4), and the promotion columns of the usage-aggregated file (U28).
 */
export const USAGE_COLUMNS = [
  'PartnerId',
  'PartnerName',
  'CustomerId',
  'CustomerName',
  'CustomerDomainName',
  'CustomerCountry',
  'MpnId',
  'Tier2MpnId',
  'InvoiceNumber',
  'ProductId',
  'SkuId',
  'AvailabilityId',
  'SkuName',
  'ProductName',
  'PublisherName',
  'PublisherId',
  'SubscriptionDescription',
  'SubscriptionId',
  'ChargeStartDate',
  'ChargeEndDate',
  'UsageDate',
  'MeterType',
  'MeterCategory',
  'MeterId',
  'MeterSubCategory',
  'MeterName',
  'MeterRegion',
  'Unit',
  'ResourceLocation',
  'ConsumedService',
  'ResourceGroup',
  'ResourceURI',
  'ChargeType',
  'UnitPrice',
  'Quantity',
  'UnitType',
  'BillingPreTaxTotal',
  'BillingCurrency',
  'PricingPreTaxTotal',
  'PricingCurrency',
  'ServiceInfo1',
  'ServiceInfo2',
  'Tags',
  'AdditionalInfo',
  'EffectiveUnitPrice',
  'PCToBCExchangeRate',
  'PCToBCExchangeRateDate',
  'EntitlementId',
  'EntitlementDescription',
  'PartnerEarnedCreditPercentage',
  'CreditPercentage',
  'CreditType',
  'BenefitOrderId',
  'BenefitId',
  'BenefitType',
  'PromotionId',
  'PriceBenefits',
] as const;

/** A column's name. */
export type UsageColumn = (typeof USAGE_COLUMNS)[number];

/**
 * The v1 API's names (U17) for a column, and whether its value is a fraction (× 100 to the
 * column's percentage): the scale comes from the name, never from the value.
 */
export const USAGE_ALIASES: Readonly<
  Record<string, { readonly column: UsageColumn; readonly fraction: boolean }>
> = {
  rateofpartnerearnedcredit: { column: 'PartnerEarnedCreditPercentage', fraction: true },
  rateofcredit: { column: 'CreditPercentage', fraction: true },
  unitofmeasure: { column: 'Unit', fraction: false },
  resellermpnid: { column: 'Tier2MpnId', fraction: false },
};

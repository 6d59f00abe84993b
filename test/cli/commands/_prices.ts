import { file } from './_reconcileFiles.ts';

/**
 * Partner Center's licence price list in its own layout (illustrative rows, PL-1): Business Basic
 * P1Y billed monthly, 75.60 USD a year until 2026-06-30 and 88.20 from 2026-07-01 (6.30 → 7.35 a
 * month) in the US's commercial segment; a German row in EUR; an education row.
 */
export const PRICES: string = [
  'ProductTitle,ProductId,SkuId,SkuTitle,Publisher,SkuDescription,UnitOfMeasure,TermDuration,BillingPlan,Market,Currency,UnitPrice,PricingTierRangeMin,PricingTierRangeMax,EffectiveStartDate,EffectiveEndDate,Tags,ERP Price,Segment',
  'Microsoft 365 Business Basic,CFQ7TTC0LH18,0001,Microsoft 365 Business Basic,Microsoft Corporation,"Best for businesses that need professional email, cloud file storage, and...",,P1Y,Monthly,US,USD,75.60,,,2/1/2023 12:00:00 AM,6/30/2026 11:59:59 PM,License,90,Commercial',
  'Microsoft 365 Business Basic,CFQ7TTC0LH18,0001,Microsoft 365 Business Basic,Microsoft Corporation,"Best for businesses that need professional email, cloud file storage, and...",,P1Y,Monthly,US,USD,88.20,,,7/1/2026 12:00:00 AM,11/30/9999 11:59:59 PM,License,105,Commercial',
  'Microsoft 365 Business Basic,CFQ7TTC0LH18,0001,Microsoft 365 Business Basic,Microsoft Corporation,"Best for businesses that need professional email, cloud file storage, and...",,P1Y,Monthly,DE,EUR,70.80,,,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,License,85,Commercial',
  'Microsoft 365 Business Basic,CFQ7TTC0LH18,0001,Microsoft 365 Business Basic,Microsoft Corporation,"Best for businesses that need professional email, cloud file storage, and...",,P1Y,Monthly,US,USD,60.00,,,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,License,60,Education',
].join('\r\n');

/** A Business Basic subscription's resource, as the API returns it, of a customer. */
export function basic(
  id: string,
  customer: string,
  quantity: number,
  effectiveStartDate: string,
  commitmentEndDate: string,
): Record<string, unknown> {
  return {
    id,
    offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K5RF',
    offerName: 'Microsoft 365 Business Basic',
    quantity,
    unitType: 'Licenses',
    productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
    effectiveStartDate,
    commitmentEndDate,
    status: 'active',
    autoRenewEnabled: true,
    billingType: 'license',
    billingCycle: 'monthly',
    termDuration: 'P1Y',
    isMicrosoftProduct: true,
    links: { self: { uri: `/customers/${customer}/subscriptions/${id}` } },
  };
}

/** Two customers: one renewing 2026-07-01T00:00Z (the new price), one on 2026-06-30 (the old). */
export const RESOURCES: readonly Record<string, unknown>[] = [
  basic('sub-july', 'contoso', 10, '2025-07-01T00:00:00Z', '2026-06-30T00:00:00Z'),
  basic('sub-june', 'fabrikam', 4, '2025-06-30T00:00:00Z', '2026-06-29T00:00:00Z'),
];

/** The list and the resources as files. */
export function priceFiles(
  prices: string = PRICES,
  resources: readonly object[] = RESOURCES,
): { prices: string; resources: string } {
  return {
    prices: file(prices, { name: 'prices.csv' }),
    resources: file(resources, { name: 'resources.json' }),
  };
}

/**
 * The list with Business Basic's monthly-term (P1M) rows beside its P1Y ones: 7.20 USD a month until
 * 2026-06-30 and 8.40 from 2026-07-01, the base of an Extended Service Term month (EST-3).
 */
export const PRICES_WITH_P1M: string = [
  PRICES,
  (PRICES.split('\r\n')[1] as string).replace(
    ',P1Y,Monthly,US,USD,75.60,',
    ',P1M,Monthly,US,USD,7.20,',
  ),
  (PRICES.split('\r\n')[2] as string).replace(
    ',P1Y,Monthly,US,USD,88.20,',
    ',P1M,Monthly,US,USD,8.40,',
  ),
].join('\r\n');

/**
 * December 2026's two end-of-term items, as fetched in November: contoso's 10 seats enter their
 * Extended Service Term on 2026-12-01 (6.30 → 8.40 × 1.03 = 8.65 a seat a month), fabrikam's 4
 * seats are cancelled at their term's end on 2026-12-15 (25.20 a month stops).
 */
export const DECEMBER: readonly Record<string, unknown>[] = [
  {
    ...basic('sub-est', 'contoso', 10, '2025-12-01T00:00:00Z', '2026-11-30T00:00:00Z'),
    autoRenewEnabled: false,
    scheduledActions: [{ scheduleType: 'TermEnd', actionType: 'RenewToExtendedServiceTerm' }],
  },
  {
    ...basic('sub-cancel', 'fabrikam', 4, '2025-12-15T00:00:00Z', '2026-12-14T00:00:00Z'),
    autoRenewEnabled: false,
    scheduledActions: [{ scheduleType: 'TermEnd', actionType: 'Cancel' }],
  },
];

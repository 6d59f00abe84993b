import { basic } from './_prices.ts';
import { file } from './_reconcileFiles.ts';

/** The promotion's id, as Partner Center writes one (the fact sheet's P9 B). */
export const PROMOTION_ID = '39NFJQT1PJQB:0001:39NFJQT1Q5KN';

/**
 * Partner Center's licence price list with one row (illustrative, PL-1): Visio Plan 1, a year
 * billed monthly, 1800.00 USD for the term — 150.00 a seat a month (PL-2), the worked 150.00.
 */
export const VISIO_PRICES: string = [
  'ProductTitle,ProductId,SkuId,SkuTitle,Publisher,SkuDescription,UnitOfMeasure,TermDuration,BillingPlan,Market,Currency,UnitPrice,PricingTierRangeMin,PricingTierRangeMax,EffectiveStartDate,EffectiveEndDate,Tags,ERP Price,Segment',
  'Visio Plan 1,CFQ7TTC0HD33,0003,Visio Plan 1,Microsoft Corporation,Visio Plan 1,,P1Y,Monthly,US,USD,1800.00,,,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,License,1800,Commercial',
].join('\r\n');

/**
 * The promotion resource as Partner Center's API returns it (the fact sheet's P9 B, its window
 * moved to 2026 and its term to the row's): 5 % off Visio Plan 1, a year billed monthly, bought
 * from 2026-09-23 to 2026-10-14 (its last second).
 */
export const VISIO_PROMOTION: Readonly<Record<string, unknown>> = {
  id: PROMOTION_ID,
  name: 'Visio Plan 1',
  startDate: '2026-09-23T00:00:00+00:00',
  endDate: '2026-10-14T23:59:59+00:00',
  properties: { isAutoApplicable: true },
  requiredProducts: [
    {
      productId: 'CFQ7TTC0HD33',
      skuId: '0003',
      term: { duration: 'P1Y', billingCycle: 'Monthly' },
      pricingPolicies: [{ policyType: 'PercentDiscount', value: '0.05' }],
    },
  ],
};

/** A Visio Plan 1 subscription's resource of 10 seats, naming `promotionId` when given. */
export function visio(
  id: string,
  customer: string,
  effectiveStartDate: string,
  commitmentEndDate: string,
  promotionId?: string,
): Record<string, unknown> {
  return {
    ...basic(id, customer, 10, effectiveStartDate, commitmentEndDate),
    offerId: 'CFQ7TTC0HD33:0003:CFQ7TTC0HD32',
    offerName: 'Visio Plan 1',
    ...(promotionId === undefined ? {} : { promotionId }),
  };
}

/** The list, the resources and the promotions (as given, default a page `{ items }`) as files. */
export function promotionFiles(
  resources: readonly object[],
  promotions: unknown = { totalCount: 1, items: [VISIO_PROMOTION] },
): { prices: string; resources: string; promotions: string } {
  return {
    prices: file(VISIO_PRICES, { name: 'prices.csv' }),
    resources: file(resources, { name: 'resources.json' }),
    promotions: file(typeof promotions === 'string' ? promotions : (promotions as object), {
      name: 'promotions.json',
    }),
  };
}

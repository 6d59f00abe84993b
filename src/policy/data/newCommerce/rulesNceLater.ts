import type { NewCommercePolicyRules } from '../../types.ts';
import { rulesNce2021, sevenCalendarDays } from './rulesNce2021.ts';

/** `partner-center-nce-2022-03` (NCE-1): licence-based cancellation within 7 calendar days. */
export const rulesNce202203: NewCommercePolicyRules = /* @__PURE__ */ (() => ({
  ...rulesNce2021,
  id: 'partner-center-nce-2022-03',
  inForceFrom: '2022-03-18T00:00:00.000Z',
  products: {
    ...rulesNce2021.products,
    'license-based': { ...rulesNce2021.products['license-based'], cancellation: sevenCalendarDays },
  },
}))();

/** `partner-center-nce-2022-07` (NCE-1): software subscriptions within 7 calendar days too. */
export const rulesNce202207: NewCommercePolicyRules = /* @__PURE__ */ (() => ({
  ...rulesNce202203,
  id: 'partner-center-nce-2022-07',
  inForceFrom: '2022-07-11T00:00:00.000Z',
  products: {
    ...rulesNce202203.products,
    'software-subscription': {
      ...rulesNce202203.products['software-subscription'],
      cancellation: sevenCalendarDays,
    },
  },
}))();

/** `partner-center-nce-2023-01` (NCE-1): marketplace SaaS full refund within 72 hours, any term. */
export const rulesNce202301: NewCommercePolicyRules = /* @__PURE__ */ (() => ({
  ...rulesNce202207,
  id: 'partner-center-nce-2023-01',
  inForceFrom: '2023-01-18T00:00:00.000Z',
  products: {
    ...rulesNce202207.products,
    'marketplace-saas': {
      ...rulesNce202207.products['marketplace-saas'],
      cancellation: {
        type: 'window',
        window: { hours: 72 },
        within: 'full-credit',
        withinRule: 'NCE-4',
        after: 'cancel-at-renewal',
        afterRule: 'NCE-4',
      },
      billingCycleRequired: false,
    },
  },
}))();

/**
 * `partner-center-nce-2025-04` (MID-2, EST-1): no billing frequency changes mid-term (they wait
 * for the renewal), from 2025-04-01T00:00:00Z; the windows of `partner-center-nce-2023-01`; and
 * the Extended Service Term for licence-based terms started from 2025-04-01 and ending from
 * 2026-05-04, at +3 % on the monthly-term price (+23 % for a SKU without one).
 */
export const rulesNce202504: NewCommercePolicyRules = /* @__PURE__ */ (() => {
  const products = rulesNce202301.products;
  return {
    ...rulesNce202301,
    id: 'partner-center-nce-2025-04',
    inForceFrom: '2025-04-01T00:00:00.000Z',
    products: {
      'license-based': { ...products['license-based'], midTermFrequencyChanges: [] },
      'software-subscription': {
        ...products['software-subscription'],
        midTermFrequencyChanges: [],
      },
      'software-perpetual': products['software-perpetual'],
      'marketplace-saas': { ...products['marketplace-saas'], midTermFrequencyChanges: [] },
      'marketplace-usage': products['marketplace-usage'],
    },
    extendedServiceTerm: {
      products: ['license-based'],
      termStartedFrom: '2025-04-01T00:00:00.000Z',
      termEndingFrom: '2026-05-04T00:00:00.000Z',
      monthlyPlanUplift: 0.03,
      noMonthlyPlanUplift: 0.23,
    },
  };
})();

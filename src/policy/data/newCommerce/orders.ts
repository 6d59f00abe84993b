import type { OrderRules } from '../../orderTypes.ts';

/** The Business family of plans Microsoft caps at 300 seats per tenant (B1). */
const BUSINESS = [
  'microsoft-365-business-basic',
  'microsoft-365-business-standard',
  'microsoft-365-business-premium',
];
/** The suites sold on three-year terms from 2025-06-01 (T1). */
const SUITES = ['microsoft-365-e3', 'microsoft-365-e5', 'teams-enterprise'];
/** The mini suites sold on three-year terms from 2025-07-01 (T1). */
const MINI_SUITES = ['microsoft-365-e5-security', 'microsoft-365-e5-compliance'];
/** The add-ons: never a trial (Q3). */
const ADD_ONS = [
  'microsoft-365-copilot',
  'microsoft-365-copilot-business',
  'microsoft-365-multi-geo',
];

/** Every offer key the constraints name, and Apps for business (ORD-2; no product IDs known). */
const KEYS = [
  ...SUITES,
  ...MINI_SUITES,
  ...BUSINESS,
  'microsoft-365-apps-for-business',
  'microsoft-365-f1',
  'microsoft-365-f3',
  'office-365-f3',
  'office-365-e1',
  'office-365-e3',
  'office-365-e5',
  'exchange-online-plan-1',
  'exchange-online-plan-2',
  'onedrive-plan-1',
  'onedrive-plan-2',
  'sharepoint-plan-1',
  'sharepoint-plan-2',
  ...ADD_ONS,
];

const P3Y_SUITES = '2025-06-01T00:00:00.000Z';
const P3Y_MINI_SUITES = '2025-07-01T00:00:00.000Z';
const COPILOT_BUSINESS = '2025-12-01T00:00:00.000Z';
const MULTI_GEO = '2023-06-01T00:00:00.000Z';

/**
 * The catalog's order constraints (ORD-2), shared by every New Commerce policy: the dates live on
 * the constraints (sources/order-constraints.md T1–T4, B1–B2, A1–A4, Q3).
 */
export const partnerCenterOrders: OrderRules = {
  products: /* @__PURE__ */ Object.fromEntries(KEYS.map((key) => [key, { productIds: [] }])),
  constraints: [
    {
      id: 'p3y-minimum-suites',
      kind: 'quantity',
      offers: SUITES,
      terms: ['P3Y'],
      min: 100,
      effectiveFrom: P3Y_SUITES,
    },
    {
      id: 'p3y-minimum-mini-suites',
      kind: 'quantity',
      offers: MINI_SUITES,
      terms: ['P3Y'],
      min: 100,
      effectiveFrom: P3Y_MINI_SUITES,
    },
    {
      id: 'p3y-billing-suites',
      kind: 'billing',
      offers: SUITES,
      term: 'P3Y',
      billingFrequencies: ['annual', 'triennial'],
      effectiveFrom: P3Y_SUITES,
    },
    {
      id: 'p3y-billing-mini-suites',
      kind: 'billing',
      offers: MINI_SUITES,
      term: 'P3Y',
      billingFrequencies: ['annual', 'triennial'],
      effectiveFrom: P3Y_MINI_SUITES,
    },
    {
      id: 'business-family-300',
      kind: 'family-cap',
      offers: BUSINESS,
      max: 300,
      effectiveFrom: null,
    },
    {
      id: 'copilot-business-300',
      kind: 'family-cap',
      offers: ['microsoft-365-copilot-business'],
      max: 300,
      effectiveFrom: COPILOT_BUSINESS,
    },
    {
      id: 'copilot-business-base',
      kind: 'add-on',
      offers: ['microsoft-365-copilot-business'],
      baseOffers: BUSINESS,
      maxPercentOfBase: 100,
      effectiveFrom: COPILOT_BUSINESS,
    },
    {
      id: 'copilot-base',
      kind: 'add-on',
      offers: ['microsoft-365-copilot'],
      baseOffers: [
        'microsoft-365-e3',
        'microsoft-365-e5',
        'office-365-e1',
        'office-365-e3',
        'office-365-e5',
        'microsoft-365-business-standard',
        'microsoft-365-business-premium',
      ],
      maxPercentOfBase: 100,
      effectiveFrom: null,
    },
    {
      id: 'multi-geo-share',
      kind: 'add-on',
      offers: ['microsoft-365-multi-geo'],
      baseOffers: [
        'microsoft-365-f1',
        'microsoft-365-f3',
        'microsoft-365-e3',
        'microsoft-365-e5',
        'office-365-f3',
        'office-365-e1',
        'office-365-e3',
        'office-365-e5',
        'exchange-online-plan-1',
        'exchange-online-plan-2',
        'onedrive-plan-1',
        'onedrive-plan-2',
        'sharepoint-plan-1',
        'sharepoint-plan-2',
      ],
      minPercentOfBase: 5,
      effectiveFrom: MULTI_GEO,
    },
    {
      id: 'multi-geo-term',
      kind: 'terms',
      offers: ['microsoft-365-multi-geo'],
      terms: ['P1Y'],
      effectiveFrom: MULTI_GEO,
    },
    {
      id: 'copilot-business-term',
      kind: 'terms',
      offers: ['microsoft-365-copilot-business'],
      terms: ['P1Y'],
      effectiveFrom: COPILOT_BUSINESS,
    },
    { id: 'trials', kind: 'trial', onePerOffer: true, excludeOffers: ADD_ONS, effectiveFrom: null },
  ],
};

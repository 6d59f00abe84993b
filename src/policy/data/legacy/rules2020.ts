import type { PolicyRules } from '../../types.ts';

/**
 * The decision rules of `partner-center-2020-01` (the catalog): cancellation per product, terms, free
 * trials and suspension. The rest of the policy (title, sources, roles, market lists, download
 * links) is in `partnerCenter2020.ts`, so a refund or a lifecycle bundle carries only this part.
 */
export const rules2020: PolicyRules = {
  program: 'legacy',
  id: 'partner-center-2020-01',
  inForceFrom: null,
  products: {
    'marketplace-saas': {
      cancellation: {
        monthly: {
          type: 'window',
          window: { hours: 24 },
          within: 'full-credit',
          withinRule: 'REF-1',
          after: 'cancel-at-renewal',
          afterRule: 'REF-2',
        },
        annual: {
          type: 'window',
          window: { days: 14 },
          within: 'full-credit',
          withinRule: 'REF-3',
          after: 'cancel-at-renewal',
          afterRule: 'REF-3',
        },
      },
      terms: ['P1M', 'P1Y', 'P3Y'],
      billingCycleRequired: true,
      freeTrial: true,
      autoRenewToggle: true,
    },
    'marketplace-usage': {
      cancellation: { type: 'fixed', outcome: 'no-refund', rule: 'REF-4', reason: 'usage-based' },
      terms: [],
      billingCycleRequired: false,
      freeTrial: false,
      autoRenewToggle: false,
    },
    'software-perpetual': {
      cancellation: {
        type: 'window',
        window: { days: 60 },
        within: 'full-credit',
        withinRule: 'REF-5',
        after: 'not-cancellable',
        afterRule: 'REF-5',
      },
      terms: null,
      billingCycleRequired: false,
      freeTrial: false,
      autoRenewToggle: false,
    },
    'software-subscription': {
      cancellation: {
        type: 'window',
        window: { days: 60 },
        within: 'prorated-credit',
        withinRule: 'REF-5',
        after: 'not-cancellable',
        afterRule: 'REF-5',
      },
      terms: ['P1Y', 'P3Y'],
      billingCycleRequired: false,
      freeTrial: false,
      autoRenewToggle: false,
    },
    'software-plan': {
      cancellation: {
        type: 'fixed',
        outcome: 'not-cancellable',
        rule: 'REF-7',
        reason: 'plan-not-cancellable',
      },
      terms: null,
      billingCycleRequired: false,
      freeTrial: false,
      autoRenewToggle: false,
    },
    'windows-7-esu': {
      cancellation: { type: 'fixed', outcome: 'support-request', rule: 'REF-8' },
      terms: ['P1Y', 'P3Y'],
      billingCycleRequired: false,
      freeTrial: false,
      autoRenewToggle: false,
    },
  },
  trialDays: 30,
  suspension: {
    baseDays: 90,
    maxExtraDays: 30,
    reasons: ['customer-request', 'nonpayment', 'fraud'],
  },
};

import type {
  MidTermFrequencyChange,
  NewCommercePolicyRules,
  TermWindowCancellation,
} from '../../types.ts';

const termWindow = (window: TermWindowCancellation['window']): TermWindowCancellation => ({
  type: 'term-window',
  window,
  firstDay: 'full-credit',
  within: 'prorated-credit',
  after: 'not-cancellable',
  rule: 'NCE-4',
});

/** P3Y monthly ⇄ annual mid-term, from the next billing period (MID-2, until 2025-04-01). */
const triennialMonthlyAnnual: readonly MidTermFrequencyChange[] = [
  { term: 'P3Y', frequencies: ['monthly', 'annual'] },
];

/**
 * The decision rules of `partner-center-nce-2021-10` (NCE-1), the earliest New Commerce rules, also
 * for every instant before their documents: licence-based cancellation within 72 hours of the
 * term's start, software subscriptions and perpetual software within 30 calendar days, marketplace
 * SaaS 24 hours (monthly) or 14 days (annual) as legacy.
 */
export const rulesNce2021: NewCommercePolicyRules = /* @__PURE__ */ (() => ({
  id: 'partner-center-nce-2021-10',
  program: 'new-commerce',
  inForceFrom: null,
  products: {
    'license-based': {
      cancellation: termWindow({ hours: 72 }),
      terms: null,
      billingCycleRequired: false,
      freeTrial: true,
      autoRenewToggle: true,
      midTermFrequencyChanges: triennialMonthlyAnnual,
    },
    'software-subscription': {
      cancellation: termWindow({ calendarDays: 30 }),
      terms: null,
      billingCycleRequired: false,
      freeTrial: true,
      autoRenewToggle: true,
      midTermFrequencyChanges: triennialMonthlyAnnual,
    },
    'software-perpetual': {
      cancellation: {
        type: 'window',
        window: { calendarDays: 30 },
        within: 'full-credit',
        withinRule: 'NCE-4',
        after: 'not-cancellable',
        afterRule: 'NCE-4',
      },
      terms: null,
      billingCycleRequired: false,
      freeTrial: false,
      autoRenewToggle: false,
      midTermFrequencyChanges: [],
    },
    'marketplace-saas': {
      cancellation: {
        monthly: {
          type: 'window',
          window: { hours: 24 },
          within: 'full-credit',
          withinRule: 'NCE-4',
          after: 'cancel-at-renewal',
          afterRule: 'NCE-4',
        },
        annual: {
          type: 'window',
          window: { days: 14 },
          within: 'full-credit',
          withinRule: 'NCE-4',
          after: 'cancel-at-renewal',
          afterRule: 'NCE-4',
        },
      },
      terms: null,
      billingCycleRequired: true,
      freeTrial: true,
      autoRenewToggle: true,
      midTermFrequencyChanges: triennialMonthlyAnnual,
    },
    'marketplace-usage': {
      cancellation: { type: 'fixed', outcome: 'no-refund', rule: 'REF-4', reason: 'usage-based' },
      terms: null,
      billingCycleRequired: false,
      freeTrial: false,
      autoRenewToggle: false,
      midTermFrequencyChanges: [],
    },
  },
  // the trial and suspension rules New Commerce kept from the legacy program, written here so a
  // New Commerce bundle carries none of the legacy catalog
  trialDays: 30,
  suspension: {
    baseDays: 90,
    maxExtraDays: 30,
    reasons: ['customer-request', 'nonpayment', 'fraud'],
  },
}))();

/** The licence-based term window of 7 calendar days (NCE-1, from 2022-03-18). */
export const sevenCalendarDays: TermWindowCancellation = /* @__PURE__ */ termWindow({
  calendarDays: 7,
});

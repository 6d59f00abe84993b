import { azureReservationsUnavailable } from '../../markets/data/azureReservationsUnavailable.ts';
import type { Policy } from '../types.ts';
import { source000, source001, source003 } from './sources.ts';

const subscriptionActionRoles = [
  'admin-agent',
  'billing-admin',
  'global-admin',
  'helpdesk-agent',
  'sales-agent',
] as const;

/**
 * The Partner Center rules documented on 2020-01-21 (`003`) together with the subscription rules of
 * 2019-11-27 (`000`) and the suspension text of 2018-08 (`001`). In force for every instant before
 * 2021-03-08T00:00:00Z, including instants before its documents' dates (SPEC §2, decided).
 *
 * @category Policies
 */
export const partnerCenter2020: Policy = {
  id: 'partner-center-2020-01',
  title: 'Partner Center CSP rules as documented on 2020-01-21',
  inForceFrom: null,
  sources: [source000, source001, source003],
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
  downloadLinks: { validDays: 14, maxDownloads: 50 },
  taxInclusiveMarkets: ['AU', 'BR'],
  unavailableMarkets: { 'azure-reservations': azureReservationsUnavailable },
  roles: {
    'create-subscription': subscriptionActionRoles,
    'suspend-subscription': subscriptionActionRoles,
    'reactivate-subscription': subscriptionActionRoles,
    'cancel-subscription': subscriptionActionRoles,
    'change-quantity': subscriptionActionRoles,
    'set-auto-renew': subscriptionActionRoles,
    'buy-software': ['admin-agent', 'global-admin'],
    'get-software-keys': ['admin-agent'],
    'cancel-software-purchase': ['admin-agent'],
    'view-software-activity-log': [
      'global-admin',
      'account-admin',
      'referral-admin',
      'marketing-content-admin',
    ],
  },
};

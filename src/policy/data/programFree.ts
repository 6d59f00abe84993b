import { azureReservationsUnavailable } from '../../markets/data/azureReservationsUnavailable.ts';
import type { PolicyRoles, ReservationRefundLimit } from '../types.ts';

const subscriptionActionRoles = [
  'admin-agent',
  'billing-admin',
  'global-admin',
  'helpdesk-agent',
  'sales-agent',
] as const;

/**
 * Who may do what in Partner Center (ROLE-1): the same in every policy of both programs, so each
 * catalog policy takes it from here and neither program's data loads the other's.
 */
export const partnerCenterRoles: PolicyRoles = {
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
};

/** The markets whose list prices include tax (PRICE-2), the same in every catalog policy. */
export const partnerCenterTaxInclusiveMarkets: readonly ['AU', 'BR'] = ['AU', 'BR'];

/** Where each product family is not sold (MKT-3), the same in every catalog policy. */
export const partnerCenterUnavailableMarkets: {
  readonly 'azure-reservations': typeof azureReservationsUnavailable;
} = { 'azure-reservations': azureReservationsUnavailable };

/**
 * The limit on a customer's refunds of Azure reservations (RES-1), the same in every catalog
 * policy: 50 000 USD of cancelled commitment in a rolling 365 days ("the total canceled commitment
 * can't exceed 50,000 USD in a 12-month rolling window"; for CSP, per customer).
 */
export const partnerCenterReservationRefunds: ReservationRefundLimit = {
  limit: { amount: 5_000_000, currency: 'USD' },
  window: { days: 365 },
};

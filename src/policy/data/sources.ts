import type { PolicySource } from '../types.ts';

/** The Partner Center page on subscriptions, where the legacy rules of §3–§5 come from. */
const SUBSCRIPTIONS_PAGE = 'https://learn.microsoft.com/partner-center/create-a-new-subscription';
/** The Partner Center page on software purchases (software, tax, unavailable markets). */
const SOFTWARE_PAGE = 'https://learn.microsoft.com/partner-center/csp-software-subscriptions';
/** Microsoft's New Commerce cancellation policy, where each New Commerce window is stated. */
const NCE_CANCELLATION_PAGE =
  'https://learn.microsoft.com/partner-center/customers/new-commerce-cancellation-policy';

/** The 2019 revision of the subscriptions page: create, suspend, cancel, trials, auto-renew. */
export const source000: PolicySource = {
  title: 'Create, suspend, or cancel customer subscriptions',
  url: SUBSCRIPTIONS_PAGE,
  date: '2019-11-27',
  about: 'subscriptions, free trials, suspension, marketplace SaaS cancellation, roles',
};
/** The 2018 revision of the subscriptions page: suspension in the older wording. */
export const source001: PolicySource = {
  title: 'Create, suspend, or cancel customer subscriptions',
  url: SUBSCRIPTIONS_PAGE,
  date: '2018-08-01',
  about: 'suspension: users lose access, administrators keep it',
};
/** The 2020 revision of the software page. */
export const source003: PolicySource = {
  title: 'Sell software subscriptions through CSP',
  url: SOFTWARE_PAGE,
  date: '2020-01-21',
  about: 'software: 60-day cancellation, Windows 7 ESU, download links; tax; unavailable markets',
};
/** The 2021 revision of the software page. */
export const source002: PolicySource = {
  title: 'Sell software subscriptions through the Cloud Solution Provider (CSP) program',
  url: SOFTWARE_PAGE,
  date: '2021-03-08',
  about: 'software: 30-day cancellation; tax; unavailable markets; activity-log roles',
};
/** The 2021 preview resources (samples 2 and 3) and the preview's windows. */
export const sourceNcePreview: PolicySource = {
  title: 'Subscription resources (Partner Center REST reference), and the preview it documents',
  url: 'https://learn.microsoft.com/partner-center/developer/subscription-resources',
  date: '2021-09-14',
  about:
    'New Commerce preview: licence-based 72-hour window, software 30 calendar days, first-day full refund',
};
/** The 7-day licence-based window, announced 2022-03-17. */
export const sourceNce202203: PolicySource = {
  title: 'New commerce experience cancellation policy (the 7-day window announced 2022-03-17)',
  url: NCE_CANCELLATION_PAGE,
  date: '2022-03-17',
  about: 'licence-based cancellation and seat reduction within 7 calendar days',
};
/** Software subscriptions move to the 7-day window. */
export const sourceNce202207: PolicySource = {
  title: 'New commerce experience cancellation policy (software subscriptions, from 2022-07-11)',
  url: NCE_CANCELLATION_PAGE,
  date: '2022-07-11',
  about: 'software subscriptions: cancellation within 7 calendar days',
};
/** Marketplace SaaS's standard 72-hour full refund. */
export const sourceNce202301: PolicySource = {
  title: 'New commerce experience cancellation policy (marketplace SaaS, from 2023-01-18)',
  url: NCE_CANCELLATION_PAGE,
  date: '2023-01-18',
  about: 'marketplace SaaS: full refund within 72 hours, every term and billing frequency',
};
/** The term and billing frequency page: no mid-term frequency changes from 2025-04-01 (MID-2). */
export const sourceNce202504: PolicySource = {
  title: 'Manage term duration and billing frequency',
  url: 'https://learn.microsoft.com/partner-center/customers/billing-frequency-changes',
  date: '2025-04-01',
  about:
    'a longer term now, term and frequency at renewal, frequency from the next billing cycle; triennial mid-term frequency changes blocked from 2025-04-01',
};
/** Microsoft's Extended Service Term page: who gets it from 2026-05-04, the three options (EST). */
export const sourceEst: PolicySource = {
  title: 'Extended service terms (EST)',
  url: 'https://learn.microsoft.com/partner-center/customers/extended-service-terms',
  date: '2026-02-16',
  about:
    'licence-based terms started from 2025-04-01 and ending from 2026-05-04: renew, cancel at term end, or continue month to month at the monthly-term price +3 % (+23 % without a monthly plan)',
};
/** The cancellation-policy page (2023-07-27 revision) and the term table. */
export const sourceNceCancel: PolicySource = {
  title: 'New commerce experience cancellation policy',
  url: NCE_CANCELLATION_PAGE,
  date: '2023-07-27',
  about:
    'cancellation per product, perpetual software 30 calendar days, terms and billing frequencies',
};

/**
 * Microsoft's page on exchanges and refunds of Azure reservations (RES-1), in the revision of
 * 2022-10-10; its later revisions keep the same limit.
 */
export const sourceReservations: PolicySource = {
  title: 'Self-service exchanges and refunds for Azure Reservations',
  url: 'https://learn.microsoft.com/azure/cost-management-billing/reservations/exchange-and-refund-azure-reservations',
  date: '2022-10-10',
  about:
    'Azure reservations: 50,000 USD of cancelled commitment in a rolling 12 months, per customer in CSP',
};

import type { PolicySource } from '../types.ts';

/** `000` (same text as `004`): create, suspend, cancel, trials, auto-renew. */
export const source000: PolicySource = {
  document: '000_335443cbe8c3fa25.md',
  date: '2019-11-27',
  about: 'subscriptions, free trials, suspension, marketplace SaaS cancellation, roles',
};
/** `001`: suspension in the older wording (administrators keep access). */
export const source001: PolicySource = {
  document: '001_d0ce6c5681b2ddb1.md',
  date: '2018-08-01',
  about: 'suspension: users lose access, administrators keep it',
};
/** `003`: software purchases, tax, unavailable markets, the older version. */
export const source003: PolicySource = {
  document: '003_a5f1a724b5798e69.md',
  date: '2020-01-21',
  about: 'software: 60-day cancellation, Windows 7 ESU, download links; tax; unavailable markets',
};
/** `002`: software purchases, tax, unavailable markets, the newer version. */
export const source002: PolicySource = {
  document: '002_35b4e7236aae662a.md',
  date: '2021-03-08',
  about: 'software: 30-day cancellation; tax; unavailable markets; activity-log roles',
};
/** New Commerce facts: the 2021 preview resources (samples 2 and 3) and the preview's windows. */
export const sourceNcePreview: PolicySource = {
  document: 'new-commerce.md',
  date: '2021-09-14',
  about:
    'New Commerce preview: licence-based 72-hour window, software 30 calendar days, first-day full refund',
};
/** New Commerce facts: the announcement of the 7-day licence-based window. */
export const sourceNce202203: PolicySource = {
  document: 'new-commerce.md',
  date: '2022-03-17',
  about: 'licence-based cancellation and seat reduction within 7 calendar days',
};
/** New Commerce facts: software subscriptions move to the 7-day window. */
export const sourceNce202207: PolicySource = {
  document: 'new-commerce.md',
  date: '2022-07-11',
  about: 'software subscriptions: cancellation within 7 calendar days',
};
/** New Commerce facts: marketplace SaaS's standard 72-hour full refund. */
export const sourceNce202301: PolicySource = {
  document: 'new-commerce.md',
  date: '2023-01-18',
  about: 'marketplace SaaS: full refund within 72 hours, every term and billing frequency',
};
/** New Commerce facts: the cancellation-policy page (2023-07-27 revision) and the term table. */
export const sourceNceCancel: PolicySource = {
  document: 'new-commerce.md',
  date: '2023-07-27',
  about:
    'cancellation per product, perpetual software 30 calendar days, terms and billing frequencies',
};

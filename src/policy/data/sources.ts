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

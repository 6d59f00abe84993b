import type { Policy, WindowCancellation } from '../types.ts';
import { partnerCenter2020 } from './partnerCenter2020.ts';
import { source000, source001, source002 } from './sources.ts';

/** `002`: "You can cancel a software purchase within 30 days of the purchase date." */
const softwareSubscriptionCancellation: WindowCancellation = {
  type: 'window',
  window: { days: 30 },
  within: 'prorated-credit',
  withinRule: 'REF-5',
  after: 'not-cancellable',
  afterRule: 'REF-5',
};

/**
 * The Partner Center rules documented on 2021-03-08 (`002`), in force from 2021-03-08T00:00:00Z.
 * It differs from {@link partnerCenter2020} in three places only: software may be cancelled within
 * 30 days instead of 60; Windows 7 ESU is an ordinary software subscription; and no download-link
 * limit is documented (SPEC §2).
 *
 * Built by a call marked pure: bundlers treat an object spread as a possible getter call, so a
 * plain `{ ...partnerCenter2020 }` at module level would keep both policies in every bundle of the
 * root entry, even one that only resolves market names.
 *
 * @category Policies
 */
export const partnerCenter2021: Policy = /* @__PURE__ */ (() => ({
  ...partnerCenter2020,
  id: 'partner-center-2021-03',
  title: 'Partner Center CSP rules as documented on 2021-03-08',
  inForceFrom: '2021-03-08T00:00:00.000Z',
  sources: [source000, source001, source002],
  products: {
    ...partnerCenter2020.products,
    'software-perpetual': {
      ...partnerCenter2020.products['software-perpetual'],
      cancellation: { ...softwareSubscriptionCancellation, within: 'full-credit' },
    },
    'software-subscription': {
      ...partnerCenter2020.products['software-subscription'],
      cancellation: softwareSubscriptionCancellation,
    },
    'windows-7-esu': {
      ...partnerCenter2020.products['windows-7-esu'],
      cancellation: softwareSubscriptionCancellation,
    },
  },
  downloadLinks: null,
}))();

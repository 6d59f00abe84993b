import type { PolicyRules, WindowCancellation } from '../../types.ts';
import { rules2020 } from './rules2020.ts';

const softwareSubscriptionCancellation: WindowCancellation = {
  type: 'window',
  window: { days: 30 },
  within: 'prorated-credit',
  withinRule: 'REF-5',
  after: 'not-cancellable',
  afterRule: 'REF-5',
};

/**
 * The decision rules of `partner-center-2021-03` (the catalog): those of 2020 with a 30-day software window
 * and no Windows 7 ESU exception.
 */
export const rules2021: PolicyRules = /* @__PURE__ */ (() => ({
  ...rules2020,
  id: 'partner-center-2021-03',
  inForceFrom: '2021-03-08T00:00:00.000Z',
  products: {
    ...rules2020.products,
    'software-perpetual': {
      ...rules2020.products['software-perpetual'],
      cancellation: { ...softwareSubscriptionCancellation, within: 'full-credit' },
    },
    'software-subscription': {
      ...rules2020.products['software-subscription'],
      cancellation: softwareSubscriptionCancellation,
    },
    'windows-7-esu': {
      ...rules2020.products['windows-7-esu'],
      cancellation: softwareSubscriptionCancellation,
    },
  },
}))();

import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { describe, expect, it } from 'vitest';
import { inspectValue } from '../_private.ts';

/** Every value inspect and timeline print in a column of their own. */
const VALUES = [
  'new-commerce',
  'legacy',
  'active',
  'trial',
  'suspended',
  'cancelled',
  'expired',
  'disabled',
  'deleted',
  'license-based',
  'software-subscription',
  'marketplace-saas',
  'marketplace-usage',
  'azure-plan',
  'monthly',
  'annual',
  'triennial',
  'full-credit',
  'prorated-credit',
  'no-refund',
  'cancel-at-renewal',
  'cancel',
  'suspend',
  'reactivate',
  'set-auto-renew',
  'set-end-of-term',
  'change-quantity',
  'schedule-renewal',
  'change-term',
  'change-billing-frequency',
  'upgrade',
  'extended-service-term',
  'trial-converted',
  'renewed',
  'data-deleted',
  'billing-frequency-changed',
  'created',
  'read',
];

describe('inspectValue', () => {
  it('MSG-1: every value is written in Korean, Simplified and Traditional Chinese, and in English as the JSON writes it', () => {
    for (const value of VALUES) {
      expect(inspectValue(value, {})).toBe(value);
      for (const locale of [ko, zhHans, zhHant]) {
        const word = inspectValue(value, { locale });
        expect(word, `${locale.tag}: ${value}`).not.toMatch(/(^|[^A-Za-z])[a-z]{3,}/);
      }
    }
    // Azure keeps its name; a term keeps Partner Center's own code
    expect(inspectValue('azure-plan', { locale: ko })).toBe('Azure 플랜');
    expect(inspectValue('P1Y', { locale: ko })).toBe('P1Y');
  });
});

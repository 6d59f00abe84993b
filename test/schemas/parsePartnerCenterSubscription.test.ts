import fc from 'fast-check';
import { fromPartnerCenterSubscription } from 'subscription-rules';
import { partnerCenterSubscription } from 'subscription-rules/arbitraries';
import { parsePartnerCenterSubscription, parseSubscription } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { m365_2021, readableAsOf, saas2019, software2021 } from '../partnerCenter/_samples.ts';

describe('parsePartnerCenterSubscription', () => {
  it('PCR-1: the three API samples parse, their extra fields dropped', () => {
    for (const sample of [saas2019, software2021, m365_2021]) {
      const result = parsePartnerCenterSubscription(sample);
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.value.effectiveStartDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        // creationDate is not read; offerName is (EST-6: an Extended Service Term is named so)
        expect('creationDate' in result.value).toBe(false);
        expect(result.value.offerName).toBe(sample.offerName);
      }
    }
  });

  it('ERR-2: every bad field is an issue at its path', () => {
    const result = parsePartnerCenterSubscription({
      ...m365_2021,
      quantity: 0,
      effectiveStartDate: 'soon',
      refundOptions: [{ type: 'Full' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => i.path).sort()).toEqual([
        'effectiveStartDate',
        'quantity',
        'refundOptions.0.expiresAt',
      ]);
  });

  describe('properties', () => {
    it('PCR-1: every drawn resource parses, and its parsed value reads as the resource does', () => {
      fc.assert(
        fc.property(partnerCenterSubscription(), fc.nat(), (r, offset) => {
          const parsed = parsePartnerCenterSubscription(r);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          const asOf = { asOf: readableAsOf(r, offset * 60_000) };
          expect(fromPartnerCenterSubscription(parsed.value, asOf)).toEqual(
            fromPartnerCenterSubscription(r, asOf),
          );
        }),
      );
    });

    it('PCR-1: every state read from a drawn resource, in either program, is a stored state parseSubscription returns unchanged, stated windows and all', () => {
      let stated = 0;
      let legacy = 0;
      fc.assert(
        fc.property(partnerCenterSubscription(), fc.nat(), (r, offset) => {
          const { subscription } = fromPartnerCenterSubscription(r, {
            asOf: readableAsOf(r, offset * 60_000),
          });
          if ('cancellableUntil' in subscription || 'fullCreditUntil' in subscription) stated++;
          if (subscription.program === 'legacy') legacy++;
          expect(parseSubscription(JSON.parse(JSON.stringify(subscription)))).toEqual({
            ok: true,
            value: subscription,
          });
        }),
      );
      expect(stated).toBeGreaterThan(10);
      expect(legacy).toBeGreaterThan(10);
    });
  });
});

import fc from 'fast-check';
import type { Money, NewCommerceSubscription, PartnerCenterSubscription } from 'subscription-rules';
import {
  advance,
  formatMessage,
  fromPartnerCenterSubscription,
  readPriceList,
} from 'subscription-rules';
import { partnerCenterSubscription } from 'subscription-rules/arbitraries';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { parsePartnerCenterSubscription } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { basic, csv } from '../prices/_lists.ts';
import { m365_2021, saas2019 } from './_samples.ts';

/** Business Basic before and after the July 2026 change: 75.60 → 88.20 USD a year, billed monthly. */
const priceList = readPriceList(
  csv([
    basic({
      UnitPrice: '75.60',
      EffectiveStartDate: '2/1/2023 0:00',
      EffectiveEndDate: '6/30/2026 11:59 PM',
    }),
    basic({
      UnitPrice: '88.20',
      EffectiveStartDate: '7/1/2026 12:00 AM',
      EffectiveEndDate: '11/30/9999 11:59 PM',
    }),
  ]),
);
const priceKey = {
  ProductId: 'CFQ7TTC0LH18',
  SkuId: '0001',
  Market: 'US',
  Currency: 'USD',
  Segment: 'Commercial',
};
const price: Money = { amount: 630, currency: 'USD' };

/** A P1Y term billed monthly from 2025-07-01, fetched in June 2026: its term ends 2026-07-01T00:00Z. */
const june: PartnerCenterSubscription = {
  ...m365_2021,
  effectiveStartDate: '2025-07-01T00:00:00Z',
  commitmentEndDate: '2026-06-30T00:00:00Z',
  cancellationAllowedUntilDate: '2025-07-08T23:59:00Z',
  refundOptions: null,
};
const END = '2026-07-01T00:00:00.000Z';
const read = (r: PartnerCenterSubscription, asOf: string, withList = true) =>
  fromPartnerCenterSubscription(r, {
    asOf,
    price,
    priceKey,
    extendedServiceTermBase: { basePrice: { amount: 720, currency: 'USD' } },
    ...(withList ? { priceList } : {}),
  });
const state = (r: PartnerCenterSubscription, asOf: string, withList = true) =>
  read(r, asOf, withList).subscription as NewCommerceSubscription;
const withEnd = (actionType: string): PartnerCenterSubscription => ({
  ...june,
  autoRenewEnabled: actionType === 'RenewToNewTerm',
  scheduledActions: [{ scheduleType: 'TermEnd', actionType }],
});

describe('fromPartnerCenterSubscription of a resource older than asOf (PCR-1, decided 2026-11-27)', () => {
  it('PCR-1: a term that ended before asOf is renewed by the rules at the list’s row (PL-4), ±1 ms at the term end, with a note that the resource was older', () => {
    const before = read(june, '2026-06-30T23:59:59.999Z');
    expect([before.subscription.termStart, before.subscription.termEnd]).toEqual([
      '2025-07-01T00:00:00.000Z',
      END,
    ]);
    expect(before.subscription.price).toEqual(price);
    expect(before.notes.map((n) => n.messageId)).not.toContain('resource.older-than-as-of');
    const at = read(june, END);
    const s = at.subscription as NewCommerceSubscription;
    expect([s.status, s.asOf, s.termNumber, s.termStart, s.termEnd]).toEqual([
      'active',
      END,
      2,
      END,
      '2027-07-01T00:00:00.000Z',
    ]);
    // the list's row of 1 July: 88.20 ÷ 12 = 7.35 a month, not the term's locked 6.30
    expect(s.price).toEqual({ amount: 735, currency: 'USD' });
    expect(at.notes.find((n) => n.messageId === 'resource.older-than-as-of')).toEqual({
      path: 'resource.commitmentEndDate',
      messageId: 'resource.older-than-as-of',
      params: { termEnd: END, asOf: END },
      message:
        'the resource’s term ended at 2026-07-01T00:00:00.000Z, at or before 2026-07-01T00:00:00.000Z: it was fetched before then, so it is read at that term and taken forward by the rules',
    });
    // without a list the renewal keeps the term’s price (PL-4)
    expect(state(june, END, false).price).toEqual(price);
  });

  it('PCR-1, EST-3: the end-of-term option decides what the rules take the older resource to: the Extended Service Term, a cancellation (disabled, eligible), a renewal', () => {
    const est = state(withEnd('RenewToExtendedServiceTerm'), '2026-07-10T00:00:00Z');
    expect([est.status, est.term, est.billingFrequency, est.termStart, est.termEnd]).toEqual([
      'active',
      'P1M',
      'monthly',
      END,
      '2026-08-01T00:00:00.000Z',
    ]);
    expect(est.extendedServiceTerm).toMatchObject({
      since: END,
      basePrice: { amount: 720, currency: 'USD' },
      uplift: 3,
    });
    const cancelled = state(withEnd('Cancel'), '2026-07-10T00:00:00Z');
    expect([cancelled.status, cancelled.disabledAt]).toEqual(['disabled', END]);
    const renewed = state(withEnd('RenewToNewTerm'), '2026-07-10T00:00:00Z');
    expect([renewed.status, renewed.termStart, renewed.price]).toEqual([
      'active',
      END,
      { amount: 735, currency: 'USD' },
    ]);
  });

  it('PCR-1: read at asOf equals read at the last instant of its own term, then advanced to asOf under the same list', () => {
    for (const asOf of [END, '2026-07-01T00:00:00.001Z', '2027-02-14T09:30:00Z']) {
      const atTerm = state(june, '2026-06-30T23:59:59.999Z');
      expect(state(june, asOf)).toEqual(advance(atTerm, asOf, { priceList }).subscription);
    }
  });

  it('PCR-1, MSG-1: the note is written in Korean, Simplified and Traditional Chinese', () => {
    const at = '2026-08-01T00:00:00Z';
    const noteIn = (locale?: typeof ko) =>
      fromPartnerCenterSubscription(june, { asOf: at, ...(locale ? { locale } : {}) }).notes.find(
        (n) => n.messageId === 'resource.older-than-as-of',
      );
    const english = noteIn();
    if (english === undefined) throw new Error('expected the note');
    expect(noteIn(ko)?.message).toBe(
      '리소스의 약정 기간이 2026년 7월 1일 00:00 UTC에 끝났습니다(2026년 8월 1일 00:00 UTC 이전). 그 전에 가져온 리소스이므로 해당 약정 기간으로 읽고 규칙에 따라 진행합니다',
    );
    expect(noteIn(zhHans)?.message).toBe(formatMessage(english, zhHans));
    expect(noteIn(zhHans)?.message).toMatch(/^资源的期限已于 .+ 结束/);
    expect(noteIn(zhHant)?.message).toMatch(/^資源的期限已於 .+ 結束/);
  });

  it('PCR-1: asOf before effectiveStartDate stays OUT_OF_ORDER (±1 ms); a legacy resource past its term stays stale', () => {
    expect(errorOf(() => read(june, '2025-06-30T23:59:59.999Z'))).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'options.asOf',
    });
    expect(state(june, '2025-07-01T00:00:00.000Z').termStart).toBe('2025-07-01T00:00:00.000Z');
    expect(
      errorOf(() => fromPartnerCenterSubscription(saas2019, { asOf: '2019-02-08T00:21:45.926Z' })),
    ).toEqual({ code: 'OUT_OF_ORDER', path: 'resource.commitmentEndDate' });
  });

  it('PCR-1, ERR-2: parsePartnerCenterSubscription takes the older resource, and its value reads as the resource does', () => {
    const parsed = parsePartnerCenterSubscription(JSON.parse(JSON.stringify(june)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(state(parsed.value, '2026-09-01T00:00:00Z')).toEqual(
      state(june, '2026-09-01T00:00:00Z'),
    );
  });

  describe('properties', () => {
    it('forty resources get forty answers: a New Commerce resource read at any asOf from its start never throws, and equals reading at its own term then advance to asOf', () => {
      fc.assert(
        fc.property(
          partnerCenterSubscription({ program: 'new-commerce' }),
          fc.integer({ min: 0, max: 1500 * 86_400_000 }),
          (r, offset) => {
            const startMs = Date.parse(r.effectiveStartDate);
            const asOf = new Date(startMs + offset).toISOString();
            const s = fromPartnerCenterSubscription(r, { asOf }).subscription;
            const endMs =
              Date.parse(`${String(r.commitmentEndDate).slice(0, 10)}T00:00:00Z`) + 86_400_000;
            const status = String(r.status).toLowerCase();
            if ((status === 'active' || status === 'suspended') && endMs <= Date.parse(asOf)) {
              const atTerm = fromPartnerCenterSubscription(r, {
                asOf: new Date(endMs - 1).toISOString(),
              }).subscription;
              expect(s).toEqual(advance(atTerm, asOf).subscription);
            }
            expect(s.asOf).toBe(asOf);
          },
        ),
      );
    });
  });
});

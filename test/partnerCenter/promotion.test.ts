import fc from 'fast-check';
import {
  advance,
  formatMessage,
  type PartnerCenterSubscription,
  type PriceListRow,
  type PriceStateKey,
  purchaseCharges,
} from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { fromPartnerCenterSubscription } from 'subscription-rules/new-commerce';
import { invoiceLines } from 'subscription-rules/reconciliation';
import { parsePromotion } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { ruleErrorOf } from '../_errors.ts';

const ID = '39NFJQT1PJQB:0001:39NFJQT1Q5KN';
/** 5 % off Visio Plan 1, P1Y billed annually, bought from 2026-09-23 to 2026-10-14 (its last second). */
const promotionResource = (term = { duration: 'P1Y', billingCycle: 'Annual' }) => ({
  id: ID,
  name: 'Visio Plan 1',
  startDate: '2026-09-23T00:00:00+00:00',
  endDate: '2026-10-14T23:59:59+00:00',
  properties: { isAutoApplicable: true },
  requiredProducts: [
    {
      productId: 'CFQ7TTC0HD33',
      skuId: '0003',
      term,
      pricingPolicies: [{ policyType: 'PercentDiscount', value: '0.05' }],
    },
  ],
});
const read = (value: unknown) => {
  const parsed = parsePromotion(value);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
};
const visio = read(promotionResource());
const START = Date.UTC(2026, 8, 23);
const END = Date.UTC(2026, 9, 14, 23, 59, 59, 999);
const DAY = 86_400_000;
/** The price list's row: 150.00 USD for a year, billed annually. */
const row: PriceListRow = {
  UnitPrice: '150.00',
  Currency: 'USD',
  TermDuration: 'P1Y',
  BillingPlan: 'Annual',
};
const priceKey: PriceStateKey = {
  ProductId: 'CFQ7TTC0HD33',
  SkuId: '0003',
  Market: 'US',
  Currency: 'USD',
  Segment: 'Commercial',
};

/** 10 seats of Visio Plan 1 bought at `startMs`, a year billed annually, naming `promotionId`. */
function resource(
  startMs: number,
  promotionId: string | null = ID,
): PartnerCenterSubscription & Record<string, unknown> {
  const start = new Date(startMs);
  // the term's inclusive last date: the day before the purchase day a year later
  const last = new Date(
    Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), start.getUTCDate()) - DAY,
  );
  return {
    id: '5c0b7f43-3d39-4a5e-9a55-0d6a1f6d8e21',
    offerId: 'CFQ7TTC0HD33:0003:CFQ7TTC0HD32',
    offerName: 'Visio Plan 1',
    quantity: 10,
    productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
    effectiveStartDate: start.toISOString(),
    commitmentEndDate: `${last.toISOString().slice(0, 10)}T00:00:00Z`,
    status: 'active',
    autoRenewEnabled: true,
    billingType: 'license',
    billingCycle: 'annual',
    termDuration: 'P1Y',
    isMicrosoftProduct: true,
    promotionId,
  };
}
const asOfAfter = (ms: number) => new Date(ms + 3_600_000).toISOString();
const readAt = (startMs: number, options: Record<string, unknown> = {}) =>
  fromPartnerCenterSubscription(resource(startMs), {
    asOf: asOfAfter(startMs),
    price: row,
    promotions: [visio],
    ...options,
  });

describe("fromPartnerCenterSubscription with the resource's promotion", () => {
  it('PL-5: a resource naming the 5 % promotion, read with it and a 150.00 row, takes 142.50 a seat for the term, its purchase and invoice line saying so', () => {
    const at = Date.UTC(2026, 9, 1);
    const { subscription, notes } = readAt(at, { priceKey });
    expect(notes).toEqual([]);
    // r(15000 × 0.95) = 14250
    expect(subscription.price).toEqual({ amount: 14_250, currency: 'USD' });
    expect(subscription.promotion).toEqual({
      promotionId: ID,
      value: '0.05',
      startDate: '2026-09-23T00:00:00.000Z',
      endDate: '2026-10-14T23:59:59.999Z',
      listPrice: { amount: 15_000, currency: 'USD' },
    });
    expect(subscription.priceKey).toEqual(priceKey);
    const purchase = purchaseCharges(subscription);
    expect(purchase.map((c) => c.amount)).toEqual([{ amount: 142_500, currency: 'USD' }]);
    const [line] = invoiceLines(purchase, { subscriptionId: 'S' });
    expect(line).toMatchObject({
      PromotionId: ID,
      UnitPrice: '150.00',
      EffectiveUnitPrice: '142.50',
      Subtotal: '1425.00',
    });
  });

  it("PL-5: a term starting at the window's first and last millisecond takes the promotion; 1 ms outside, the list's price with a note", () => {
    for (const ms of [START, END]) {
      const { subscription, notes } = readAt(ms);
      expect(notes).toEqual([]);
      expect(subscription.price?.amount).toBe(14_250);
      expect(subscription.promotion?.promotionId).toBe(ID);
    }
    for (const ms of [START - 1, END + 1]) {
      const { subscription, notes } = readAt(ms);
      expect(subscription.price?.amount).toBe(15_000);
      expect(subscription.promotion).toBeUndefined();
      expect(notes).toEqual([
        expect.objectContaining({
          path: 'resource.promotionId',
          messageId: 'resource.nce.promotion-outside-window',
          params: {
            id: ID,
            at: new Date(ms).toISOString(),
            startDate: '2026-09-23T00:00:00.000Z',
            endDate: '2026-10-14T23:59:59.999Z',
          },
        }),
      ]);
    }
  });

  it('PL-5: a resource naming a promotion the caller did not give is read at the list’s price with a note, never silently, in four languages', () => {
    const at = Date.UTC(2026, 9, 1);
    for (const promotions of [undefined, []]) {
      const { subscription, notes } = readAt(at, { promotions });
      expect(subscription.price?.amount).toBe(15_000);
      expect(subscription.promotion).toBeUndefined();
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({
        path: 'resource.promotionId',
        messageId: 'resource.nce.promotion-not-given',
        params: { id: ID },
      });
      expect(notes[0]?.message).toContain(ID);
      expect(notes[0]?.message).toContain('options.promotions');
    }
    const english = readAt(at, { promotions: [] }).notes[0];
    for (const locale of [ko, zhHans, zhHant]) {
      const [note] = readAt(at, { promotions: [], locale }).notes;
      expect(note?.message).not.toBe(english?.message);
      expect(note?.message).toContain(ID);
      expect(note?.message).toBe(english === undefined ? '' : formatMessage(english, locale));
      // nothing of the English sentence is left
      expect(note?.message).not.toMatch(/\b(the|price|discount|given)\b/);
    }
  });

  it('PL-5: a promotion for another term or billing cycle, a resource in no product the offer names, or a state read without a price: a note, and no discount', () => {
    const at = Date.UTC(2026, 9, 1);
    const monthly = read(promotionResource({ duration: 'P1Y', billingCycle: 'Monthly' }));
    const other = readAt(at, { promotions: [monthly] });
    expect(other.subscription.price?.amount).toBe(15_000);
    expect(other.notes).toEqual([
      expect.objectContaining({
        messageId: 'resource.nce.promotion-no-product',
        params: {
          id: ID,
          product: 'CFQ7TTC0HD33',
          sku: '0003',
          term: 'P1Y',
          billingFrequency: 'annual',
        },
      }),
    ]);
    const unpriced = fromPartnerCenterSubscription(resource(at), {
      asOf: asOfAfter(at),
      promotions: [visio],
    });
    expect(unpriced.subscription.price).toBeNull();
    expect(unpriced.subscription.promotion).toBeUndefined();
    expect(unpriced.notes.map((n) => n.messageId)).toEqual(['resource.nce.promotion-unpriced']);
  });

  it('PL-5: a promotion given that the resource does not name is not applied — the resource says what Partner Center billed', () => {
    const at = Date.UTC(2026, 9, 1);
    for (const promotionId of [null, undefined, '']) {
      const { subscription, notes } = fromPartnerCenterSubscription(
        { ...resource(at), promotionId } as never,
        { asOf: asOfAfter(at), price: row, promotions: [visio] },
      );
      expect(notes).toEqual([]);
      expect(subscription.price?.amount).toBe(15_000);
      expect(subscription.promotion).toBeUndefined();
    }
  });

  it('PL-5: the promotion read from the resource is kept at a renewal inside its window (its last millisecond) and dropped 1 ms after it', () => {
    // a P1M term bought on 2026-09-23 renews on 2026-10-23T00:00:00.000Z
    const until = (endDate: string) =>
      read({ ...promotionResource({ duration: 'P1M', billingCycle: 'Monthly' }), endDate });
    const r = {
      ...resource(START),
      termDuration: 'P1M',
      billingCycle: 'monthly',
      commitmentEndDate: '2026-10-22T00:00:00Z',
    };
    const renewed = (endDate: string) => {
      const promotions = [until(endDate)];
      const { subscription } = fromPartnerCenterSubscription(r, {
        asOf: asOfAfter(START),
        price: { ...row, TermDuration: 'P1M', BillingPlan: 'Monthly', UnitPrice: '12.00' },
        promotions,
        priceKey,
      });
      // r(1200 × 0.95) = 1140
      expect(subscription.price?.amount).toBe(1140);
      return advance(subscription, '2026-10-23T00:00:00.000Z', { promotions }).subscription;
    };
    const kept = renewed('2026-10-23T00:00:00.000Z');
    expect([kept.termStart, kept.price?.amount, kept.promotion?.promotionId]).toEqual([
      '2026-10-23T00:00:00.000Z',
      1140,
      ID,
    ]);
    const dropped = renewed('2026-10-22T23:59:59.999Z');
    expect([dropped.price?.amount, dropped.promotion]).toEqual([1200, undefined]);
  });

  it('ERR-1: a promotionId that is no text, a bad promotion given or a bad priceKey is a RuleError at its path', () => {
    const at = Date.UTC(2026, 9, 1);
    expect(
      ruleErrorOf(() =>
        fromPartnerCenterSubscription({ ...resource(at), promotionId: 7 } as never, {
          asOf: asOfAfter(at),
        }),
      ),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: 'resource.promotionId' });
    expect(
      ruleErrorOf(() => readAt(at, { promotions: [{ ...visio, requiredProducts: [] }] })),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: 'options.promotions.0.requiredProducts' });
    expect(ruleErrorOf(() => readAt(at, { promotions: visio }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: 'options.promotions',
    });
    expect(ruleErrorOf(() => readAt(at, { priceKey: { ...priceKey, Market: '' } }))).toMatchObject({
      path: 'options.priceKey.Market',
    });
  });

  it('PL-5: for any 150.00-a-year purchase instant, the promotion applies exactly when the term starts inside the window, and the price is then 142.50', () => {
    fc.assert(
      fc.property(fc.integer({ min: START - 5 * DAY, max: END + 5 * DAY }), (ms) => {
        const { subscription, notes } = readAt(ms);
        const inside = ms >= START && ms <= END;
        expect(subscription.price?.amount).toBe(inside ? 14_250 : 15_000);
        expect(notes.length).toBe(inside ? 0 : 1);
      }),
      { numRuns: 60 },
    );
  });
});

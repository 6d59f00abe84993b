import { createSubscription, type PriceStateKey, purchaseCharges } from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import { type InvoiceLine, invoiceLines, reconcile } from 'subscription-rules/reconciliation';
import { parsePromotion } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';

const priceKey: PriceStateKey = {
  ProductId: 'CFQ7TTC0HD33',
  SkuId: '0003',
  Market: 'US',
  Currency: 'USD',
  Segment: 'Commercial',
};
const ID = '39NFJQT1PJQB:0001:39NFJQT1Q5KN';
const parsed = parsePromotion({
  id: ID,
  startDate: '2026-09-23T00:00:00+00:00',
  endDate: '2026-10-14T23:59:59+00:00',
  requiredProducts: [
    {
      productId: 'CFQ7TTC0HD33',
      skuId: '0003',
      term: { duration: 'P1Y', billingCycle: 'Annual' },
      pricingPolicies: [{ policyType: 'PercentDiscount', value: '0.05' }],
    },
  ],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
/** 10 seats of Visio Plan 1 at 150.00 a year, 5 % off: 142.50 a seat, 1,425.00 billed. */
const sub = createSubscription({
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'annual',
  quantity: 10,
  orderedAt: '2026-09-23T00:00:00Z',
  price: { amount: 15000, currency: 'USD' },
  priceKey,
  promotion: parsed.value,
});
const effects = purchaseCharges(sub);
const [line] = invoiceLines(effects, { subscriptionId: 'S1' }) as [InvoiceLine];

describe('PromotionId compared (PL-5, REC-2)', () => {
  it('PL-5: a promoted purchase billed with its PromotionId matches', () => {
    const result = reconcile(effects, [line], { subscriptionId: 'S1' });
    expect([result.missing, result.unexpected, result.different]).toEqual([[], [], []]);
    expect(result.matched).toHaveLength(1);
  });

  it('PL-5: the same line with PromotionId blank is a difference naming PromotionId with both values; nothing else differs', () => {
    const result = reconcile(effects, [{ ...line, PromotionId: '' }], { subscriptionId: 'S1' });
    expect(result.matched).toEqual([]);
    expect(result.different).toHaveLength(1);
    const [found] = result.different;
    expect(found?.fields).toEqual(['PromotionId']);
    expect(found?.expected).toEqual({
      Subtotal: '1425.00',
      BillableQuantity: '10',
      Currency: 'USD',
      PromotionId: ID,
    });
    expect(found?.actual).toEqual({
      Subtotal: '1425.00',
      BillableQuantity: '10',
      Currency: 'USD',
      PromotionId: '',
    });
    expect(found?.message).toContain(`PromotionId printed "" where the rules apply "${ID}"`);
  });

  it('PL-5: another promotion id, with the list price billed, names PromotionId and Subtotal (75.00 at stake)', () => {
    const file = [
      { ...line, PromotionId: 'OTHER', Subtotal: '1500.00', EffectiveUnitPrice: '150.00' },
    ];
    const [found] = reconcile(effects, file, { subscriptionId: 'S1' }).different;
    expect(found?.fields).toEqual(['Subtotal', 'PromotionId']);
    expect(found?.expected.PromotionId).toBe(ID);
    expect(found?.actual.PromotionId).toBe('OTHER');
    expect(found?.actual.Subtotal).toBe('1500.00');
  });

  it('PL-5: a PromotionId on a line the rules bill without a promotion is a difference', () => {
    const plain = purchaseCharges(
      createSubscription({
        program: 'new-commerce',
        product: 'license-based',
        term: 'P1Y',
        billingFrequency: 'annual',
        quantity: 10,
        orderedAt: '2026-09-23T00:00:00Z',
        price: { amount: 15000, currency: 'USD' },
      }),
    );
    const [want] = invoiceLines(plain, { subscriptionId: 'S1' }) as [InvoiceLine];
    const [found] = reconcile(plain, [{ ...want, PromotionId: ID }], {
      subscriptionId: 'S1',
    }).different;
    expect(found?.fields).toEqual(['PromotionId']);
    expect([found?.expected.PromotionId, found?.actual.PromotionId]).toEqual(['', ID]);
  });

  it('PL-5: a file without the PromotionId column says nothing of promotions: it matches', () => {
    const { PromotionId: _, ...withoutColumn } = line;
    const result = reconcile(effects, [withoutColumn], { subscriptionId: 'S1' });
    expect(result.different).toEqual([]);
    expect(result.matched).toHaveLength(1);
  });

  it('PL-5: the finding is explained in Korean', () => {
    const result = reconcile(effects, [{ ...line, PromotionId: '' }], {
      subscriptionId: 'S1',
      locale: ko,
    });
    expect(result.different[0]?.message).toContain(
      `PromotionId가 ""(으)로 표시되었으나 규칙상 적용되는 프로모션은 "${ID}"임`,
    );
  });
});

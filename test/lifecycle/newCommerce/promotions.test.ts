import fc from 'fast-check';
import {
  advance,
  chargesBetween,
  createSubscription,
  formatMessage,
  type NewCommerceSubscription,
  type PriceStateKey,
  type Promotion,
  type PromotionNote,
  purchaseCharges,
  renewalForecast,
  transition,
} from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import { upgrade } from 'subscription-rules/new-commerce';
import { invoiceLines } from 'subscription-rules/reconciliation';
import { parsePromotion, parseSubscription } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../_errors.ts';
import { iso } from './_states.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' as const });
const priceKey: PriceStateKey = {
  ProductId: 'CFQ7TTC0HD33',
  SkuId: '0003',
  Market: 'US',
  Currency: 'USD',
  Segment: 'Commercial',
};

/** A promotion as Partner Center's API writes it (the fact sheet's P9 B, its window replaced). */
const resource = (
  id: string,
  startDate: string,
  endDate: string,
  value = '0.05',
  term = { duration: 'P1Y', billingCycle: 'Annual' },
) => ({
  id,
  name: 'Visio Plan 1',
  startDate,
  endDate,
  properties: { isAutoApplicable: true },
  requiredProducts: [
    {
      productId: 'CFQ7TTC0HD33',
      skuId: '0003',
      term,
      pricingPolicies: [{ policyType: 'PercentDiscount', value }],
    },
  ],
});
const read = (value: unknown) => {
  const parsed = parsePromotion(value);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
};
/** 5 % off Visio Plan 1, P1Y billed annually, ordered from 2026-09-23 to 2026-10-14 (the last second). */
const visio = read(
  resource(
    '39NFJQT1PJQB:0001:39NFJQT1Q5KN',
    '2026-09-23T00:00:00+00:00',
    '2026-10-14T23:59:59+00:00',
  ),
);
const START = Date.UTC(2026, 8, 23);
const END = Date.UTC(2026, 9, 14, 23, 59, 59, 999);

/** 10 seats of Visio Plan 1, a year billed annually at 150.00, ordered at `orderedAt`. */
const buy = (orderedAt: number, fields: Record<string, unknown> = {}): NewCommerceSubscription =>
  createSubscription({
    program: 'new-commerce',
    product: 'license-based',
    term: 'P1Y',
    billingFrequency: 'annual',
    quantity: 10,
    orderedAt: iso(orderedAt),
    price: usd(15000),
    priceKey,
    promotion: visio,
    ...fields,
  } as never);

describe('PL-5: promotions applied', () => {
  it('PL-5: a 5 % promotion on a 150.00 term bills 142.50 a seat; the charge says the promotion and the list price', () => {
    const sub = buy(START);
    expect(sub.price).toEqual(usd(14250));
    expect(sub.promotion).toEqual({
      promotionId: '39NFJQT1PJQB:0001:39NFJQT1Q5KN',
      value: '0.05',
      startDate: '2026-09-23T00:00:00.000Z',
      endDate: '2026-10-14T23:59:59.999Z',
      listPrice: usd(15000),
    });
    expect(sub.notes).toBeUndefined();
    expect(purchaseCharges(sub)).toMatchObject([
      {
        kind: 'purchase',
        unitPrice: usd(14250),
        amount: usd(142500),
        promotionId: '39NFJQT1PJQB:0001:39NFJQT1Q5KN',
        listUnitPrice: usd(15000),
      },
    ]);
    // the state with its promotion is a state the schema reads back as it is
    expect(parseSubscription(JSON.parse(JSON.stringify(sub)))).toEqual({ ok: true, value: sub });
  });

  it('PL-7, PL-5: the window holds from its startDate to the last millisecond of the second its endDate names (±1 ms)', () => {
    expect(buy(START - 1).promotion).toBeUndefined();
    expect(buy(START - 1).price).toEqual(usd(15000));
    expect(buy(START - 1).notes?.map((note) => note.message)).toEqual([
      'Promotion 39NFJQT1PJQB:0001:39NFJQT1Q5KN is not applied: the purchase at 2026-09-22T23:59:59.999Z is outside its window 2026-09-23T00:00:00.000Z to 2026-10-14T23:59:59.999Z.',
    ]);
    expect(buy(START).price).toEqual(usd(14250));
    expect(buy(END).price).toEqual(usd(14250));
    expect(buy(END + 1).price).toEqual(usd(15000));
    expect(buy(END + 1).notes?.[0]?.message).toContain('outside its window');
  });

  it('PL-5: a promotion for another term, cycle or product, a state without a priceKey and a trial are not applied, and the notes say why', () => {
    expect(buy(START, { billingFrequency: 'monthly' }).notes?.map((note) => note.message)).toEqual([
      'Promotion 39NFJQT1PJQB:0001:39NFJQT1Q5KN is not applied: none of its products is CFQ7TTC0HD33:0003 for P1Y billed monthly.',
    ]);
    expect(buy(START, { priceKey: { ...priceKey, SkuId: '0001' } }).notes?.[0]?.message).toContain(
      'none of its products is CFQ7TTC0HD33:0001 for P1Y billed annual',
    );
    expect(buy(START, { priceKey: undefined }).notes?.[0]?.message).toContain('has no priceKey');
    const trial = buy(START, { trial: {} });
    expect([trial.price, trial.promotion, trial.notes?.[0]?.message]).toEqual([
      usd(15000),
      undefined,
      expect.stringContaining('a trial is free'),
    ]);
    // the notes are the purchase's: the next state does not carry them
    const next = advance(buy(START - 1), iso(START));
    expect(next.subscription.notes).toBeUndefined();
  });

  it('PL-5, MSG-1: a note has an ID and parameters: formatMessage says it in Korean, and a state with notes reads back as it is', () => {
    const missed = buy(START - 1);
    const [note] = missed.notes ?? [];
    expect(note).toMatchObject({
      messageId: 'lifecycle.nce.promotion.not-applied.outside-window',
      params: { id: '39NFJQT1PJQB:0001:39NFJQT1Q5KN', at: '2026-09-22T23:59:59.999Z' },
    });
    expect(formatMessage(note as PromotionNote)).toBe(note?.message);
    expect(formatMessage(note as PromotionNote, ko)).toBe(
      '프로모션 39NFJQT1PJQB:0001:39NFJQT1Q5KN이(가) 적용되지 않았습니다. 2026년 9월 22일 23시 59분 59초 UTC의 구매가 프로모션 기간 2026년 9월 23일 00:00 UTC~2026년 10월 14일 23시 59분 59초 UTC 밖에 있습니다.',
    );
    const [trialNote] = buy(START, { trial: {} }).notes ?? [];
    expect(formatMessage(trialNote as PromotionNote, ko)).toBe(
      '프로모션 39NFJQT1PJQB:0001:39NFJQT1Q5KN이(가) 적용되지 않았습니다. 평가판은 무료이며, 프로모션은 평가판이 전환되는 구매나 갱신에 적용됩니다.',
    );
    expect(parseSubscription(JSON.parse(JSON.stringify(missed)))).toEqual({
      ok: true,
      value: missed,
    });
  });

  it('PL-5: a bad promotion is a RuleError at input.promotion…', () => {
    expect(errorOf(() => buy(START, { promotion: { ...visio, requiredProducts: [] } }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'input.promotion.requiredProducts',
    });
    expect(
      errorOf(() =>
        buy(START, {
          promotion: {
            ...visio,
            requiredProducts: [
              {
                ...visio.requiredProducts[0],
                pricingPolicies: [{ type: 'FlatDiscount', value: '5' }],
              },
            ],
          },
        }),
      ),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'input.promotion.requiredProducts.0.pricingPolicies.0.type',
    });
  });

  it('PL-5, REC-1: a promoted term’s invoice line prints PromotionId, the list’s UnitPrice and the discounted EffectiveUnitPrice', () => {
    expect(invoiceLines(purchaseCharges(buy(START)), { subscriptionId: 'S1' })).toEqual([
      {
        SubscriptionId: 'S1',
        OrderDate: '2026-09-23',
        ChargeType: 'new',
        ChargeStartDate: '2026-09-23',
        ChargeEndDate: '2027-09-22',
        UnitPrice: '150.00',
        EffectiveUnitPrice: '142.50',
        Quantity: '10',
        BillableQuantity: '10',
        Subtotal: '1425.00',
        Currency: 'USD',
        TermAndBillingCycle: 'Annual term, Annual billing',
        PromotionId: '39NFJQT1PJQB:0001:39NFJQT1Q5KN',
      },
    ]);
  });

  it('PL-5: seats added mid-term pay the promoted price', () => {
    const sub = buy(START);
    const added = transition(sub, {
      type: 'change-quantity',
      at: '2027-03-23T00:00:00Z',
      quantity: 12,
    });
    expect(added.ok && added.effects).toMatchObject([
      {
        kind: 'add-quantity',
        unitPrice: usd(14250),
        promotionId: visio.id,
        listUnitPrice: usd(15000),
      },
    ]);
  });

  it('PL-5: at renewal the promotion is kept only when the renewal instant is inside its window (±1 ms), else the list price', () => {
    const long = (endDate: string) => read(resource('LONG', '2026-09-01T00:00:00Z', endDate));
    // bought 2026-09-23: the renewal is at 2027-09-23T00:00Z
    const RENEWAL = Date.UTC(2027, 8, 23);
    const renewal = (endDate: string) =>
      chargesBetween(buy(START, { promotion: long(endDate) }), iso(START), iso(RENEWAL)).at(-1);
    expect(renewal(iso(RENEWAL))).toMatchObject({
      kind: 'renewal',
      unitPrice: usd(14250),
      promotionId: 'LONG',
      listUnitPrice: usd(15000),
    });
    const lost = renewal(iso(RENEWAL - 1));
    expect(lost).toMatchObject({ kind: 'renewal', unitPrice: usd(15000) });
    expect(lost && 'promotionId' in lost).toBe(false);
    const after = advance(buy(START, { promotion: long(iso(RENEWAL - 1)) }), iso(RENEWAL));
    expect([after.subscription.price, after.subscription.promotion]).toEqual([
      usd(15000),
      undefined,
    ]);
  });

  it('PL-5: at renewal outside the term’s promotion, a listed promotion for the renewal’s product, term and cycle applies inside its window (±1 ms)', () => {
    const RENEWAL = Date.UTC(2027, 8, 23);
    const next = (start: number) =>
      read(resource('NEXT', iso(start), '2027-12-31T23:59:59Z', '0.10'));
    const renewal = (promotions: unknown[]) =>
      chargesBetween(buy(START), iso(START), iso(RENEWAL), { promotions } as never).at(-1);
    expect(renewal([next(RENEWAL)])).toMatchObject({ unitPrice: usd(13500), promotionId: 'NEXT' });
    expect(renewal([next(RENEWAL + 1)])).toMatchObject({ unitPrice: usd(15000) });
    // one for another cycle does not apply
    const monthly = read(
      resource('M', iso(RENEWAL), '2027-12-31T23:59:59Z', '0.10', {
        duration: 'P1Y',
        billingCycle: 'Monthly',
      }),
    );
    expect(renewal([monthly])).toMatchObject({ unitPrice: usd(15000) });
    expect(errorOf(() => renewal('no' as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.promotions',
    });
  });

  it('PL-5: an upgrade loses the promotion; a term change takes one given for the new term and cycle', () => {
    const sub = buy(START);
    const up = upgrade(sub, {
      at: '2026-11-01T00:00:00Z',
      to: { offerId: 'CFQ7TTC0HD32:0001', price: usd(30000) },
    });
    expect(up.ok && [up.target.price, up.target.promotion]).toEqual([usd(30000), undefined]);
    const monthlyTerm = buy(START, {
      term: 'P1M',
      billingFrequency: 'monthly',
      price: usd(1500),
      promotion: undefined,
    });
    const three = read(
      resource('P3Y', '2026-10-01T00:00:00Z', '2026-10-31T23:59:59Z', '0.05', {
        duration: 'P3Y',
        billingCycle: 'Annual',
      }),
    );
    const changed = transition(
      monthlyTerm,
      {
        type: 'change-term',
        at: '2026-10-01T00:00:00Z',
        term: 'P3Y',
        billingFrequency: 'annual',
        price: usd(45000),
      },
      { promotions: [three] },
    );
    expect(
      changed.ok && [changed.subscription.price, changed.subscription.promotion?.promotionId],
    ).toEqual([usd(42750), 'P3Y']);
    expect(changed.ok && changed.effects.find((e) => e.type === 'charge')).toMatchObject({
      kind: 'term-change',
      unitPrice: usd(42750),
      promotionId: 'P3Y',
      listUnitPrice: usd(45000),
    });
    const early = transition(
      monthlyTerm,
      {
        type: 'change-term',
        at: '2026-09-30T23:59:59.999Z',
        term: 'P3Y',
        billingFrequency: 'annual',
        price: usd(45000),
      },
      { promotions: [three] },
    );
    expect(early.ok && [early.subscription.price, early.subscription.promotion]).toEqual([
      usd(45000),
      undefined,
    ]);
  });

  it('PL-5, PL-4: renewalForecast says the promotion a renewal takes, its after the discounted price', () => {
    const RENEWAL = Date.UTC(2027, 8, 23);
    const promotion = read(resource('NEXT', iso(RENEWAL), '2027-12-31T23:59:59Z', '0.10'));
    const forecast = renewalForecast(buy(START), { to: iso(RENEWAL + 1), promotions: [promotion] });
    expect(forecast.renewals).toMatchObject([
      { at: iso(RENEWAL), before: usd(14250), after: usd(13500), promotionId: 'NEXT' },
    ]);
  });
});

describe('PL-5 properties', () => {
  const windows = fc
    .tuple(
      fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2029, 0, 1) }),
      fc.integer({ min: 0, max: 800 * 86_400_000 }),
      fc.constantFrom('0.05', '0.1', '0.167', '0.5', '1'),
      fc.constantFrom('Annual', 'Monthly'),
    )
    .map(([start, length, value, billingCycle]) =>
      read(
        resource(`P${start}-${length}`, iso(start), iso(start + length), value, {
          duration: 'P1Y',
          billingCycle,
        }),
      ),
    );

  it('PL-5: the lock — a state’s charges within its term never change with the promotions given', () => {
    fc.assert(
      fc.property(
        fc.array(windows, { maxLength: 4 }),
        fc.array(windows, { maxLength: 4 }),
        (a, b) => {
          const sub = buy(START);
          // the term runs to 2027-09-23: inside it, only the term's own promotion counts
          const inTerm = (promotions: readonly Promotion[]) =>
            chargesBetween(sub, sub.asOf, '2027-09-22T23:59:59.999Z', { promotions });
          expect(inTerm(a)).toEqual(inTerm(b));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('PL-5: renewalForecast agrees with chargesBetween under the same promotions', () => {
    fc.assert(
      fc.property(
        fc.array(windows, { maxLength: 4 }),
        fc.integer({ min: 0, max: 3 }),
        (promotions, years) => {
          const sub = buy(START);
          const to = iso(Date.UTC(2027 + years, 8, 23) + 1);
          const forecast = renewalForecast(sub, { to, promotions });
          const renewals = chargesBetween(sub, sub.asOf, to, { promotions }).filter(
            (c) => c.kind === 'renewal',
          );
          expect(forecast.renewals.map((r) => [r.at, r.after.amount, r.promotionId])).toEqual(
            renewals.map((c) => [c.at, c.unitPrice.amount, c.promotionId]),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

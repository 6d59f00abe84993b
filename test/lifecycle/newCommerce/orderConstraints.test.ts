import fc from 'fast-check';
import {
  allowedActions,
  checkOrder,
  createSubscription,
  type Holding,
  type NewCommerceSubscription,
  transition,
} from 'subscription-rules';
import { holdings as holdingsArbitrary } from 'subscription-rules/arbitraries';
import { ko } from 'subscription-rules/locales/ko';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../_errors.ts';

const ORDERED = '2026-11-20T10:00:00Z';

function seats(
  offerId: string,
  quantity: number,
  term: 'P1M' | 'P1Y' | 'P3Y' = 'P1Y',
  billingFrequency: 'monthly' | 'annual' | 'triennial' = 'annual',
  orderedAt = ORDERED,
): NewCommerceSubscription {
  return createSubscription({
    program: 'new-commerce',
    product: 'license-based',
    term,
    billingFrequency,
    quantity,
    orderedAt,
    offerId,
  }) as NewCommerceSubscription;
}

const reduce = (sub: NewCommerceSubscription, quantity: number, at: string, holdings?: Holding[]) =>
  transition(
    sub,
    { type: 'change-quantity', quantity, at },
    holdings === undefined ? {} : { holdings },
  );

describe('New Commerce transition and allowedActions with order constraints', () => {
  it('ORD-6, ORD-11 worked 7: a P3Y E3 of 100 seats → 99 on its third day is refused ORDER_CONSTRAINT; on its tenth day REDUCTION_NOT_ALLOWED (the window first)', () => {
    const e3 = seats('microsoft-365-e3', 100, 'P3Y', 'annual');
    const third = reduce(e3, 99, '2026-11-22T10:00:00Z');
    expect(third.ok).toBe(false);
    if (third.ok) return;
    expect([third.code, third.refusals?.map((r) => [r.code, r.limit, r.actual])]).toEqual([
      'ORDER_CONSTRAINT',
      [['below-minimum', 100, 99]],
    ]);
    expect(third.message).toBe(
      'A P3Y subscription of microsoft-365-e3 needs at least 100 seats; the order has 99.',
    );
    const tenth = reduce(e3, 99, '2026-11-30T10:00:00Z');
    expect(tenth.ok || tenth.code).toBe('REDUCTION_NOT_ALLOWED');
    // adding seats stays allowed, and so does the last day of the window for 100 → 100 + n → 100
    expect(reduce(e3, 150, '2026-11-22T10:00:00Z').ok).toBe(true);
  });

  it('ORD-6: the refusal speaks the locale; without holdings the caps are not checked, with them they are', () => {
    const premium = seats('microsoft-365-business-premium', 151);
    const korean = transition(
      premium,
      { type: 'change-quantity', quantity: 160, at: '2026-11-21T00:00:00Z' },
      {
        locale: ko,
        holdings: [{ offer: 'microsoft-365-business-standard', quantity: 149 }],
      },
    );
    expect(korean.ok || [korean.code, korean.message]).toEqual([
      'ORDER_CONSTRAINT',
      'microsoft-365-business-premium은(는) 제품군 전체 최대 300개 라이선스 한도에 포함됩니다(business-family-300). 이 주문으로 고객의 라이선스는 309개가 됩니다.',
    ]);
    const unchecked = reduce(premium, 160, '2026-11-21T00:00:00Z');
    expect(unchecked.ok && unchecked.warnings?.map((w) => [w.code, w.message])).toEqual([
      [
        'ORDER_CAPS_NOT_CHECKED',
        'No holdings were given: the caps across the customer’s subscriptions were not checked.',
      ],
    ]);
    const koUnchecked = transition(
      premium,
      { type: 'change-quantity', quantity: 160, at: '2026-11-21T00:00:00Z' },
      { locale: ko },
    );
    expect(koUnchecked.ok && koUnchecked.warnings?.[0]?.message).toBe(
      '보유 구독이 주어지지 않아 고객의 구독 전체에 대한 한도는 확인하지 않았습니다.',
    );
    const given = reduce(premium, 160, '2026-11-21T00:00:00Z', []);
    expect(given.ok && given.warnings).toBeUndefined();
    expect(
      reduce(premium, 160, '2026-11-21T00:00:00Z', [
        { offer: 'microsoft-365-business-basic', quantity: 140 },
      ]).ok,
    ).toBe(true);
    expect(
      reduce(premium, 161, '2026-11-21T00:00:00Z', [
        { offer: 'microsoft-365-business-basic', quantity: 140 },
      ]).ok,
    ).toBe(false);
  });

  it('ORD-6: schedule-renewal is judged at the term’s end, and change-term by the new term', () => {
    const e3 = seats('microsoft-365-e3', 99, 'P1Y', 'annual');
    const renewal = transition(e3, {
      type: 'schedule-renewal',
      at: '2026-12-01T00:00:00Z',
      term: 'P3Y',
      billingFrequency: 'annual',
      price: { amount: 100, currency: 'USD' },
    });
    expect(renewal.ok || renewal.refusals?.map((r) => r.code)).toEqual(['below-minimum']);
    const monthly = transition(seats('microsoft-365-e5', 120, 'P1Y', 'monthly'), {
      type: 'schedule-renewal',
      at: '2026-12-01T00:00:00Z',
      term: 'P3Y',
      billingFrequency: 'monthly',
      price: { amount: 100, currency: 'USD' },
    });
    expect(monthly.ok || monthly.refusals?.map((r) => r.code)).toEqual(['billing-not-allowed']);
    const changeTerm = transition(e3, {
      type: 'change-term',
      at: '2026-12-01T00:00:00Z',
      term: 'P3Y',
      billingFrequency: 'annual',
      price: { amount: 100, currency: 'USD' },
    });
    expect(changeTerm.ok || changeTerm.code).toBe('ORDER_CONSTRAINT');
    const fine = transition(seats('microsoft-365-e3', 100), {
      type: 'change-term',
      at: '2026-12-01T00:00:00Z',
      term: 'P3Y',
      billingFrequency: 'annual',
      price: { amount: 100, currency: 'USD' },
    });
    expect(fine.ok).toBe(true);
  });

  it('ORD-7: allowedActions reports the seat bounds of change-quantity with the reason', () => {
    const premium = seats('microsoft-365-business-premium', 151);
    const change = allowedActions(premium, '2026-11-21T00:00:00Z', {
      holdings: [{ offer: 'microsoft-365-business-standard', quantity: 100 }],
    }).find((a) => a.type === 'change-quantity');
    expect(change).toMatchObject({ minQuantity: 1, maxQuantity: 200 });
    expect(change && 'maxQuantityBy' in change && change.maxQuantityBy?.constraintId).toBe(
      'business-family-300',
    );
    const e3 = seats('microsoft-365-e3', 120, 'P3Y', 'triennial');
    const bounds = allowedActions(e3, '2026-11-22T00:00:00Z').find(
      (a) => a.type === 'change-quantity',
    );
    expect(bounds).toMatchObject({ minQuantity: 100, maxReduction: 119 });
    expect(bounds && 'maxQuantity' in bounds).toBe(false);
    // after the window, the floor is NCE-6's: every seat held
    const later = allowedActions(e3, '2026-12-20T00:00:00Z').find(
      (a) => a.type === 'change-quantity',
    );
    expect(later).toMatchObject({ minQuantity: 120 });
  });

  it('ORD-9: holdings that are not a list of holdings are a RuleError at holdings, for transition and allowedActions alike', () => {
    const premium = seats('microsoft-365-business-premium', 1);
    for (const holdings of [{}, 'x', [{ offer: 'microsoft-365-e3', quantity: -1 }]] as never[]) {
      expect(
        errorOf(() => allowedActions(premium, '2026-11-21T00:00:00Z', { holdings })),
      ).toMatchObject({
        path: expect.stringMatching(/^holdings/),
      });
      expect(
        errorOf(() =>
          transition(
            premium,
            { type: 'change-quantity', quantity: 2, at: '2026-11-21T00:00:00Z' },
            { holdings },
          ),
        ),
      ).toMatchObject({
        path: expect.stringMatching(/^holdings/),
      });
    }
  });

  describe('properties', () => {
    it('ORD-7: every allowedActions bound is one checkOrder accepts, and one seat past it is refused', () => {
      const offers = [
        'microsoft-365-business-basic',
        'microsoft-365-business-premium',
        'microsoft-365-e3',
        'microsoft-365-copilot',
        'microsoft-365-multi-geo',
      ];
      fc.assert(
        fc.property(
          fc.constantFrom(...offers),
          fc.integer({ min: 1, max: 320 }),
          holdingsArbitrary({ offers, maxQuantity: 250 }),
          (offer, quantity, holdings) => {
            const sub = seats(offer, quantity);
            const at = '2026-12-20T00:00:00Z';
            const change = allowedActions(sub, at, { holdings }).find(
              (a) => a.type === 'change-quantity',
            );
            if (change === undefined || change.type !== 'change-quantity') return;
            const self: Holding = {
              id: 'me',
              offer,
              quantity,
              term: 'P1Y',
              billingFrequency: 'annual',
            };
            const all = [...holdings, self];
            const order = (q: number) =>
              ({
                offer,
                quantity: q,
                term: 'P1Y',
                billingFrequency: 'annual',
                subscriptionId: 'me',
              }) as const;
            const seatCodes = /minimum|maximum|family-cap|add-on/;
            const refusedBySeats = (q: number) => {
              const r = checkOrder(order(q), all, { at });
              return !r.ok && r.refusals.some((x) => seatCodes.test(x.code));
            };
            if (change.maxQuantity !== undefined) {
              expect(refusedBySeats(change.maxQuantity)).toBe(false);
              expect(refusedBySeats(change.maxQuantity + 1)).toBe(true);
            }
            if (change.minQuantityBy !== undefined && change.minQuantity !== undefined) {
              expect(refusedBySeats(change.minQuantity)).toBe(false);
              expect(refusedBySeats(change.minQuantity - 1)).toBe(true);
            }
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});

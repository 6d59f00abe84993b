import fc from 'fast-check';
import {
  RuleError,
  reservationExchange,
  reservationRefund,
  savingsPlanCancellation,
} from 'subscription-rules';
import { refundHistory, reservation } from 'subscription-rules/arbitraries';
import { parseRefundHistory, parseReservation, parseSavingsPlan } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';

const valid = {
  id: 'vm-3y',
  type: 'virtual-machines',
  term: 'P3Y',
  billingPlan: 'monthly',
  purchasedAt: '2026-01-15T09:00:00+09:00',
  price: { amount: 360_000, currency: 'EUR' },
  currentPrice: { amount: 350_000, currency: 'EUR' },
  usdRate: '1.0825',
};

/** Whether a call throws a RuleError (anything else is rethrown). */
const throws = (run: () => unknown): boolean => {
  try {
    run();
    return false;
  } catch (error) {
    if (error instanceof RuleError) return true;
    throw error;
  }
};

describe('parseReservation, parseRefundHistory, parseSavingsPlan', () => {
  it('ERR-2, RES-1: a valid reservation comes back in canonical form, its purchase instant in ISO UTC', () => {
    expect(parseReservation(valid)).toEqual({
      ok: true,
      value: { ...valid, purchasedAt: '2026-01-15T00:00:00.000Z' },
    });
  });

  it('ERR-2, RES-1: every issue at its path with its code — a current price in another currency, a bad rate, an unknown key, a forbidden key', () => {
    const result = parseReservation({
      ...valid,
      currentPrice: { amount: 1, currency: 'USD' },
    });
    expect(result.ok || result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['CURRENCY_MISMATCH', 'currentPrice.currency'],
    ]);
    const broken = parseReservation({ ...valid, usdRate: '0', term: 'P1M', extra: 1 });
    expect(broken.ok || broken.issues.map((issue) => issue.path).sort()).toEqual([
      '',
      'term',
      'usdRate',
    ]);
    expect(broken.ok || broken.issues.find((issue) => issue.path === '')?.message).toContain(
      'extra',
    );
    const forbidden = parseReservation(JSON.parse(`{"__proto__": {}, "id": "x"}`));
    expect(forbidden.ok || forbidden.issues.some((issue) => issue.path === '__proto__')).toBe(true);
    expect(parseReservation([valid]).ok).toBe(false);
  });

  it('ERR-2, RES-1: a rate is read by its value, and refused for what is wrong with it: 1e-7 read, 1e6 past the largest rate, 1e-11 for its decimals (found by review)', () => {
    expect(parseReservation({ ...valid, usdRate: 1e-7 }).ok).toBe(true);
    const message = (usdRate: unknown): string[] => {
      const result = parseReservation({ ...valid, usdRate });
      return result.ok ? [] : result.issues.map((issue) => issue.message);
    };
    expect(message(1e6)).toEqual(['expected a rate in USD per unit of at most 900719.9254740991']);
    expect(message(1e-11)).toEqual([
      'expected a rate in USD per unit: a decimal > 0 with at most 10 decimals',
    ]);
  });

  it('ERR-2, RES-1: a refund history is a list; one not in USD needs its rate; instants come back in ISO UTC', () => {
    expect(
      parseRefundHistory([
        {
          at: '2026-03-01T10:00:00+10:00',
          cancelledCommitment: { amount: 1000, currency: 'EUR' },
          usdRate: 1.08,
        },
      ]),
    ).toEqual({
      ok: true,
      value: [
        {
          at: '2026-03-01T00:00:00.000Z',
          cancelledCommitment: { amount: 1000, currency: 'EUR' },
          usdRate: 1.08,
        },
      ],
    });
    const missing = parseRefundHistory([
      { at: '2026-03-01T00:00:00Z', cancelledCommitment: { amount: 1, currency: 'USD' } },
      { at: '2026-03-01T00:00:00Z', cancelledCommitment: { amount: 1, currency: 'EUR' } },
    ]);
    expect(missing.ok || missing.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['MISSING_FIELD', '1.usdRate'],
    ]);
    const negative = parseRefundHistory([
      { at: 'yesterday', cancelledCommitment: { amount: -1, currency: 'USD' } },
    ]);
    expect(negative.ok || negative.issues.map((issue) => issue.path).sort()).toEqual([
      '0.at',
      '0.cancelledCommitment.amount',
    ]);
    expect(parseRefundHistory({ refunds: [] })).toMatchObject({
      ok: false,
      issues: [{ path: '', code: 'INVALID_ARGUMENT' }],
    });
    expect(parseRefundHistory(undefined)).toMatchObject({
      ok: false,
      issues: [{ path: '', code: 'MISSING_FIELD' }],
    });
  });

  it('ERR-2, RES-2: a savings plan has an id, a term of one or three years and an instant', () => {
    expect(
      parseSavingsPlan({ id: 'sp', term: 'P1Y', purchasedAt: '2026-01-01T00:00:00Z' }),
    ).toEqual({
      ok: true,
      value: { id: 'sp', term: 'P1Y', purchasedAt: '2026-01-01T00:00:00.000Z' },
    });
    const bad = parseSavingsPlan({ id: '', term: 'P3Y', purchasedAt: '2026-02-30T00:00:00Z' });
    expect(bad.ok || bad.issues.map((issue) => issue.path).sort()).toEqual(['id', 'purchasedAt']);
  });

  describe('properties', () => {
    it('ERR-2: every reservation the arbitrary makes parses, and the functions answer its parsed value as they answer it', () => {
      fc.assert(
        fc.property(reservation(), (r) => {
          const parsed = parseReservation(r);
          if (!parsed.ok) return false;
          expect(reservationRefund(parsed.value, r.purchasedAt)).toEqual(
            reservationRefund(r, r.purchasedAt),
          );
          return true;
        }),
      );
    });

    it('ERR-2, RES-1: the parser and the functions accept and reject the same reservations, each field broken at random', () => {
      const broken = fc.record({
        id: fc.constantFrom('r', '', 3, undefined),
        type: fc.constantFrom('storage', 'red-hat', '', null),
        term: fc.constantFrom('P1Y', 'P3Y', 'P1M', undefined),
        billingPlan: fc.constantFrom('upfront', 'monthly', 'yearly'),
        purchasedAt: fc.constantFrom('2026-01-01T00:00:00Z', '2026-02-30T00:00:00Z', '2026-01-01'),
        price: fc.constantFrom(
          { amount: 100, currency: 'USD' },
          { amount: -1, currency: 'USD' },
          { amount: 1.5, currency: 'USD' },
          { amount: 100, currency: 'usd' },
        ),
        currentPrice: fc.constantFrom(
          undefined,
          { amount: 50, currency: 'USD' },
          { amount: 50, currency: 'EUR' },
        ),
        // numbers are read by their value: 1e-7 and 2.5e-9 have ≤ 10 decimals, 1e-11 has 11, and
        // 1e6 and 900719.9254740992 are past the largest rate
        usdRate: fc.constantFrom(
          undefined,
          '1.1',
          '0',
          'abc',
          2,
          -2,
          '0.00000000001',
          1e-7,
          2.5e-9,
          1e-11,
          1e6,
          '900719.9254740992',
          900719.9254740991,
        ),
      });
      fc.assert(
        fc.property(broken, (input) => {
          const record = Object.fromEntries(
            Object.entries(input).filter(([, value]) => value !== undefined),
          );
          const at = '2026-06-01T00:00:00Z';
          expect(parseReservation(record).ok).toBe(
            !throws(() => reservationExchange(record as never, at)),
          );
        }),
      );
    });

    it('ERR-2, RES-1: the parser accepts a history exactly when reservationRefund reads it', () => {
      const reservationBought = {
        id: 'r',
        type: 'storage',
        term: 'P1Y',
        billingPlan: 'upfront',
        purchasedAt: '2031-01-01T00:00:00Z',
        price: { amount: 0, currency: 'USD' },
      } as const;
      const entry = fc.record({
        at: fc.constantFrom('2030-01-01T00:00:00Z', 'soon'),
        cancelledCommitment: fc.constantFrom(
          { amount: 5, currency: 'USD' },
          { amount: 5, currency: 'JPY' },
          { amount: -5, currency: 'USD' },
        ),
        usdRate: fc.constantFrom(undefined, '0.0067', '-1'),
      });
      fc.assert(
        fc.property(fc.oneof(refundHistory(), fc.array(entry, { maxLength: 3 })), (history) => {
          const list = history.map((refund) =>
            Object.fromEntries(Object.entries(refund).filter(([, value]) => value !== undefined)),
          );
          expect(parseRefundHistory(list).ok).toBe(
            !throws(() =>
              reservationRefund(reservationBought, '2031-01-01T00:00:00Z', {
                refunds: list as never,
              }),
            ),
          );
        }),
      );
    });

    it('ERR-2, RES-2: the parser accepts a savings plan exactly when savingsPlanCancellation reads it', () => {
      const plan = fc.record({
        id: fc.constantFrom('sp', ''),
        term: fc.constantFrom('P1Y', 'P3Y', 'P2Y'),
        purchasedAt: fc.constantFrom('2026-01-01T00:00:00Z', '2026-13-01T00:00:00Z'),
      });
      fc.assert(
        fc.property(plan, (p) => {
          expect(parseSavingsPlan(p).ok).toBe(
            !throws(() => savingsPlanCancellation(p as never, '2026-06-01T00:00:00Z')),
          );
        }),
      );
    });
  });
});

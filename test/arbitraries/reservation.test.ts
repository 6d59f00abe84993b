import fc from 'fast-check';
import { refundHistory, reservation } from 'subscription-rules/arbitraries';
import { parseRefundHistory, parseReservation } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { accepted, sameSamplesForOneSeed } from './_check.ts';

describe('reservation() and refundHistory()', () => {
  it('RES-1: every reservation is one parseReservation accepts unchanged, with a rate exactly when it is not in USD', () => {
    fc.assert(
      fc.property(reservation(), (r) => {
        expect(accepted(parseReservation, r)).toEqual(r);
        expect(r.usdRate === undefined).toBe(r.price.currency === 'USD');
        expect(r.currentPrice === undefined || r.currentPrice.currency === r.price.currency).toBe(
          true,
        );
      }),
    );
  });

  it('RES-1: samples keep to the range, currencies, types and largest price asked for, and reach every kind', () => {
    fc.assert(
      fc.property(
        reservation({
          from: '2027-01-01T00:00:00Z',
          to: '2027-02-01T00:00:00Z',
          currencies: ['JPY'],
          types: ['storage'],
          maxPrice: 500,
        }),
        (r) => {
          expect(r.purchasedAt >= '2027-01-01T00:00:00.000Z').toBe(true);
          expect(r.purchasedAt <= '2027-02-01T00:00:00.000Z').toBe(true);
          expect([r.price.currency, r.type]).toEqual(['JPY', 'storage']);
          expect(r.price.amount).toBeLessThanOrEqual(500);
        },
      ),
    );
    const samples = fc.sample(reservation(), { seed: 7, numRuns: 400 });
    const kinds = new Set(samples.map((r) => `${r.term} ${r.billingPlan}`));
    expect(kinds.size).toBe(4);
    expect(samples.some((r) => r.type === 'databricks')).toBe(true);
    expect(samples.some((r) => r.currentPrice !== undefined)).toBe(true);
    expect(samples.some((r) => r.price.amount > 5_000_000)).toBe(true);
  });

  it('RES-1: every history is one parseRefundHistory accepts unchanged, within its range and length', () => {
    fc.assert(
      fc.property(
        refundHistory({ from: '2026-01-01T00:00:00Z', to: '2026-06-01T00:00:00Z', maxLength: 3 }),
        (history) => {
          expect(accepted(parseRefundHistory, history)).toEqual(history);
          expect(history.length).toBeLessThanOrEqual(3);
          for (const refund of history) {
            expect(
              refund.at >= '2026-01-01T00:00:00.000Z' && refund.at <= '2026-06-01T00:00:00.000Z',
            ).toBe(true);
            expect(refund.usdRate === undefined).toBe(
              refund.cancelledCommitment.currency === 'USD',
            );
          }
        },
      ),
    );
  });

  it('determinism: one seed, one sequence of samples', () => {
    sameSamplesForOneSeed(() => reservation());
    sameSamplesForOneSeed(() => refundHistory({ maxLength: 4 }));
  });

  it('ERR-1: bad constraints are a RuleError naming the field', () => {
    expect(errorOf(() => reservation({ types: [] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.types',
    });
    expect(errorOf(() => reservation({ currencies: ['usd' as never] }))).toEqual({
      code: 'UNKNOWN_CURRENCY',
      path: 'constraints.currencies.0',
    });
    expect(errorOf(() => reservation({ maxPrice: -1 }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.maxPrice',
    });
    expect(
      errorOf(() => refundHistory({ from: '2027-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })),
    ).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'constraints.to',
    });
    expect(errorOf(() => refundHistory({ maxLength: 1.5 }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.maxLength',
    });
  });
});

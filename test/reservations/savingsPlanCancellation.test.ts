import fc from 'fast-check';
import { formatMessage, type SavingsPlan, savingsPlanCancellation } from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import { describe, expect, it } from 'vitest';
import { isoInstant } from '../_arbitraries.ts';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';

const plan: SavingsPlan = { id: 'sp-1', term: 'P3Y', purchasedAt: '2026-05-31T10:00:00Z' };

describe('savingsPlanCancellation', () => {
  it('RES-2: all savings plan purchases are final — from the instant of purchase on, with the term’s end (TIME-4) named', () => {
    expect(savingsPlanCancellation(plan, '2026-05-31T10:00:00Z')).toEqual({
      ok: false,
      outcome: 'not-cancellable',
      code: 'NOT_CANCELLABLE',
      rule: 'RES-2',
      termEndsAt: '2029-05-31T10:00:00.000Z',
      messageId: 'reservation.savings-plan.final',
      params: { termEndsAt: '2029-05-31T10:00:00.000Z' },
      message:
        'All savings plan purchases are final: the plan cannot be cancelled, refunded or exchanged, and runs until 2029-05-31T10:00:00.000Z.',
    });
    expect(
      savingsPlanCancellation(
        { ...plan, term: 'P1Y', purchasedAt: '2024-02-29T00:00:00Z' },
        '2024-03-01T00:00:00Z',
      ).termEndsAt,
    ).toBe('2025-02-28T00:00:00.000Z');
    expect(savingsPlanCancellation(plan, '2030-01-01T00:00:00Z').outcome).toBe('not-cancellable');
  });

  it('RES-2: an instant 1 ms before the purchase is OUT_OF_ORDER; a bad plan is named at its field', () => {
    expect(errorOf(() => savingsPlanCancellation(plan, '2026-05-31T09:59:59.999Z'))).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'at',
    });
    expect(
      errorOf(() =>
        savingsPlanCancellation({ ...plan, term: 'P1M' } as never, '2027-01-01T00:00:00Z'),
      ),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'plan.term',
    });
    expect(errorOf(() => savingsPlanCancellation(null as never, '2027-01-01T00:00:00Z'))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'plan',
    });
    expect(
      errorOf(() => savingsPlanCancellation(plan, '2027-01-01T00:00:00Z', 3 as never)),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options',
    });
  });

  it('MSG-1: in Korean, and from its JSON', () => {
    const korean = savingsPlanCancellation(plan, '2027-01-01T00:00:00Z', { locale: ko });
    expect(korean.message).toContain('절약 플랜');
    expect(korean.message).toContain('2029년 5월 31일');
    const english = savingsPlanCancellation(plan, '2027-01-01T00:00:00Z');
    expect(formatMessage(JSON.parse(JSON.stringify(english)))).toBe(english.message);
    expect(formatMessage(english, ko)).toBe(korean.message);
  });

  describe('properties', () => {
    const plans = fc
      .record({
        id: fc.constantFrom('sp-1', 'sp-2'),
        term: fc.constantFrom('P1Y', 'P3Y'),
        purchasedAt: isoInstant,
      })
      .chain((p) =>
        fc
          .nat({ max: 4 * 366 * 86_400_000 })
          .map(
            (later) =>
              [p, new Date(Date.parse(p.purchasedAt) + later).toISOString()] as [
                SavingsPlan,
                string,
              ],
          ),
      );

    it('RES-2: the answer is always not-cancellable, whenever it is asked', () => {
      fc.assert(
        fc.property(
          plans,
          ([p, at]) => savingsPlanCancellation(p, at).outcome === 'not-cancellable',
        ),
      );
    });

    itKeepsTheContract('savingsPlanCancellation', savingsPlanCancellation, plans);
  });
});

import fc from 'fast-check';
import { cancellationDecision, partnerCenterPolicies } from 'subscription-rules';
import { purchase } from 'subscription-rules/arbitraries';
import { parsePurchase } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { accepted, sameSamplesForOneSeed } from './_check.ts';

const DAY = 86_400_000;

describe('purchase()', () => {
  it('ERR-2: every sample is a purchase parsePurchase accepts unchanged', () => {
    fc.assert(
      fc.property(purchase(), (value) => {
        expect(accepted(parsePurchase, value)).toEqual(value);
      }),
    );
  });

  it('REF-1: no sample makes cancellationDecision throw, for any at from orderedAt on', () => {
    fc.assert(
      fc.property(purchase(), fc.integer({ min: 0, max: 20 * 366 * DAY }), (value, wait) => {
        const at = new Date(Date.parse(value.orderedAt as string) + wait).toISOString();
        expect(cancellationDecision(value, at).policyId).toMatch(/^partner-center-/);
      }),
      { numRuns: 500 },
    );
  });

  it('REF-1: with currentTermEnds, no sample makes cancellationDecision throw for any at up to the range end', () => {
    const to = '2031-01-01T00:00:00.000Z';
    const samples = fc.sample(purchase({ to, currentTermEnds: true }), { seed: 3, numRuns: 100 });
    expect(samples.some((value) => value.currentTermEnd !== undefined)).toBe(true);
    expect(
      fc
        .sample(purchase(), { seed: 3, numRuns: 100 })
        .some((value) => value.currentTermEnd !== undefined),
    ).toBe(false);
    fc.assert(
      fc.property(
        purchase({ to, currentTermEnds: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (value, share) => {
          const orderedMs = Date.parse(value.orderedAt as string);
          const at = new Date(
            orderedMs + Math.floor(share * (Date.parse(to) - orderedMs)),
          ).toISOString();
          expect(cancellationDecision(value, at).policyId).toMatch(/^partner-center-/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('REF-1: with a policy, the purchase follows its products and the decision names it', () => {
    const policy = partnerCenterPolicies[0];
    fc.assert(
      fc.property(purchase({ policy, products: ['marketplace-saas'] }), (value) => {
        expect(value.product).toBe('marketplace-saas');
        expect(value.billingCycle).toBeDefined();
        expect(cancellationDecision(value, value.orderedAt, { policy }).policyId).toBe(policy.id);
      }),
    );
  });

  it('samples keep to the products and order dates asked for, and every product comes up', () => {
    const from = '2021-03-08T00:00:00Z';
    const to = '2021-03-09T00:00:00Z';
    fc.assert(
      fc.property(
        purchase({
          from,
          to,
          products: ['software-subscription', 'windows-7-esu'],
          currentTermEnds: true,
        }),
        (value) => {
          expect(['software-subscription', 'windows-7-esu']).toContain(value.product);
          const ms = Date.parse(value.orderedAt as string);
          expect(ms >= Date.parse(from) && ms <= Date.parse(to)).toBe(true);
          if (value.currentTermEnd !== undefined) {
            expect(Date.parse(value.currentTermEnd as string)).toBeGreaterThan(Date.parse(to));
            expect(Date.parse(value.currentTermEnd as string)).toBeLessThanOrEqual(
              Date.parse(to) + 3 * 366 * DAY,
            );
          }
        },
      ),
    );
    const products = new Set(
      fc.sample(purchase({ program: 'legacy' }), { seed: 8, numRuns: 200 }).map((p) => p.product),
    );
    expect(products.size).toBe(6);
  });

  it('determinism: one seed, one sequence of samples', () => {
    sameSamplesForOneSeed(() => purchase());
  });

  it('ERR-1: bad constraints are a RuleError naming the field', () => {
    expect(errorOf(() => purchase({ products: ['office' as never] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.products.0',
    });
    expect(errorOf(() => purchase({ currencies: ['XXX' as never] }))).toEqual({
      code: 'UNKNOWN_CURRENCY',
      path: 'constraints.currencies.0',
    });
    expect(errorOf(() => purchase({ to: '9500-01-01T00:00:00Z' }))).toEqual({
      code: 'OUT_OF_RANGE',
      path: 'constraints.to',
    });
    expect(errorOf(() => purchase({ policy: { id: 'x' } as never }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.policy.title',
    });
  });
});

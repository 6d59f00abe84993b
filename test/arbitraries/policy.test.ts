import fc from 'fast-check';
import {
  cancellationDecision,
  definePolicy,
  partnerCenterPolicies,
  quote,
} from 'subscription-rules';
import { money, policy, purchase, taxRate } from 'subscription-rules/arbitraries';
import { parsePolicy } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { accepted, sameSamplesForOneSeed } from './_check.ts';

describe('policy()', () => {
  it('POL-1: every sample is a policy parsePolicy and definePolicy accept unchanged', () => {
    fc.assert(
      fc.property(policy(), (value) => {
        expect(accepted(parsePolicy, value)).toEqual(value);
        expect(definePolicy(JSON.parse(JSON.stringify(value)))).toEqual(value);
      }),
      { numRuns: 50 },
    );
  });

  it('POL-1: samples vary the numbers and lists, and keep the base product kinds', () => {
    const samples = fc.sample(policy(), { seed: 6, numRuns: 50 });
    expect(new Set(samples.map((p) => p.trialDays)).size).toBeGreaterThan(10);
    expect(new Set(samples.map((p) => p.taxInclusiveMarkets.length)).size).toBeGreaterThan(2);
    for (const sample of samples) {
      const base = partnerCenterPolicies.find((p) => sample.id.startsWith(`${p.id}-variant-`));
      expect(base).toBeDefined();
      for (const [product, rules] of Object.entries(sample.products)) {
        const baseRules = base?.products[product as keyof typeof sample.products];
        expect(rules.terms).toEqual(baseRules?.terms);
        expect('type' in rules.cancellation).toBe(
          baseRules !== undefined && 'type' in baseRules.cancellation,
        );
      }
    }
  });

  it('POL-1: any sampled policy drives the decisions: net + tax = gross, and purchases get decisions', () => {
    fc.assert(
      fc.property(policy(), money({ currencies: ['AUD'] }), taxRate(), (p, listPrice, rate) => {
        const q = quote({ listPrice, market: 'AU', taxRate: rate }, { policy: p });
        expect(q.net.amount + q.tax.amount).toBe(q.gross.amount);
        expect(q.policyId).toBe(p.id);
      }),
      { numRuns: 50 },
    );
    fc.assert(
      fc.property(
        policy().chain((p) => fc.tuple(fc.constant(p), purchase({ policy: p }))),
        ([p, value]) => {
          expect(cancellationDecision(value, value.orderedAt, { policy: p }).policyId).toBe(p.id);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('NCE-1: program keeps the samples to one program, varied from its catalog policies', () => {
    for (const program of ['legacy', 'new-commerce'] as const) {
      const samples = fc.sample(policy({ program }), { seed: 3, numRuns: 50 });
      for (const p of samples) expect(p.program ?? 'legacy').toBe(program);
    }
    fc.assert(
      fc.property(
        policy({ program: 'new-commerce' }).chain((p) =>
          fc.tuple(fc.constant(p), purchase({ program: 'new-commerce', policy: p })),
        ),
        ([p, value]) => {
          expect(cancellationDecision(value, value.orderedAt, { policy: p }).policyId).toBe(p.id);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('determinism: one seed, one sequence of samples', () => {
    sameSamplesForOneSeed(() => policy());
  });

  it('ERR-1: bad constraints are a RuleError naming the field', () => {
    expect(errorOf(() => policy({ bases: [] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.bases',
    });
    expect(errorOf(() => policy({ bases: [null as never] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.bases.0',
    });
    expect(errorOf(() => policy({ bases: [{ id: 'x', products: {} } as never] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.bases.0.title',
    });
    expect(errorOf(() => policy({ program: 'retail' as never }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.program',
    });
    expect(
      errorOf(() => policy({ program: 'new-commerce', bases: [partnerCenterPolicies[0]] })),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'constraints.bases.0.program' });
  });
});

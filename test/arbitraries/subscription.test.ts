import fc from 'fast-check';
import type { SubscriptionStatus } from 'subscription-rules';
import { transition } from 'subscription-rules';
import { policy, subscription } from 'subscription-rules/arbitraries';
import { parseSubscription } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { accepted, sameSamplesForOneSeed } from './_check.ts';

describe('subscription()', () => {
  it('LC-1: every sample is a state parseSubscription accepts unchanged, and survives a JSON round trip', () => {
    fc.assert(
      fc.property(subscription(), (state) => {
        expect(accepted(parseSubscription, state)).toEqual(state);
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      }),
    );
  });

  it('LC-1: a fixed sample of 200 legacy states reaches all six statuses', () => {
    const statuses = new Map<SubscriptionStatus, number>();
    for (const state of fc.sample(subscription({ program: 'legacy' }), {
      seed: 20_261_122,
      numRuns: 200,
    })) {
      statuses.set(state.status, (statuses.get(state.status) ?? 0) + 1);
    }
    expect([...statuses.keys()].sort()).toEqual([
      'active',
      'cancelled',
      'deleted',
      'expired',
      'suspended',
      'trial',
    ]);
  });

  it('LC-11: every sample takes further events: transition answers and never throws for a later cancel', () => {
    fc.assert(
      fc.property(subscription(), fc.integer({ min: 0, max: 400 * 86_400_000 }), (state, wait) => {
        const at = new Date(Date.parse(state.asOf) + wait).toISOString();
        const result = transition(state, { type: 'cancel', at });
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('samples keep to the products, dates and policy asked for; maxEvents 0 gives fresh states', () => {
    const from = '2025-06-01T00:00:00Z';
    const to = '2025-06-30T00:00:00Z';
    fc.assert(
      fc.property(
        subscription({ products: ['marketplace-usage'], from, to, maxEvents: 0 }),
        (state) => {
          expect(state.product).toBe('marketplace-usage');
          const ordered = Date.parse(state.orderedAt);
          expect(ordered >= Date.parse(from) && ordered <= Date.parse(to)).toBe(true);
        },
      ),
    );
    const custom = fc.sample(policy({ program: 'legacy' }), { seed: 1, numRuns: 1 })[0];
    if (custom === undefined) throw new Error('no policy sampled');
    fc.assert(
      fc.property(subscription({ policy: custom }), (state) => {
        expect(state.policyId).toBe(custom.id);
        expect(
          typeof transition(state, { type: 'reactivate', at: state.asOf }, { policy: custom }).ok,
        ).toBe('boolean');
      }),
    );
  });

  it('determinism: one seed, one sequence of samples', () => {
    sameSamplesForOneSeed(() => subscription());
  });

  it('ERR-1: bad constraints are a RuleError naming the field', () => {
    expect(errorOf(() => subscription({ products: ['software-perpetual' as never] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.products.0',
    });
    expect(errorOf(() => subscription({ maxEvents: -1 }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.max',
    });
    expect(errorOf(() => subscription({ maxEvents: 101 }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.maxEvents',
    });
    expect(
      errorOf(() => subscription({ from: '2030-01-01T00:00:00Z', to: '2029-01-01T00:00:00Z' })),
    ).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'constraints.to',
    });
  });
});

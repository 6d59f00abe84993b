import { UTCDate } from '@date-fns/utc';
import { addMonths, startOfDay } from 'date-fns';
import fc from 'fast-check';
import type { NewCommerceStatus } from 'subscription-rules';
import {
  access,
  advance,
  allowedActions,
  nextDeadline,
  refundableQuantity,
  transition,
} from 'subscription-rules';
import { subscription } from 'subscription-rules/arbitraries';
import { parseSubscription } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { sameSamplesForOneSeed } from './_check.ts';

const DAY = 86_400_000;
const seed = Number(process.env.FC_SEED ?? 20_261_122);
const later = (from: string, ms: number): string => new Date(Date.parse(from) + ms).toISOString();

describe('subscription({ program: "new-commerce" })', () => {
  it('NCE-7: a fixed sample of 200 reaches every New Commerce status', () => {
    const statuses = new Map<NewCommerceStatus, number>();
    for (const state of fc.sample(subscription({ program: 'new-commerce' }), {
      seed,
      numRuns: 200,
    })) {
      statuses.set(state.status, (statuses.get(state.status) ?? 0) + 1);
    }
    expect([...statuses.keys()].sort()).toEqual([
      'active',
      'cancelled',
      'deleted',
      'disabled',
      'expired',
      'suspended',
      'trial',
    ]);
  });

  it('MID-1..MID-4: a fixed sample of 2000 reaches aligned terms, an aligned renewal scheduled, a billing frequency change waiting and applied, and seats upgraded to another offer', () => {
    const reached = {
      aligned: 0,
      alignedRenewal: 0,
      pendingFrequency: 0,
      frequencyApplied: 0,
      upgraded: 0,
      upgradedActive: 0,
    };
    for (const state of fc.sample(subscription({ program: 'new-commerce' }), {
      seed,
      numRuns: 2_000,
    })) {
      if (state.term !== null && state.termEnd !== null && state.termAnchor !== null) {
        // the nominal end of the current term's run (NCE-3), by date-fns
        const months = { P1M: 1, P1Y: 12, P2Y: 24, P3Y: 36 }[state.term] * state.termNumber;
        const nominal = addMonths(startOfDay(new UTCDate(state.termAnchor)), months).getTime();
        if (Date.parse(state.termEnd) < nominal) reached.aligned++;
      }
      if (state.scheduled?.customTermEndDate !== undefined) reached.alignedRenewal++;
      if (state.pendingBillingFrequency !== undefined) reached.pendingFrequency++;
      if (state.billingPeriodsFrom !== undefined) reached.frequencyApplied++;
      if (state.offerId?.startsWith('UPGRADE:') === true) {
        reached.upgraded++;
        if (state.status === 'active') reached.upgradedActive++;
      }
    }
    for (const [kind, count] of Object.entries(reached))
      expect(count, `${kind} reached ${count} times`).toBeGreaterThan(0);
  });

  it('samples keep to the products, dates and events asked for; maxEvents 0 gives fresh states', () => {
    const from = '2025-06-01T00:00:00Z';
    const to = '2025-06-30T00:00:00Z';
    fc.assert(
      fc.property(
        subscription({
          program: 'new-commerce',
          products: ['license-based'],
          from,
          to,
          maxEvents: 0,
          currencies: ['EUR'],
        }),
        (state) => {
          expect(state.program).toBe('new-commerce');
          expect(state.product).toBe('license-based');
          const ordered = Date.parse(state.orderedAt);
          expect(ordered >= Date.parse(from) && ordered <= Date.parse(to)).toBe(true);
          if (state.price !== null) expect(state.price.currency).toBe('EUR');
        },
      ),
    );
  });

  it('determinism: one seed, one sequence of samples', () => {
    sameSamplesForOneSeed(() => subscription({ program: 'new-commerce' }));
  });

  it('ERR-1: bad constraints are a RuleError naming the field', () => {
    expect(
      errorOf(() =>
        subscription({ program: 'new-commerce', products: ['windows-7-esu' as never] }),
      ),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.products.0',
    });
    expect(
      errorOf(() => subscription({ program: 'legacy', products: ['license-based' as never] })),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.products.0',
    });
    expect(errorOf(() => subscription({ program: 'retail' as never }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.program',
    });
    expect(errorOf(() => subscription({ program: 'new-commerce', policy: {} as never }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.policy',
    });
    expect(errorOf(() => subscription({ program: 'new-commerce', maxEvents: 101 }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.maxEvents',
    });
  });

  describe('properties', () => {
    it('PCR-1: with statedWindows, every sample is a valid state parseSubscription returns unchanged, a stated window belongs to the first term, and cancelling at asOf follows it', () => {
      let stated = 0;
      fc.assert(
        fc.property(
          subscription({ program: 'new-commerce', statedWindows: true, maxEvents: 4 }),
          (s) => {
            expect(parseSubscription(JSON.parse(JSON.stringify(s)))).toEqual({
              ok: true,
              value: s,
            });
            if (!('cancellableUntil' in s) && !('fullCreditUntil' in s)) return;
            stated++;
            // a renewal drops them: only a state in the term they were stated for holds them
            expect(s.termStart).toBe(s.termAnchor);
            expect(s.termNumber).toBe(1);
            if (s.cancellableUntil === null && s.status === 'active' && !s.cancelAtRenewal) {
              const cancel = transition(s, { type: 'cancel', at: s.asOf });
              expect(cancel.ok).toBe(s.product === 'marketplace-saas');
            }
          },
        ),
      );
      expect(stated).toBeGreaterThan(10);
    });

    it('NCE-10: every sample is a valid state: the lifecycle functions answer for any later instant, and it survives a JSON round trip', () => {
      fc.assert(
        fc.property(
          subscription({ program: 'new-commerce' }),
          fc.integer({ min: 0, max: 1_500 * DAY }),
          (state, wait) => {
            const at = later(state.asOf, wait);
            expect(JSON.parse(JSON.stringify(state))).toEqual(state);
            expect(access(state)).toBeDefined();
            expect(Array.isArray(allowedActions(state, at))).toBe(true);
            const deadline = nextDeadline(state);
            if (deadline !== null)
              expect(Date.parse(deadline.at)).toBeGreaterThanOrEqual(Date.parse(state.asOf));
            expect(refundableQuantity(state, at).total).toBeGreaterThanOrEqual(0);
            expect(advance(state, at).subscription.asOf).toBe(at);
            expect(typeof transition(state, { type: 'cancel', at }).ok).toBe('boolean');
          },
        ),
      );
    });

    it('NCE-6: the quantity is the total of the seat batches, and no batch holds 0', () => {
      fc.assert(
        fc.property(subscription({ program: 'new-commerce' }), (state) => {
          expect(state.seats.reduce((sum, b) => sum + b.quantity, 0)).toBe(state.quantity);
          for (const batch of state.seats) expect(batch.quantity).toBeGreaterThan(0);
        }),
      );
    });
  });
});

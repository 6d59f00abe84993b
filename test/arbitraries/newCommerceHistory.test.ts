import fc from 'fast-check';
import { advance, transition } from 'subscription-rules';
import { newCommerceHistory } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { sameSamplesForOneSeed } from './_check.ts';

const seed = Number(process.env.FC_SEED ?? 20_261_125);

describe('newCommerceHistory', () => {
  it('CHG-1: a fixed sample of 100 holds priced histories with additions, reductions, suspensions and cancellations, in every currency asked', () => {
    const types = new Set<string>();
    const currencies = new Set<string>();
    for (const { start, events } of fc.sample(
      newCommerceHistory({ currencies: ['USD', 'JPY'], products: ['license-based'] }),
      { seed, numRuns: 100 },
    )) {
      currencies.add(start.price?.currency ?? 'none');
      for (const event of events) {
        types.add(
          event.type === 'change-quantity'
            ? `change-quantity ${event.quantity > start.quantity ? 'up' : 'down'}`
            : event.type,
        );
      }
    }
    expect([...currencies].sort()).toEqual(['JPY', 'USD']);
    expect([...types].sort()).toEqual(
      expect.arrayContaining(['cancel', 'change-quantity up', 'reactivate', 'suspend']),
    );
  });

  it('CHG-1: each event of a history is accepted when replayed, and `to` is not before the last', () => {
    fc.assert(
      fc.property(newCommerceHistory({ maxEvents: 5 }), ({ start, events, to }) => {
        let state = start;
        for (const event of events) {
          const result = transition(state, event);
          expect(result.ok).toBe(true);
          if (result.ok) state = result.subscription;
        }
        expect(advance(state, to).subscription.asOf).toBe(new Date(Date.parse(to)).toISOString());
      }),
      { seed },
    );
  });

  it('EST-2, EST-3: a fixed sample of 200 licence histories chooses each end-of-term option and runs into months of Extended Service Term and disabled terms', () => {
    const actions = new Set<string>();
    let inEst = 0;
    let disabled = 0;
    for (const { start, events, to } of fc.sample(
      newCommerceHistory({ products: ['license-based'] }),
      { seed, numRuns: 200 },
    )) {
      let state = start;
      for (const event of events) {
        if (event.type === 'set-end-of-term') actions.add(event.action);
        const result = transition(state, event);
        if (result.ok) state = result.subscription;
      }
      const end = advance(state, to).subscription;
      if (end.extendedServiceTerm !== undefined) inEst++;
      // disabled at the term's end, never expired first (EST-3)
      if (end.status === 'disabled' && end.expiredAt === null) disabled++;
    }
    expect([...actions].sort()).toEqual(['cancel', 'extended-service-term', 'renew']);
    expect(inEst).toBeGreaterThan(0);
    expect(disabled).toBeGreaterThan(0);
  });

  it('ERR-1: bad constraints are a RuleError naming the constraint', () => {
    expect(errorOf(() => newCommerceHistory({ maxEvents: 101 }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.maxEvents',
    });
    expect(
      errorOf(() => newCommerceHistory({ products: ['windows-7-esu' as never] })),
    ).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: expect.stringMatching(/^constraints\.products/),
    });
    expect(
      errorOf(() =>
        newCommerceHistory({ from: '2027-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }),
      ),
    ).toMatchObject({ code: 'OUT_OF_ORDER', path: 'constraints.to' });
  });

  it('PURE-1: the same seed gives the same histories', () => {
    sameSamplesForOneSeed(() => newCommerceHistory());
  });
});

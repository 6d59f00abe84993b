import fc from 'fast-check';
import { createSubscription, customTermEndDates } from 'subscription-rules';
import { parseCustomTermEndDatesInput } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';

const state = createSubscription({
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 2,
  orderedAt: '2026-03-15T08:00:00Z',
});

describe('parseCustomTermEndDatesInput (MID-3)', () => {
  it('ERR-2, MID-3: instants come back canonical, states as parseSubscription returns them', () => {
    expect(
      parseCustomTermEndDatesInput({
        term: 'P1Y',
        billingFrequency: 'monthly',
        startDate: '2026-11-20T11:00:00+01:00',
        subscriptions: [{ id: 'a', subscription: JSON.parse(JSON.stringify(state)) }],
      }),
    ).toEqual({
      ok: true,
      value: {
        term: 'P1Y',
        billingFrequency: 'monthly',
        startDate: '2026-11-20T10:00:00.000Z',
        subscriptions: [{ id: 'a', subscription: state }],
      },
    });
  });

  it('ERR-2, MID-3: each issue at its path: a P2Y term, a frequency the term lacks, an unknown key, a broken state', () => {
    const paths = (input: unknown) => {
      const result = parseCustomTermEndDatesInput(input);
      return result.ok ? [] : result.issues.map((issue) => issue.path);
    };
    const base = { term: 'P1Y', billingFrequency: 'monthly', startDate: '2026-11-20T10:00:00Z' };
    expect(paths({ ...base, term: 'P2Y' })).toEqual(['term']);
    expect(paths({ ...base, billingFrequency: 'triennial' })).toEqual(['billingFrequency']);
    expect(paths({ ...base, extra: 1 })).toEqual(['']);
    expect(
      paths({ ...base, subscriptions: [{ id: 'a', subscription: { ...state, quantity: 3 } }] }),
    ).toEqual(['subscriptions.0.subscription.seats']);
  });
});

describe('properties', () => {
  it('ERR-2: parseCustomTermEndDatesInput accepts exactly what customTermEndDates takes without a throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('P1M', 'P1Y', 'P2Y', 'P3Y', 'P5Y'),
        fc.constantFrom('monthly', 'annual', 'triennial', 'weekly'),
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.boolean(),
        (term, billingFrequency, ms, withState) => {
          const input = {
            term,
            billingFrequency,
            startDate: new Date(ms).toISOString(),
            ...(withState ? { subscriptions: [{ id: 'a', subscription: state }] } : {}),
          };
          let thrown = false;
          try {
            customTermEndDates(input as never);
          } catch {
            thrown = true;
          }
          expect(parseCustomTermEndDatesInput(input).ok).toBe(!thrown);
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { subscriptionEvent } from 'subscription-rules/arbitraries';
import { parseEvent } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { accepted, sameSamplesForOneSeed } from './_check.ts';

describe('subscriptionEvent()', () => {
  it('LC-11: every sample is an event parseEvent accepts unchanged', () => {
    fc.assert(
      fc.property(subscriptionEvent(), (event) => {
        expect(accepted(parseEvent, event)).toEqual(event);
      }),
    );
  });

  it('LC-11: every type comes up; a suspend carries the account dates in order, before its at', () => {
    const samples = fc.sample(subscriptionEvent(), { seed: 4, numRuns: 300 });
    expect(new Set(samples.map((e) => e.type)).size).toBe(5);
    const withDates = samples.filter(
      (e) => e.type === 'suspend' && e.accountOpenedAt !== undefined,
    );
    expect(withDates.length).toBeGreaterThan(0);
    for (const event of withDates) {
      if (event.type !== 'suspend') continue;
      const opened = Date.parse(event.accountOpenedAt as string);
      const billing = Date.parse(event.firstBillingPeriodStart as string);
      expect(opened).toBeLessThanOrEqual(billing);
      expect(billing).toBeLessThanOrEqual(Date.parse(event.at as string));
    }
  });

  it('samples keep to the types, range, quantities and reasons asked for', () => {
    const from = '2027-01-01T00:00:00Z';
    const to = '2027-02-01T00:00:00Z';
    fc.assert(
      fc.property(
        subscriptionEvent({
          types: ['change-quantity', 'suspend'],
          from,
          to,
          maxQuantity: 3,
          reasons: ['fraud'],
        }),
        (event) => {
          expect(['change-quantity', 'suspend']).toContain(event.type);
          const at = Date.parse(event.at as string);
          expect(at >= Date.parse(from) && at <= Date.parse(to)).toBe(true);
          if (event.type === 'change-quantity') expect(event.quantity).toBeLessThanOrEqual(3);
          if (event.type === 'suspend') expect(event.reason).toBe('fraud');
        },
      ),
    );
  });

  it('determinism: one seed, one sequence of samples', () => {
    sameSamplesForOneSeed(() => subscriptionEvent());
  });

  it('ERR-1: bad constraints are a RuleError naming the field', () => {
    expect(errorOf(() => subscriptionEvent({ types: ['renew' as never] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.types.0',
    });
    expect(errorOf(() => subscriptionEvent({ maxQuantity: 0 }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.max',
    });
    expect(errorOf(() => subscriptionEvent({ reasons: ['tired' as never] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.reasons.0',
    });
  });
});

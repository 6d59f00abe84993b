import type { Subscription } from 'subscription-rules';
import { createSubscription, nextDeadline, transition } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../_errors.ts';

/** A state the library just returned, with every field and both records (price, suspension) set. */
function justReturned(): Subscription {
  const created = createSubscription({
    product: 'marketplace-saas',
    billingCycle: 'annual',
    quantity: 3,
    orderedAt: '2026-01-01T00:00:00.000Z',
    price: { amount: 100, currency: 'USD' },
    accountOpenedAt: '2025-01-01T00:00:00.000Z',
    firstBillingPeriodStart: '2025-01-01T00:00:00.000Z',
  });
  const result = transition(created, {
    type: 'suspend',
    at: '2026-02-01T00:00:00.000Z',
    reason: 'nonpayment',
  });
  if (!result.ok) throw new Error(`refused ${result.code}`);
  return result.subscription;
}

/** Every field of a state, and every field of the records it holds, as paths: read off a real one. */
function fieldPaths(state: Subscription): string[][] {
  return Object.entries(state).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? [[key], ...Object.keys(value).map((inner) => [key, inner])]
      : [[key]],
  );
}

describe('the check of a state the library just returned', () => {
  it('LC-1: every field, and every field of the price and the suspension, is watched: one changed after return is checked again (a field left out of the list, the check or the reader fails here)', () => {
    const paths = fieldPaths(justReturned());
    expect(paths.length).toBeGreaterThanOrEqual(25);
    for (const path of paths) {
      const state = justReturned();
      expect(errorOf(() => nextDeadline(state))).toBe('no error');
      let target = state as unknown as Record<string, unknown>;
      for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
      // an absent program reads as legacy (a state stored before states carried it): spoil it instead
      target[path.at(-1) as string] = path.join('.') === 'program' ? 'retail' : undefined;
      expect([path.join('.'), errorOf(() => nextDeadline(state))]).toEqual([
        path.join('.'),
        { code: expect.any(String), path: `subscription.${path.join('.')}` },
      ]);
    }
  });
});

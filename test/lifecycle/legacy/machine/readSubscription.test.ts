import fc from 'fast-check';
import type { Subscription } from 'subscription-rules';
import {
  access,
  advance,
  allowedActions,
  createSubscription,
  nextDeadline,
  transition,
} from 'subscription-rules';
import { subscription } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../_errors.ts';

const state = createSubscription({
  product: 'marketplace-saas',
  billingCycle: 'monthly',
  quantity: 1,
  orderedAt: '2026-01-01T00:00:00.000Z',
  accountOpenedAt: '2025-01-01T00:00:00.000Z',
  firstBillingPeriodStart: '2025-01-01T00:00:00.000Z',
});
const later = '2026-01-02T00:00:00.000Z';
const every = (s: unknown) => [
  () => transition(s as Subscription, { type: 'change-quantity', at: later, quantity: 2 }),
  () => advance(s as Subscription, later),
  () => nextDeadline(s as Subscription),
  () => allowedActions(s as Subscription, later),
  () => access(s as Subscription),
];

describe('the state guard of every lifecycle function', () => {
  it('LC-1: every field is checked, so a broken state is a RuleError at its path, never a TypeError or a copied invalid instant (found by the fuzz suite)', () => {
    const broken: [Record<string, unknown>, string, string][] = [
      [{ orderedAt: '' }, 'INVALID_INSTANT', 'subscription.orderedAt'],
      [{ orderedAt: '2026-02-30T00:00:00.000Z' }, 'INVALID_INSTANT', 'subscription.orderedAt'],
      [{ orderedAt: '2026-01-01T10:00:00+10:00' }, 'INVALID_INSTANT', 'subscription.orderedAt'],
      [{ accountOpenedAt: 5 }, 'INVALID_INSTANT', 'subscription.accountOpenedAt'],
      [{ termEnd: undefined }, 'MISSING_FIELD', 'subscription.termEnd'],
      [{ term: null }, 'MISSING_FIELD', 'subscription.term'],
      [{ product: undefined }, 'MISSING_FIELD', 'subscription.product'],
      [{ quantity: 0 }, 'INVALID_QUANTITY', 'subscription.quantity'],
      [{ autoRenew: 'yes' }, 'INVALID_ARGUMENT', 'subscription.autoRenew'],
      [
        { price: { amount: Number.NaN, currency: 'USD' } },
        'INVALID_AMOUNT',
        'subscription.price.amount',
      ],
      [{ status: 'suspended' }, 'MISSING_FIELD', 'subscription.suspension'],
      [{ status: 'trial' }, 'MISSING_FIELD', 'subscription.trialEndsAt'],
      [
        { status: 'suspended', suspension: { at: later, reason: 'fraud', resumeTo: 'active' } },
        'MISSING_FIELD',
        'subscription.suspension.expiresAt',
      ],
      [{ termNumber: -1 }, 'INVALID_ARGUMENT', 'subscription.termNumber'],
    ];
    for (const [change, code, path] of broken) {
      for (const run of every({ ...state, ...change })) {
        expect([JSON.stringify(change), errorOf(run)]).toEqual([
          JSON.stringify(change),
          { code, path },
        ]);
      }
    }
  });

  it('LC-1: the guard answers the same for a state whatever was checked before it (the memo of checked instants)', () => {
    fc.assert(
      fc.property(
        subscription({ program: 'legacy' }),
        fc.constantFrom('orderedAt', 'termEnd', 'accountOpenedAt'),
        (valid, key) => {
          const known = valid[key as keyof Subscription];
          expect(errorOf(() => nextDeadline(valid))).toBe('no error');
          if (typeof known !== 'string') return;
          const broken = { ...valid, [key]: `${known.slice(0, 8)}32${known.slice(10)}` };
          expect(errorOf(() => nextDeadline(broken))).toEqual({
            code: 'INVALID_INSTANT',
            path: `subscription.${key}`,
          });
          expect(errorOf(() => nextDeadline(JSON.parse(JSON.stringify(valid))))).toBe('no error');
        },
      ),
    );
  });

  it('LC-1: a state the library just returned skips the full check only while it is unchanged: a field or a nested price changed after return is checked again', () => {
    const fresh = () =>
      createSubscription({
        product: 'marketplace-saas',
        billingCycle: 'annual',
        quantity: 1,
        orderedAt: '2026-01-01T00:00:00.000Z',
        price: { amount: 100, currency: 'USD' },
      });
    const changes: [(s: Record<string, any>) => void, string, string][] = [
      [
        (s) => (s.orderedAt = '2026-02-30T00:00:00.000Z'),
        'INVALID_INSTANT',
        'subscription.orderedAt',
      ],
      [(s) => (s.quantity = 0), 'INVALID_QUANTITY', 'subscription.quantity'],
      [(s) => (s.price.amount = Number.NaN), 'INVALID_AMOUNT', 'subscription.price.amount'],
      [(s) => (s.termEnd = undefined), 'MISSING_FIELD', 'subscription.termEnd'],
      [(s) => (s.status = 'suspended'), 'MISSING_FIELD', 'subscription.suspension'],
    ];
    for (const [change, code, path] of changes) {
      const made = fresh();
      expect(errorOf(() => nextDeadline(made))).toBe('no error');
      change(made as unknown as Record<string, any>);
      expect(errorOf(() => nextDeadline(made))).toEqual({ code, path });
      expect(errorOf(() => transition(made, { type: 'cancel', at: later }))).toEqual({
        code,
        path,
      });
    }
  });
});

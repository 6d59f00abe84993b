import fc from 'fast-check';
import type {
  NewCommerceEvent,
  NewCommerceSubscription,
  NewCommerceSubscriptionInput,
} from 'subscription-rules';
import {
  access,
  advance,
  allowedActions,
  createSubscription,
  nextDeadline,
  refundableQuantity,
  transition,
} from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../../_contracts.ts';
import { errorOf } from '../../_errors.ts';
import {
  apply,
  DAY,
  eventAt,
  iso,
  licence,
  newCommerceInput,
  newCommerceState,
} from './_states.ts';

const bought = createSubscription(licence);

describe('allowedActions (New Commerce)', () => {
  it('NCE-10: says what each action would do: the credit and until when, the seats to reduce', () => {
    const actions = allowedActions(bought, '2026-11-23T09:00:00Z');
    expect(actions.map((a) => a.description)).toEqual([
      'cancel for a prorated credit of $108.30 until 2026-11-28T00:00:00.000Z',
      'add seats, or reduce up to 10 seats until 2026-11-28T00:00:00.000Z',
      'turn auto-renew off',
      'schedule changes for the renewal on 2027-11-20T00:00:00.000Z',
      'suspend (still billed; auto-renew turns off)',
    ]);
    expect(actions[0]).toMatchObject({
      outcome: 'prorated-credit',
      credit: { amount: 10830, currency: 'USD' },
    });
  });

  it('NCE-10: "reduce up to 3 seats until …" for seats added mid-term; after the window, only additions (±1 ms)', () => {
    const more = apply(bought, {
      type: 'change-quantity',
      at: '2026-12-01T12:00:00Z',
      quantity: 13,
    });
    const seats = allowedActions(more, '2026-12-08T23:59:59.999Z').find(
      (a) => a.type === 'change-quantity',
    );
    expect(seats).toEqual({
      type: 'change-quantity',
      maxReduction: 3,
      until: '2026-12-09T00:00:00.000Z',
      description: 'add seats, or reduce up to 3 seats until 2026-12-09T00:00:00.000Z',
      messageId: 'action.nce.reduce-seats',
      params: { total: 3, until: '2026-12-09T00:00:00.000Z' },
    });
    const later = allowedActions(more, '2026-12-09T00:00:00Z').find(
      (a) => a.type === 'change-quantity',
    );
    expect(later).toEqual({
      type: 'change-quantity',
      maxReduction: 0,
      description: 'add seats',
      messageId: 'action.nce.add-seats',
      params: {},
    });
    expect(allowedActions(more, '2026-12-09T00:00:00Z').some((a) => a.type === 'cancel')).toBe(
      false,
    );
  });

  it('NCE-10: a full credit on the first day; a SaaS cancellation scheduled after its window; a trial', () => {
    expect(allowedActions(bought, '2026-11-20T23:59:59.999Z')[0]?.description).toBe(
      'cancel for a full credit of $125.00 until 2026-11-21T00:00:00.000Z',
    );
    const saas = createSubscription({ ...licence, product: 'marketplace-saas', term: 'P1M' });
    expect(allowedActions(saas, '2026-11-23T10:00:00Z')[0]).toMatchObject({
      outcome: 'cancel-at-renewal',
      description: 'schedule the cancellation for 2026-12-20T00:00:00.000Z',
    });
    const trial = createSubscription({ ...licence, trial: {} });
    expect(allowedActions(trial, '2026-11-21T00:00:00Z').map((a) => a.type)).toEqual([
      'set-auto-renew',
    ]);
    const suspended = apply(bought, {
      type: 'suspend',
      at: '2026-12-01T00:00:00Z',
      reason: 'nonpayment',
    });
    expect(allowedActions(suspended, '2026-12-02T00:00:00Z')).toEqual([
      {
        type: 'reactivate',
        until: '2027-11-20T00:00:00.000Z',
        description: 'reactivate before 2027-11-20T00:00:00.000Z',
        messageId: 'action.reactivate',
        params: { until: '2027-11-20T00:00:00.000Z' },
      },
    ]);
  });

  it('NCE-10: a state that is not a New Commerce state throws RuleError naming the field', () => {
    expect(errorOf(() => allowedActions({ ...bought, seats: [] }, '2027-01-01T00:00:00Z'))).toEqual(
      { code: 'INVALID_ARGUMENT', path: 'subscription.seats' },
    );
    expect(
      errorOf(() =>
        transition({ ...bought, policyId: 'nope' }, { type: 'cancel', at: '2027-01-01T00:00:00Z' }),
      ),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'subscription.policyId' });
    expect(
      errorOf(() => advance({ ...bought, termEnd: '2027-11-20' }, '2027-01-01T00:00:00Z')),
    ).toEqual({ code: 'INVALID_INSTANT', path: 'subscription.termEnd' });
    expect(errorOf(() => nextDeadline({ ...bought, term: 'P2Y' }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'subscription.term',
    });
    expect(errorOf(() => access({ ...bought, status: 'paused' } as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'subscription.status',
    });
  });
});

describe('the state check (New Commerce)', () => {
  it('NCE-7, ERR-1: a running state with no term is refused at the field that is missing, by every function alike', () => {
    const trial = JSON.parse(
      JSON.stringify(createSubscription({ ...licence, trial: {} } as NewCommerceSubscriptionInput)),
    ) as Record<string, unknown>;
    for (const status of ['active', 'suspended']) {
      const broken = { ...trial, status } as unknown as NewCommerceSubscription;
      const at = trial.asOf as string;
      for (const run of [
        () => allowedActions(broken, at),
        () => nextDeadline(broken),
        () => advance(broken, at),
        () => refundableQuantity(broken, at),
        () => transition(broken, { type: 'cancel', at }),
      ]) {
        expect(errorOf(run)).toMatchObject({ path: 'subscription.termAnchor' });
      }
    }
  });
});

describe('properties', () => {
  it('the actions listed are exactly the event types transition accepts', () => {
    fc.assert(
      fc.property(newCommerceState, fc.integer({ min: 0, max: 40 * DAY }), (state, wait) => {
        const at = iso(Date.parse(state.asOf) + wait);
        const listed = new Set(allowedActions(state, at).map((a) => a.type));
        for (const type of listed) {
          const probe: NewCommerceEvent =
            type === 'change-quantity'
              ? { type, at, quantity: advance(state, at).subscription.quantity }
              : type === 'set-auto-renew'
                ? { type, at, enabled: !advance(state, at).subscription.autoRenew }
                : type === 'schedule-renewal'
                  ? { type, at, quantity: 1 }
                  : type === 'suspend'
                    ? { type, at, reason: 'fraud' }
                    : { type, at };
          expect(transition(state, probe).ok).toBe(true);
        }
        for (const type of ['cancel', 'suspend', 'reactivate'] as const) {
          if (listed.has(type)) continue;
          const event: NewCommerceEvent =
            type === 'suspend' ? { type, at, reason: 'fraud' } : { type, at };
          expect(transition(state, event).ok).toBe(false);
        }
      }),
    );
  });

  it('a state survives a JSON round trip: the copy answers every event as the original', () => {
    fc.assert(
      fc.property(newCommerceState, fc.integer({ min: 0, max: 40 * DAY }), (state, wait) => {
        const at = iso(Date.parse(state.asOf) + wait);
        const copy = JSON.parse(JSON.stringify(state)) as typeof state;
        expect(copy).toEqual(state);
        fc.assert(
          fc.property(eventAt(at), (event) => {
            expect(transition(copy, event)).toEqual(transition(state, event));
          }),
          { numRuns: 5 },
        );
        expect(allowedActions(copy, at)).toEqual(allowedActions(state, at));
      }),
      { numRuns: 40 },
    );
  });

  itKeepsTheContract(
    'createSubscription (new-commerce)',
    (input: NewCommerceSubscriptionInput) => createSubscription(input),
    newCommerceInput.map((input) => [input] as [typeof input]),
  );
  itKeepsTheContract(
    'transition (new-commerce)',
    (state: NewCommerceSubscription, event: NewCommerceEvent) => transition(state, event),
    newCommerceState.chain((state) =>
      eventAt(iso(Date.parse(state.asOf) + DAY)).map(
        (event) => [state, event] as [typeof state, NewCommerceEvent],
      ),
    ),
  );
  const stateAndLater = newCommerceState.chain((state) =>
    fc
      .integer({ min: 0, max: 500 * DAY })
      .map((wait) => [state, iso(Date.parse(state.asOf) + wait)] as [typeof state, string]),
  );
  itKeepsTheContract(
    'advance (new-commerce)',
    (state: NewCommerceSubscription, to: string) => advance(state, to),
    stateAndLater,
  );
  itKeepsTheContract(
    'allowedActions (new-commerce)',
    (state: NewCommerceSubscription, at: string) => allowedActions(state, at),
    stateAndLater,
  );
  itKeepsTheContract('refundableQuantity', refundableQuantity, stateAndLater);
  itKeepsTheContract(
    'nextDeadline (new-commerce)',
    (state: NewCommerceSubscription) => nextDeadline(state),
    newCommerceState.map((s) => [s] as [typeof s]),
  );
  itKeepsTheContract(
    'access (new-commerce)',
    access,
    newCommerceState.map((s) => [s] as [typeof s]),
  );
});

import fc from 'fast-check';
import type { AllowedAction, Subscription } from 'subscription-rules';
import {
  advance,
  allowedActions,
  cancellationDecision,
  createSubscription,
  transition,
} from 'subscription-rules';
import { subscription } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { gap, laterThan } from '../_states.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' }) as const;

/** Three licences of a one-year software subscription at 120.00 USD each, ordered 2026-11-20. */
const software = createSubscription({
  product: 'software-subscription',
  term: 'P1Y',
  quantity: 3,
  orderedAt: '2026-11-20T10:00:00Z',
  price: usd(12_000),
});

/** The purchase a legacy state's cancellation is decided on, as a caller writes it. */
function purchaseOf(state: Subscription) {
  return {
    product: state.product,
    orderedAt: state.orderedAt,
    quantity: state.quantity,
    ...(state.billingCycle === null ? {} : { billingCycle: state.billingCycle }),
    ...(state.term === null ? {} : { term: state.term }),
    ...(state.termEnd === null ? {} : { currentTermEnd: state.termEnd }),
    ...(state.price === null ? {} : { price: state.price }),
    ...(state.fullCreditUntil === undefined ? {} : { fullCreditUntil: state.fullCreditUntil }),
  };
}

/** The credit `transition`'s cancel gives at `at`, if any. */
function transitionCredit(state: Subscription, at: string) {
  const result = transition(state, { type: 'cancel', at });
  if (!result.ok) return undefined;
  const effect = result.effects.find((e) => e.type === 'credit');
  return effect !== undefined && 'credit' in effect ? effect.credit : undefined;
}

/** The fields each type of legacy action carries besides its description: `[required, optional]`. */
const FIELDS: {
  readonly [T in AllowedAction['type']]: readonly [
    readonly (keyof Extract<AllowedAction, { type: T }>)[],
    readonly (keyof Extract<AllowedAction, { type: T }>)[],
  ];
} = {
  cancel: [['outcome', 'until'], ['credit']],
  suspend: [['reasons', 'needs'], []],
  reactivate: [['until'], []],
  'set-auto-renew': [['enabled'], []],
  'change-quantity': [[], []],
};
const DESCRIBED = ['type', 'description', 'messageId', 'params'];

/** Legacy states fresh from an event or two (most still cancellable) and after up to eight. */
const legacyState = fc.oneof(
  subscription({ program: 'legacy', maxEvents: 1 }),
  subscription({ program: 'legacy' }),
);

describe('allowedActions (legacy)', () => {
  it('PCR details: a priced legacy cancel action carries its credit, the one cancellationDecision and transition give at that instant', () => {
    // 2026-12-05 is the 16th day of the term (20 Nov … 5 Dec): 360.00 − 360.00 × 16 / 365 = 344.22
    const at = '2026-12-05T00:00:00Z';
    const [cancel] = allowedActions(software, at);
    expect(cancel).toEqual({
      type: 'cancel',
      outcome: 'prorated-credit',
      until: '2026-12-20T10:00:00.000Z',
      credit: usd(34_422),
      description: 'prorated-credit until 2026-12-20T10:00:00.000Z',
      messageId: 'action.cancel.prorated-credit',
      params: { until: '2026-12-20T10:00:00.000Z' },
    });
    const decision = cancellationDecision(purchaseOf(software), at);
    expect(decision.outcome === 'prorated-credit' && decision.credit).toEqual(usd(34_422));
    expect(transitionCredit(software, at)).toEqual(usd(34_422));
    // on the fourth day: 360.00 − 360.00 × 4 / 365 (3.945 → 3.95) = 356.05
    expect(allowedActions(software, '2026-11-23T00:00:00Z')[0]).toMatchObject({
      outcome: 'prorated-credit',
      credit: usd(35_605),
    });
  });

  it('PCR details: a full credit is the whole price of every licence; usage credits zero; nothing is credited by a cancel at renewal, a trial, or an unpriced state (until null where no window closes)', () => {
    const saas = createSubscription({
      product: 'marketplace-saas',
      billingCycle: 'annual',
      quantity: 3,
      orderedAt: '2026-11-20T10:00:00Z',
      price: usd(12_000),
    });
    expect(allowedActions(saas, '2026-11-23T00:00:00Z')[0]).toMatchObject({
      outcome: 'full-credit',
      until: '2026-12-04T10:00:00.000Z',
      credit: usd(36_000),
    });
    const late = allowedActions(saas, '2026-12-05T00:00:00Z')[0];
    expect(late).toMatchObject({ outcome: 'cancel-at-renewal', until: null });
    expect(late).not.toHaveProperty('credit');
    const usage = createSubscription({
      product: 'marketplace-usage',
      quantity: 1,
      orderedAt: '2026-11-20T10:00:00Z',
      price: usd(500),
    });
    expect(allowedActions(usage, '2026-11-23T00:00:00Z')[0]).toMatchObject({
      outcome: 'no-refund',
      until: null,
      credit: usd(0),
    });
    const { price: _, ...unpricedInput } = {
      product: 'software-subscription',
      term: 'P1Y',
      quantity: 3,
      orderedAt: '2026-11-20T10:00:00Z',
      price: usd(12_000),
    } as const;
    const unpriced = allowedActions(createSubscription(unpricedInput), '2026-12-05T00:00:00Z')[0];
    expect(unpriced).toMatchObject({
      outcome: 'prorated-credit',
      until: '2026-12-20T10:00:00.000Z',
    });
    expect(unpriced).not.toHaveProperty('credit');
  });

  it('LC-12: narrowing by type reads each action’s own fields', () => {
    const described = allowedActions(software, '2026-12-05T00:00:00Z').map((a) => {
      switch (a.type) {
        case 'cancel':
          return `${a.outcome} ${a.until ?? 'no window'} ${a.credit?.amount ?? 'unpriced'}`;
        case 'suspend':
          return `${a.reasons.join('/')} needs ${a.needs.join(', ')}`;
        case 'reactivate':
          return `until ${a.until}`;
        case 'set-auto-renew':
          return `auto-renew ${a.enabled ? 'on' : 'off'}`;
        default:
          return a.description;
      }
    });
    expect(described).toEqual([
      'prorated-credit 2026-12-20T10:00:00.000Z 34422',
      'customer-request/nonpayment/fraud needs accountOpenedAt, firstBillingPeriodStart',
      'change the number of licenses',
    ]);
  });

  describe('properties', () => {
    it('PCR details: every allowed legacy cancel credits exactly what cancellationDecision and transition credit at that instant, and nothing when the state is unpriced', () => {
      fc.assert(
        fc.property(legacyState, gap, (state, wait) => {
          const at = laterThan(state, wait);
          const cancel = allowedActions(state, at).find((a) => a.type === 'cancel');
          if (cancel === undefined) return;
          const credit = transitionCredit(state, at);
          expect(cancel.credit).toEqual(credit);
          if (state.price === null) expect(cancel).not.toHaveProperty('credit');
          if (cancel.outcome === 'trial-cancelled') return;
          const decision = cancellationDecision(purchaseOf(advance(state, at).subscription), at);
          expect(decision.outcome).toBe(cancel.outcome);
          expect('credit' in decision ? decision.credit : undefined).toEqual(cancel.credit);
          if (state.price !== null && cancel.outcome !== 'cancel-at-renewal')
            expect(cancel.credit?.currency).toBe(state.price.currency);
        }),
      );
    });

    it('LC-12: each action carries exactly the fields of its type', () => {
      fc.assert(
        fc.property(legacyState, gap, (state, wait) => {
          for (const action of allowedActions(state, laterThan(state, wait))) {
            const [required, optional] = FIELDS[action.type];
            const keys = Object.keys(action);
            expect(keys).toEqual(expect.arrayContaining([...DESCRIBED, ...required]));
            for (const key of keys) expect([...DESCRIBED, ...required, ...optional]).toContain(key);
          }
        }),
      );
    });
  });
});

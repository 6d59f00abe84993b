import fc from 'fast-check';
import type { NewCommerceAllowedAction } from 'subscription-rules';
import { allowedActions, createSubscription, transition } from 'subscription-rules';
import { subscription } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { licence } from './_states.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' }) as const;
const bought = createSubscription(licence);
const plans = [
  {
    offerId: 'CFQ7TTC0LF8S:0002',
    term: 'P1Y',
    billingFrequency: 'monthly',
    price: usd(2_200),
  },
] as const;

/** What each type of New Commerce action carries besides its description: `[required, optional]`. */
const FIELDS: {
  readonly [T in NewCommerceAllowedAction['type']]: readonly [
    readonly (keyof Extract<NewCommerceAllowedAction, { type: T }>)[],
    readonly (keyof Extract<NewCommerceAllowedAction, { type: T }>)[],
  ];
} = {
  cancel: [['outcome', 'until'], ['credit']],
  'change-quantity': [['maxReduction'], ['until', 'credit', 'nextCharge']],
  'set-end-of-term': [
    ['action', 'until'],
    ['price', 'charge'],
  ],
  'set-auto-renew': [['enabled'], []],
  'schedule-renewal': [['until'], []],
  suspend: [[], []],
  reactivate: [[], ['until']],
  'change-term': [
    ['term', 'billingFrequency'],
    ['credit', 'price'],
  ],
  'change-billing-frequency': [['billingFrequency', 'from', 'until'], ['price']],
  upgrade: [
    ['offerId', 'term', 'billingFrequency', 'price'],
    ['credit', 'charge'],
  ],
};
const DESCRIBED = ['type', 'description', 'messageId', 'params'];

/** New Commerce states fresh from an event or two and after up to eight. */
const newCommerceState = fc.oneof(
  subscription({ program: 'new-commerce', maxEvents: 1 }),
  subscription({ program: 'new-commerce' }),
);

describe('allowedActions (New Commerce): a union by type', () => {
  it('NCE-10: narrowing by type reads each action’s own fields, the cancel’s credit being the one the cancel gives', () => {
    const at = '2026-11-25T00:00:00Z';
    const said = allowedActions(bought, at, { plans }).map((a) => {
      switch (a.type) {
        case 'cancel':
          return `${a.outcome} ${a.credit?.amount} until ${a.until}`;
        case 'change-quantity':
          return `reduce ${a.maxReduction} for ${a.credit?.amount} until ${a.until}`;
        case 'set-end-of-term':
          return `${a.action} until ${a.until}`;
        case 'schedule-renewal':
          return `renewal until ${a.until}`;
        case 'upgrade':
          return `${a.offerId} ${a.term} ${a.price.amount}: credit ${a.credit?.amount}, charge ${a.charge?.amount}`;
        default:
          return a.type;
      }
    });
    expect(said).toEqual([
      'prorated-credit 10000 until 2026-11-28T00:00:00.000Z',
      'reduce 9 for 9000 until 2026-11-28T00:00:00.000Z',
      'extended-service-term until 2027-11-20T00:00:00.000Z',
      'cancel until 2027-11-20T00:00:00.000Z',
      'renewal until 2027-11-20T00:00:00.000Z',
      'suspend',
      'CFQ7TTC0LF8S:0002 P1Y 2200: credit 10000, charge 17590',
    ]);
    const cancelled = transition(bought, { type: 'cancel', at });
    expect(cancelled.ok && cancelled.effects).toEqual([
      expect.objectContaining({ type: 'credit', credit: usd(10_000) }),
    ]);
  });

  it('NCE-10: a cancel says until: null where no window closes (a marketplace SaaS trial, usage)', () => {
    const trial = createSubscription({
      program: 'new-commerce',
      product: 'marketplace-saas',
      term: 'P1M',
      billingFrequency: 'monthly',
      quantity: 1,
      orderedAt: '2026-11-20T10:00:00Z',
      trial: {},
    });
    expect(allowedActions(trial, '2026-11-21T00:00:00Z')[0]).toMatchObject({
      type: 'cancel',
      outcome: 'trial-cancelled',
      until: null,
    });
    const usage = createSubscription({
      program: 'new-commerce',
      product: 'marketplace-usage',
      quantity: 1,
      orderedAt: '2026-11-20T10:00:00Z',
    });
    expect(allowedActions(usage, '2026-11-21T00:00:00Z')[0]).toMatchObject({
      type: 'cancel',
      outcome: 'no-refund',
      until: null,
    });
  });

  describe('properties', () => {
    it('NCE-10: each action carries exactly the fields of its type', () => {
      fc.assert(
        fc.property(
          newCommerceState,
          fc.integer({ min: 0, max: 150 * 86_400_000 }),
          (state, wait) => {
            const at = new Date(Date.parse(state.asOf) + wait).toISOString();
            for (const action of allowedActions(state, at)) {
              const [required, optional] = FIELDS[action.type];
              const keys = Object.keys(action);
              expect(keys).toEqual(expect.arrayContaining([...DESCRIBED, ...required]));
              for (const key of keys)
                expect([...DESCRIBED, ...required, ...optional]).toContain(key);
            }
          },
        ),
      );
    });

    it('NCE-10: every allowed cancel credits exactly what transition’s cancel credits at that instant', () => {
      fc.assert(
        fc.property(
          newCommerceState,
          fc.integer({ min: 0, max: 150 * 86_400_000 }),
          (state, wait) => {
            const at = new Date(Date.parse(state.asOf) + wait).toISOString();
            const cancel = allowedActions(state, at).find((a) => a.type === 'cancel');
            if (cancel === undefined) return;
            const result = transition(state, { type: 'cancel', at });
            expect(result.ok).toBe(true);
            const effect = result.ok ? result.effects.find((e) => e.type === 'credit') : undefined;
            expect(cancel.credit).toEqual(
              effect !== undefined && 'credit' in effect ? effect.credit : undefined,
            );
          },
        ),
      );
    });
  });
});

import fc from 'fast-check';
import type {
  NewCommerceCancellationDecision,
  NewCommerceEvent,
  NewCommercePurchase,
  NewCommerceSubscription,
  NewCommerceTransitionResult,
  PartnerCenterPatch,
} from 'subscription-rules';
import * as root from 'subscription-rules';
import {
  partnerCenterSubscription,
  purchase,
  subscription,
  subscriptionEvent,
} from 'subscription-rules/arbitraries';
import { ko } from 'subscription-rules/locales/ko';
import * as nce from 'subscription-rules/new-commerce';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { later, outcome } from '../_calls.ts';
import { itKeepsTheContract } from '../_contracts.ts';
import { ruleErrorOf } from '../_errors.ts';
import { modulesLoadedBy } from '../_reaches.ts';

const DAY = 86_400_000;

const states = subscription({ program: 'new-commerce' });
const legacyStates = subscription({ program: 'legacy' });
const events = subscriptionEvent({ program: 'new-commerce' });
const gaps = fc.integer({ min: 0, max: 400 * DAY });

describe('subscription-rules/new-commerce', () => {
  it('NCE-1: 10 seats at 12.50 USD cancelled on day 3 credit 108.30 USD, as from the root', () => {
    const bought = {
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1Y',
      billingFrequency: 'monthly',
      orderedAt: '2026-11-20T10:00:00Z',
      quantity: 10,
      price: { amount: 1250, currency: 'USD' },
    } as const;
    const decision = nce.cancellationDecision(bought, '2026-11-23T09:00:00Z');
    expect(decision).toEqual(root.cancellationDecision(bought, '2026-11-23T09:00:00Z'));
    expect([decision.program, decision.outcome, 'credit' in decision && decision.credit]).toEqual([
      'new-commerce',
      'prorated-credit',
      { amount: 10830, currency: 'USD' },
    ]);
    expect(nce.cancellationDecision(bought, '2026-11-27T23:59:59.999Z').outcome).toBe(
      'prorated-credit',
    );
    expect(nce.cancellationDecision(bought, '2026-11-28T00:00:00.000Z').outcome).toBe(
      'not-cancellable',
    );
  });

  it('NCE-1: a legacy purchase, input, state or resource is refused at its program, never decided by the wrong rules', () => {
    const saas = {
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      orderedAt: '2026-11-20T10:00:00Z',
    } as const;
    const legacy = root.createSubscription({ ...saas, quantity: 1 });
    const at = '2026-11-20T12:00:00Z';
    const refused = (run: () => unknown) => {
      const error = ruleErrorOf(run);
      return [error.code, error.path];
    };
    expect(refused(() => nce.cancellationDecision(saas as never, at))).toEqual([
      'INVALID_ARGUMENT',
      'purchase.program',
    ]);
    expect(refused(() => nce.createSubscription({ ...saas, quantity: 1 } as never))).toEqual([
      'INVALID_ARGUMENT',
      'input.program',
    ]);
    for (const run of [
      () => nce.transition(legacy as never, { type: 'cancel', at }),
      () => nce.advance(legacy as never, at),
      () => nce.nextDeadline(legacy as never),
      () => nce.allowedActions(legacy as never, at),
      () => nce.access(legacy as never),
      () => nce.refundableQuantity(legacy as never, at),
    ]) {
      expect(refused(run)[0]).toBe('INVALID_ARGUMENT');
      expect(refused(run)[1]).toMatch(/^subscription\.program$|^subscription$/);
    }
    expect(refused(() => nce.toPartnerCenterPatch(legacy as never, legacy as never))).toEqual([
      'INVALID_ARGUMENT',
      'before.program',
    ]);
    const resource = {
      quantity: 1,
      status: 'active',
      autoRenewEnabled: true,
      isMicrosoftProduct: false,
      billingType: 'license',
      billingCycle: 'monthly',
      termDuration: 'P1M',
      effectiveStartDate: '2019-01-09T00:21:45.9263727+00:00',
      commitmentEndDate: '2019-02-08T00:00:00Z',
    };
    const error = ruleErrorOf(() =>
      nce.fromPartnerCenterSubscription(resource, { asOf: '2019-01-09T12:00:00Z' }),
    );
    expect([error.code, error.path, error.message]).toEqual([
      'INVALID_ARGUMENT',
      'resource',
      'resource: expected new-commerce (this entry takes that program only), got "legacy"',
    ]);
  });

  it('NCE-1, MSG-1: the refusal of the other program is said in every locale', () => {
    const legacy = root.createSubscription({
      product: 'marketplace-usage',
      quantity: 1,
      orderedAt: '2026-11-20T10:00:00Z',
    });
    const error = ruleErrorOf(() => nce.nextDeadline(legacy as never));
    expect(error.message).toBe(
      'subscription.program: expected new-commerce (this entry takes that program only), got "legacy"',
    );
    expect(root.formatMessage(error, ko)).toContain('new-commerce');
  });

  it('POL-1: createSubscription, transition and allowedActions refuse { policy } at options.policy, as the root does for a New Commerce state', () => {
    const input = {
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1Y',
      billingFrequency: 'monthly',
      quantity: 10,
      orderedAt: '2026-11-20T10:00:00Z',
    } as const;
    const policy = { policy: root.policyAt('2026-11-20T10:00:00Z', { program: 'new-commerce' }) };
    const state = nce.createSubscription(input);
    const at = '2026-11-21T00:00:00Z';
    for (const run of [
      () => nce.createSubscription(input, policy),
      () => nce.transition(state, { type: 'change-quantity', at, quantity: 5 }, policy),
      () => nce.allowedActions(state, at, policy),
    ]) {
      const error = ruleErrorOf(run);
      expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', 'options.policy']);
    }
  });

  it('ERR-1: a purchase that is not an object, or a product that is a symbol, is a RuleError, never a TypeError', () => {
    for (const purchase of [null, undefined, 42, 'x'])
      expect(
        ruleErrorOf(() => nce.cancellationDecision(purchase as never, '2026-11-21T00:00:00Z')).path,
      ).toBe('purchase');
    const error = ruleErrorOf(() =>
      nce.cancellationDecision(
        {
          program: 'new-commerce',
          product: Symbol('licence'),
          term: 'P1Y',
          billingFrequency: 'monthly',
          orderedAt: '2026-11-20T10:00:00Z',
        } as never,
        '2026-11-21T00:00:00Z',
      ),
    );
    expect(error.path).toBe('purchase.product');
    // objects without a prototype in the billing fields are described, never a TypeError
    for (const field of ['product', 'term', 'billingFrequency'])
      expect(
        ruleErrorOf(() =>
          nce.cancellationDecision(
            {
              program: 'new-commerce',
              product: 'license-based',
              term: 'P1Y',
              billingFrequency: 'monthly',
              orderedAt: '2026-11-20T10:00:00Z',
              [field]: Object.create(null),
            } as never,
            '2026-11-21T00:00:00Z',
          ),
        ).path,
      ).toBe(`purchase.${field}`);
  });

  it('NCE-1: the types take and give New Commerce values only', () => {
    expectTypeOf(nce.transition).parameter(0).toEqualTypeOf<NewCommerceSubscription>();
    expectTypeOf(nce.transition).parameter(1).toEqualTypeOf<NewCommerceEvent>();
    expectTypeOf(nce.transition).returns.toEqualTypeOf<NewCommerceTransitionResult>();
    expectTypeOf(nce.cancellationDecision).returns.toEqualTypeOf<NewCommerceCancellationDecision>();
    expectTypeOf(nce.toPartnerCenterPatch).returns.toEqualTypeOf<PartnerCenterPatch | null>();
    expectTypeOf(nce.fromPartnerCenterSubscription).returns.toEqualTypeOf<
      root.PartnerCenterReading<NewCommerceSubscription>
    >();
    const neverCalled = (legacy: root.Subscription) => {
      // @ts-expect-error a legacy state does not compile here
      nce.nextDeadline(legacy);
      // @ts-expect-error a legacy event does not compile here
      nce.transition({} as NewCommerceSubscription, { type: 'change-quantity', at: '' });
    };
    void neverCalled;
  });

  it('NCE-1: the entry and its locales load no module of the legacy program, directly or through a shared one', () => {
    for (const entry of [
      'src/newCommerce/index.ts',
      'src/locales/newCommerce/en.ts',
      'src/locales/newCommerce/ko.ts',
      'src/locales/newCommerce/zh-Hans.ts',
      'src/locales/newCommerce/zh-Hant.ts',
    ])
      expect([entry, modulesLoadedBy(entry).filter((m) => m.includes('/legacy/'))]).toEqual([
        entry,
        [],
      ]);
  });

  describe('properties', () => {
    it('NCE-1: every function answers exactly as the root does, over every New Commerce state, event and instant the arbitraries reach', () => {
      fc.assert(
        fc.property(states, events, gaps, (state, event, gap) => {
          const at = later(state.asOf, gap);
          const sent = { ...event, at } as NewCommerceEvent;
          expect(outcome(() => nce.transition(state, sent))).toEqual(
            outcome(() => root.transition(state, sent)),
          );
          expect(outcome(() => nce.advance(state, at))).toEqual(
            outcome(() => root.advance(state, at)),
          );
          expect(nce.nextDeadline(state)).toEqual(root.nextDeadline(state));
          expect(nce.access(state)).toEqual(root.access(state));
          expect(outcome(() => nce.allowedActions(state, at, { locale: ko }))).toEqual(
            outcome(() => root.allowedActions(state, at, { locale: ko })),
          );
          expect(outcome(() => nce.refundableQuantity(state, at))).toEqual(
            outcome(() => root.refundableQuantity(state, at)),
          );
          const next = outcome(() => root.transition(state, sent)) as {
            value?: NewCommerceTransitionResult;
          };
          if (next.value?.ok === true) {
            const after = next.value.subscription;
            expect(outcome(() => nce.toPartnerCenterPatch(state, after))).toEqual(
              outcome(() => root.toPartnerCenterPatch(state, after)),
            );
          }
        }),
      );
    });

    it('NCE-1: every New Commerce purchase is decided exactly as the root decides it, at any instant from its term start', () => {
      fc.assert(
        fc.property(purchase({ program: 'new-commerce' }), gaps, (drawn, gap) => {
          const bought = drawn as NewCommercePurchase;
          const start = 'termStart' in bought ? bought.termStart : undefined;
          const at = later(String(start ?? bought.orderedAt), gap);
          expect(outcome(() => nce.cancellationDecision(bought, at))).toEqual(
            outcome(() => root.cancellationDecision(bought, at)),
          );
        }),
      );
    });

    it('PCR-1: every New Commerce resource reads as the root reads it; every legacy one is refused at resource', () => {
      fc.assert(
        fc.property(partnerCenterSubscription(), gaps, (resource, gap) => {
          const start = Date.parse(resource.effectiveStartDate as string);
          const asOf = new Date(start + gap).toISOString();
          const mine = outcome(() => nce.fromPartnerCenterSubscription(resource, { asOf }));
          const theirs = outcome(() => root.fromPartnerCenterSubscription(resource, { asOf }));
          // PCR-1: New Commerce by its product type (an Azure plan too) or a
          // cancellationAllowedUntilDate key
          const typeId = String(
            (resource.productType as { id?: unknown } | null | undefined)?.id,
          ).toLowerCase();
          const isNewCommerce =
            typeId === 'onlineservicesnce' ||
            typeId === 'azure' ||
            'cancellationAllowedUntilDate' in resource;
          const refusal = (mine as { message?: string }).message?.includes('this entry') === true;
          if (refusal) {
            // only a legacy resource is refused, and the root never reads it as New Commerce
            expect(isNewCommerce).toBe(false);
            const read = (theirs as { value?: root.PartnerCenterReading }).value;
            if (read !== undefined) expect(read.subscription.program).toBe('legacy');
          } else expect(mine).toEqual(theirs);
        }),
      );
    });

    it('NCE-1: every legacy state the arbitraries reach is refused at subscription.program', () => {
      fc.assert(
        fc.property(legacyStates, (state) => {
          expect(outcome(() => nce.nextDeadline(state as never))).toMatchObject({
            code: 'INVALID_ARGUMENT',
            path: 'subscription.program',
          });
        }),
      );
    });

    itKeepsTheContract(
      'new-commerce transition',
      (state: NewCommerceSubscription, event: NewCommerceEvent) =>
        outcome(() => nce.transition(state, event)),
      fc
        .tuple(states, events, gaps)
        .map(
          ([state, event, gap]) =>
            [state, { ...event, at: later(state.asOf, gap) }] as [
              NewCommerceSubscription,
              NewCommerceEvent,
            ],
        ),
    );
  });
});

import fc from 'fast-check';
import type {
  LegacyCancellationDecision,
  Subscription,
  SubscriptionEvent,
  TransitionResult,
} from 'subscription-rules';
import * as root from 'subscription-rules';
import { purchase, subscription, subscriptionEvent } from 'subscription-rules/arbitraries';
import * as legacy from 'subscription-rules/legacy';
import { ko } from 'subscription-rules/locales/ko';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { later, outcome } from '../_calls.ts';
import { itKeepsTheContract } from '../_contracts.ts';
import { ruleErrorOf } from '../_errors.ts';
import { modulesLoadedBy } from '../_reaches.ts';

const DAY = 86_400_000;

const states = subscription({ program: 'legacy' });
const events = subscriptionEvent();
const gaps = fc.integer({ min: 0, max: 400 * DAY });
const saas = {
  product: 'marketplace-saas',
  billingCycle: 'monthly',
  orderedAt: '2026-11-20T10:00:00Z',
} as const;

describe('subscription-rules/legacy', () => {
  it('NCE-1, REF-1: a monthly SaaS order is fully credited until 24 hours after it (±1 ms), as from the root', () => {
    const before = legacy.cancellationDecision(saas, '2026-11-21T09:59:59.999Z');
    expect(before).toEqual(root.cancellationDecision(saas, '2026-11-21T09:59:59.999Z'));
    expect([before.program, before.outcome]).toEqual(['legacy', 'full-credit']);
    expect(legacy.cancellationDecision(saas, '2026-11-21T10:00:00.000Z').outcome).toBe(
      'cancel-at-renewal',
    );
  });

  it('NCE-1: a New Commerce purchase, input, state or resource is refused at its program', () => {
    const licence = {
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1Y',
      billingFrequency: 'monthly',
      orderedAt: '2026-11-20T10:00:00Z',
    } as const;
    const state = root.createSubscription({ ...licence, quantity: 3 });
    const at = '2026-11-20T12:00:00Z';
    const refused = (run: () => unknown) => {
      const error = ruleErrorOf(run);
      return [error.code, error.path];
    };
    expect(refused(() => legacy.cancellationDecision(licence as never, at))).toEqual([
      'INVALID_ARGUMENT',
      'purchase.program',
    ]);
    expect(refused(() => legacy.createSubscription({ ...licence, quantity: 1 } as never))).toEqual([
      'INVALID_ARGUMENT',
      'input.program',
    ]);
    for (const run of [
      () => legacy.transition(state as never, { type: 'cancel', at }),
      () => legacy.advance(state as never, at),
      () => legacy.nextDeadline(state as never),
      () => legacy.allowedActions(state as never, at),
      () => legacy.access(state as never),
    ])
      expect(refused(run)).toEqual(['INVALID_ARGUMENT', 'subscription.program']);
    expect(refused(() => legacy.toPartnerCenterPatch(state as never, state as never))).toEqual([
      'INVALID_ARGUMENT',
      'before.program',
    ]);
    const error = ruleErrorOf(() =>
      legacy.fromPartnerCenterSubscription(
        {
          quantity: 10,
          status: 'active',
          autoRenewEnabled: true,
          isMicrosoftProduct: true,
          billingType: 'license',
          productType: { id: 'OnlineServicesNCE' },
          termDuration: 'P1Y',
          billingCycle: 'monthly',
          effectiveStartDate: '2021-01-14T16:57:14.498252Z',
          commitmentEndDate: '2022-01-13T00:00:00Z',
        },
        { asOf: '2021-01-15T00:00:00Z' },
      ),
    );
    expect([error.code, error.path, error.message]).toEqual([
      'INVALID_ARGUMENT',
      'resource',
      'resource: expected legacy (this entry takes that program only), got "new-commerce"',
    ]);
  });

  it('NCE-1: a misspelt program is refused by the legacy guard, naming the programs', () => {
    const state = root.createSubscription({ ...saas, quantity: 1 });
    const error = ruleErrorOf(() =>
      legacy.nextDeadline({ ...state, program: 'retail' } as unknown as Subscription),
    );
    expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', 'subscription.program']);
    expect(error.message).toContain('legacy, new-commerce');
  });

  it('NCE-1: the types take and give legacy values only', () => {
    expectTypeOf(legacy.transition).parameter(0).toEqualTypeOf<Subscription>();
    expectTypeOf(legacy.transition).parameter(1).toEqualTypeOf<SubscriptionEvent>();
    expectTypeOf(legacy.transition).returns.toEqualTypeOf<TransitionResult>();
    expectTypeOf(legacy.cancellationDecision).returns.toEqualTypeOf<LegacyCancellationDecision>();
    const neverCalled = (nce: root.NewCommerceSubscription) => {
      // @ts-expect-error a New Commerce state does not compile here
      legacy.nextDeadline(nce);
    };
    void neverCalled;
  });

  it('NCE-1: the entry and its locales load no module of the New Commerce program, directly or through a shared one', () => {
    for (const entry of [
      'src/legacy/index.ts',
      'src/locales/legacy/en.ts',
      'src/locales/legacy/ko.ts',
      'src/locales/legacy/zh-Hans.ts',
      'src/locales/legacy/zh-Hant.ts',
    ])
      expect([entry, modulesLoadedBy(entry).filter((m) => m.includes('/newCommerce/'))]).toEqual([
        entry,
        [],
      ]);
  });

  describe('properties', () => {
    it('NCE-1: every function answers exactly as the root does, over every legacy state, event and instant the arbitraries reach', () => {
      fc.assert(
        fc.property(states, events, gaps, (state, event, gap) => {
          const at = later(state.asOf, gap);
          const sent = { ...event, at } as SubscriptionEvent;
          expect(outcome(() => legacy.transition(state, sent, { locale: ko }))).toEqual(
            outcome(() => root.transition(state, sent, { locale: ko })),
          );
          expect(outcome(() => legacy.advance(state, at))).toEqual(
            outcome(() => root.advance(state, at)),
          );
          expect(legacy.nextDeadline(state)).toEqual(root.nextDeadline(state));
          expect(legacy.access(state)).toEqual(root.access(state));
          expect(outcome(() => legacy.allowedActions(state, at))).toEqual(
            outcome(() => root.allowedActions(state, at)),
          );
          const next = outcome(() => root.transition(state, sent)) as {
            value?: TransitionResult;
          };
          if (next.value?.ok === true) {
            const after = next.value.subscription;
            expect(outcome(() => legacy.toPartnerCenterPatch(state, after))).toEqual(
              outcome(() => root.toPartnerCenterPatch(state, after)),
            );
          }
        }),
      );
    });

    it('NCE-1: every legacy purchase is decided exactly as the root decides it, at any instant from its order', () => {
      fc.assert(
        fc.property(purchase({ program: 'legacy' }), gaps, (bought, gap) => {
          const at = later(String(bought.orderedAt), gap);
          expect(outcome(() => legacy.cancellationDecision(bought, at))).toEqual(
            outcome(() => root.cancellationDecision(bought, at)),
          );
        }),
      );
    });

    it('NCE-1: every New Commerce state the arbitraries reach is refused at subscription.program', () => {
      fc.assert(
        fc.property(subscription({ program: 'new-commerce' }), (state) => {
          expect(outcome(() => legacy.nextDeadline(state as never))).toMatchObject({
            code: 'INVALID_ARGUMENT',
            path: 'subscription.program',
          });
        }),
      );
    });

    itKeepsTheContract(
      'legacy transition',
      (state: Subscription, event: SubscriptionEvent) =>
        outcome(() => legacy.transition(state, event)),
      fc
        .tuple(states, events, gaps)
        .map(
          ([state, event, gap]) =>
            [state, { ...event, at: later(state.asOf, gap) }] as [Subscription, SubscriptionEvent],
        ),
    );
  });
});

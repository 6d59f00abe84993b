import type {
  ActionDescription,
  AllowedAction,
  AllowedCancelOutcome,
  CancelAction,
  ChangeQuantityAction,
  Money,
  NewCommerceAllowedAction,
  NewCommerceCancelAction,
  NewCommerceChangeBillingFrequencyAction,
  NewCommerceChangeQuantityAction,
  NewCommerceChangeTermAction,
  NewCommerceReactivateAction,
  NewCommerceScheduleRenewalAction,
  NewCommerceSetAutoRenewAction,
  NewCommerceSetEndOfTermAction,
  NewCommerceSubscription,
  NewCommerceSuspendAction,
  NewCommerceUpgradeAction,
  ReactivateAction,
  SetAutoRenewAction,
  Subscription,
  SuspendAction,
} from 'subscription-rules';
import { allowedActions } from 'subscription-rules';
import type * as legacyEntry from 'subscription-rules/legacy';
import { allowedActions as legacyAllowedActions } from 'subscription-rules/legacy';
import type * as newCommerceEntry from 'subscription-rules/new-commerce';
import { allowedActions as newCommerceAllowedActions } from 'subscription-rules/new-commerce';
import { describe, expectTypeOf, it } from 'vitest';

type Outcomes =
  | 'full-credit'
  | 'prorated-credit'
  | 'no-refund'
  | 'cancel-at-renewal'
  | 'trial-cancelled';
const at = '2026-11-25T00:00:00Z';

describe('types', () => {
  it('PCR details: the allowed actions of both programs are unions by type, whose members are exported under their names from the root and the program entries', () => {
    expectTypeOf<AllowedAction>().toEqualTypeOf<
      CancelAction | SuspendAction | ReactivateAction | SetAutoRenewAction | ChangeQuantityAction
    >();
    expectTypeOf<NewCommerceAllowedAction>().toEqualTypeOf<
      | NewCommerceCancelAction
      | NewCommerceChangeQuantityAction
      | NewCommerceSetEndOfTermAction
      | NewCommerceSetAutoRenewAction
      | NewCommerceScheduleRenewalAction
      | NewCommerceSuspendAction
      | NewCommerceReactivateAction
      | NewCommerceChangeTermAction
      | NewCommerceChangeBillingFrequencyAction
      | NewCommerceUpgradeAction
    >();
    expectTypeOf<AllowedCancelOutcome>().toEqualTypeOf<Outcomes>();
    expectTypeOf<AllowedAction>().toExtend<ActionDescription>();
    expectTypeOf<NewCommerceAllowedAction>().toExtend<ActionDescription>();
    expectTypeOf<legacyEntry.AllowedAction>().toEqualTypeOf<AllowedAction>();
    expectTypeOf<legacyEntry.CancelAction>().toEqualTypeOf<CancelAction>();
    expectTypeOf<newCommerceEntry.NewCommerceAllowedAction>().toEqualTypeOf<NewCommerceAllowedAction>();
    expectTypeOf<newCommerceEntry.NewCommerceCancelAction>().toEqualTypeOf<NewCommerceCancelAction>();
  });

  it('LC-12: inside `type === "cancel"` a legacy action has the literal outcome, `until: string | null` and `credit?: Money`; a misspelt outcome and another type’s field do not compile', () => {
    const neverCalled = (sub: Subscription) => {
      for (const a of allowedActions(sub, at)) {
        if (a.type === 'cancel') {
          expectTypeOf(a).toEqualTypeOf<CancelAction>();
          expectTypeOf(a.outcome).toEqualTypeOf<Outcomes>();
          expectTypeOf(a.until).toEqualTypeOf<string | null>();
          expectTypeOf(a.credit).toEqualTypeOf<Money | undefined>();
          // @ts-expect-error a misspelt outcome is no outcome of a cancel
          if (a.outcome === 'prorated_credit') return;
          // @ts-expect-error a refusal is never offered
          if (a.outcome === 'not-cancellable') return;
          // @ts-expect-error `enabled` is set-auto-renew's
          void a.enabled;
        }
        if (a.type === 'set-auto-renew') expectTypeOf(a.enabled).toEqualTypeOf<boolean>();
        if (a.type === 'reactivate') expectTypeOf(a.until).toEqualTypeOf<string>();
        if (a.type === 'suspend')
          expectTypeOf(a.needs).toEqualTypeOf<
            readonly ('accountOpenedAt' | 'firstBillingPeriodStart')[]
          >();
        // @ts-expect-error before narrowing, `until` is not on every action
        void a.until;
        // @ts-expect-error a misspelt type does not compile
        if (a.type === 'cancell') return;
      }
      expectTypeOf(legacyAllowedActions(sub, at)).toEqualTypeOf<AllowedAction[]>();
    };
    void neverCalled;
  });

  it('NCE-10: inside `type === "cancel"` a New Commerce action has the literal outcome, `until: string | null` and `credit?: Money`; each other type only its own fields', () => {
    const neverCalled = (sub: NewCommerceSubscription) => {
      for (const a of allowedActions(sub, at)) {
        if (a.type === 'cancel') {
          expectTypeOf(a).toEqualTypeOf<NewCommerceCancelAction>();
          expectTypeOf(a.outcome).toEqualTypeOf<Outcomes>();
          expectTypeOf(a.until).toEqualTypeOf<string | null>();
          expectTypeOf(a.credit).toEqualTypeOf<Money | undefined>();
          // @ts-expect-error a misspelt outcome is no outcome of a cancel
          if (a.outcome === 'prorated_credit') return;
          // @ts-expect-error `enabled` is set-auto-renew's
          void a.enabled;
          // @ts-expect-error `maxReduction` is change-quantity's
          void a.maxReduction;
        }
        if (a.type === 'change-quantity') {
          expectTypeOf(a.maxReduction).toEqualTypeOf<number>();
          expectTypeOf(a.nextCharge?.at).toEqualTypeOf<string | undefined>();
          // @ts-expect-error `outcome` is cancel's
          void a.outcome;
        }
        if (a.type === 'upgrade') {
          expectTypeOf(a.offerId).toEqualTypeOf<string>();
          expectTypeOf(a.price).toEqualTypeOf<Money>();
          expectTypeOf(a.charge).toEqualTypeOf<Money | undefined>();
        }
        if (a.type === 'set-end-of-term') expectTypeOf(a.until).toEqualTypeOf<string>();
        if (a.type === 'set-auto-renew') expectTypeOf(a.enabled).toEqualTypeOf<boolean>();
        if (a.type === 'change-billing-frequency') expectTypeOf(a.from).toEqualTypeOf<string>();
        // @ts-expect-error before narrowing, `credit` is not on every action
        void a.credit;
      }
      expectTypeOf(newCommerceAllowedActions(sub, at)).toEqualTypeOf<NewCommerceAllowedAction[]>();
    };
    void neverCalled;
  });

  it('LC-12, NCE-10: the root overload for a state of either program narrows the same way', () => {
    const neverCalled = (sub: Subscription | NewCommerceSubscription) => {
      const listed = allowedActions(sub, at);
      expectTypeOf(listed).toEqualTypeOf<AllowedAction[] | NewCommerceAllowedAction[]>();
      for (const a of listed) {
        if (a.type === 'cancel') {
          expectTypeOf(a).toEqualTypeOf<CancelAction | NewCommerceCancelAction>();
          expectTypeOf(a.until).toEqualTypeOf<string | null>();
          expectTypeOf(a.outcome).toEqualTypeOf<Outcomes>();
          expectTypeOf(a.credit).toEqualTypeOf<Money | undefined>();
          // @ts-expect-error a misspelt outcome is no outcome of a cancel
          if (a.outcome === 'prorated_credit') return;
          // @ts-expect-error `enabled` is set-auto-renew's
          void a.enabled;
        }
      }
    };
    void neverCalled;
  });
});

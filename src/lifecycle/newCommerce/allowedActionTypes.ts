import type { OrderRefusal } from '../../orders/types.ts';
import type { BillingFrequency } from '../../policy/vocabulary/billingFrequencies.ts';
import type { NewCommerceTerm } from '../../policy/vocabulary/newCommerceTerms.ts';
import type { Money } from '../../pricing/money.ts';
import type { ActionDescription, AllowedCancelOutcome } from '../ActionDescription.ts';
import type { EndOfTermAction } from './types.ts';

/**
 * `cancel` as a New Commerce subscription would accept it now (NCE-4, NCE-10), or the
 * cancellation of an Extended Service Term month (EST-4).
 *
 * @category New Commerce
 */
export interface NewCommerceCancelAction extends ActionDescription {
  /** Discriminant. */
  readonly type: 'cancel';
  /**
   * The refund decision's outcome: `full-credit`, `prorated-credit` (also an Extended Service Term
   * month, EST-4), `no-refund` (usage), `cancel-at-renewal` (a marketplace SaaS past its window);
   * `trial-cancelled` during a marketplace SaaS trial.
   */
  readonly outcome: AllowedCancelOutcome;
  /**
   * Until when the outcome holds (exclusive): for `full-credit` and `prorated-credit`, the end of
   * the window (a full credit's ends with the term's first UTC day, or a stated end, PCR-1); for
   * `cancel-at-renewal`, the term's end, when it takes effect. `null` where no window closes:
   * `no-refund`, `trial-cancelled` and an Extended Service Term month.
   */
  readonly until: string | null;
  /**
   * What the cancel would credit now for every seat (NCE-5, NCE-11): the billing period's charge
   * for `full-credit`, its unused days for `prorated-credit`, zero for `no-refund`. Absent when the
   * subscription has no price, and for `cancel-at-renewal` and `trial-cancelled`, which credit
   * nothing.
   */
  readonly credit?: Money;
}

/**
 * `change-quantity` as a New Commerce subscription would accept it now (NCE-6, NCE-10): seats can
 * be added, and up to `maxReduction` removed.
 *
 * @category New Commerce
 */
export interface NewCommerceChangeQuantityAction extends ActionDescription {
  /** Discriminant. */
  readonly type: 'change-quantity';
  /**
   * The most seats that can be removed now (`credit`: what that credits), so that
   * `change-quantity` to `quantity − maxReduction` is accepted with that credit. A reduction keeps
   * at least one seat — cancelling is the action that removes them all — so it is at most
   * `quantity − 1`, where `refundableQuantity` counts every seat in its window (NCE-6).
   */
  readonly maxReduction: number;
  /** Until when `maxReduction` holds (exclusive); absent when no seat can be removed. */
  readonly until?: string;
  /** What removing `maxReduction` seats would credit now; present when priced and `until` is. */
  readonly credit?: Money;
  /**
   * For a priced subscription: the next charge if nothing changes (CHG-3), `{ amount, at }`;
   * absent when nothing more will be charged.
   */
  readonly nextCharge?: {
    /** What the next charge bills, in the subscription's currency. */
    readonly amount: Money;
    /** When it is billed: the start of the next billing period (an ISO UTC instant). */
    readonly at: string;
  };
  /**
   * For a subscription that names its offer (`offerId`): the fewest seats `change-quantity` would
   * accept now — the highest of the order constraints' minimums (ORD-7) and what NCE-6's windows
   * leave (`quantity − maxReduction`).
   */
  readonly minQuantity?: number;
  /** The order constraint's refusal one seat below `minQuantity`, when it is the constraint's. */
  readonly minQuantityBy?: OrderRefusal;
  /**
   * For a subscription that names its offer: the most seats an order constraint allows now (the
   * lowest room any cap leaves, ORD-7); absent when none bounds it.
   */
  readonly maxQuantity?: number;
  /** Why: the order constraint's refusal one seat above `maxQuantity`. */
  readonly maxQuantityBy?: OrderRefusal;
}

/**
 * `set-end-of-term` with an option other than the state's own (EST-2), with what it would bill
 * from the term's end.
 *
 * @category New Commerce
 */
export interface NewCommerceSetEndOfTermAction extends ActionDescription {
  /** Discriminant. */
  readonly type: 'set-end-of-term';
  /** The option it would set. */
  readonly action: EndOfTermAction;
  /** Until when the option can be changed: the term's end (exclusive). */
  readonly until: string;
  /**
   * For `extended-service-term` with a base to price it from (EST-3): the unit price of a month,
   * uplift included.
   */
  readonly price?: Money;
  /** For `extended-service-term`, beside `price`: what a month bills every seat from the term's end. */
  readonly charge?: Money;
}

/**
 * `set-auto-renew` with a value a New Commerce subscription would accept now (NCE-10), offered
 * only where there are no end-of-term options to choose instead.
 *
 * @category New Commerce
 */
export interface NewCommerceSetAutoRenewAction extends ActionDescription {
  /** Discriminant. */
  readonly type: 'set-auto-renew';
  /** The value that would be accepted. */
  readonly enabled: boolean;
}

/**
 * `schedule-renewal` as a New Commerce subscription would accept it now (NCE-7).
 *
 * @category New Commerce
 */
export interface NewCommerceScheduleRenewalAction extends ActionDescription {
  /** Discriminant. */
  readonly type: 'schedule-renewal';
  /** Until when the renewal can be scheduled: the term's end (exclusive). */
  readonly until: string;
}

/**
 * `suspend` as a New Commerce subscription would accept it now (NCE-7): a description only.
 *
 * @category New Commerce
 */
export interface NewCommerceSuspendAction extends ActionDescription {
  /** Discriminant. */
  readonly type: 'suspend';
}

/**
 * `reactivate` as a suspended New Commerce subscription would accept it now (NCE-7).
 *
 * @category New Commerce
 */
export interface NewCommerceReactivateAction extends ActionDescription {
  /** Discriminant. */
  readonly type: 'reactivate';
  /** Until when it can be reactivated: the term's end (exclusive); absent for a state with none. */
  readonly until?: string;
}

/**
 * `change-term` to a longer term now (MID-1), with the credit of the billing period's unused days.
 *
 * @category New Commerce
 */
export interface NewCommerceChangeTermAction extends ActionDescription {
  /** Discriminant. */
  readonly type: 'change-term';
  /** The longer term it would start now. */
  readonly term: NewCommerceTerm;
  /** The new term's billing frequency. */
  readonly billingFrequency: BillingFrequency;
  /** What the current billing period's unused days credit for every seat; present when priced. */
  readonly credit?: Money;
  /** The new plan's unit price per billing period, when the caller gave its plans. */
  readonly price?: Money;
}

/**
 * `change-billing-frequency` from the next billing period's start (MID-2).
 *
 * @category New Commerce
 */
export interface NewCommerceChangeBillingFrequencyAction extends ActionDescription {
  /** Discriminant. */
  readonly type: 'change-billing-frequency';
  /** The billing frequency it would set. */
  readonly billingFrequency: BillingFrequency;
  /** When the new frequency would apply: the next billing period's start. */
  readonly from: string;
  /** Until when the answer holds (exclusive): `from`. */
  readonly until: string;
  /** The new plan's unit price per billing period, when the caller gave its plans. */
  readonly price?: Money;
}

/**
 * An `upgrade` of every seat to an offer the caller's plans name (MID-4), done with `upgrade()`,
 * not `transition`.
 *
 * @category New Commerce
 */
export interface NewCommerceUpgradeAction extends ActionDescription {
  /** Discriminant. */
  readonly type: 'upgrade';
  /** The offer the seats would move to. */
  readonly offerId: string;
  /** The target's term (the current one). */
  readonly term: NewCommerceTerm;
  /** The target's billing frequency (the current one). */
  readonly billingFrequency: BillingFrequency;
  /** The target's unit price per billing period, from the caller's plan. */
  readonly price: Money;
  /** The credit of the billing period's unused days on the old price; present, with `charge`, when priced. */
  readonly credit?: Money;
  /** What the target offer charges every seat for the rest of the billing period; present with `credit`. */
  readonly charge?: Money;
}

/**
 * One event a New Commerce subscription would accept now, with what it would do (NCE-10), or an
 * `upgrade` to an offer the caller's plans name (MID-4): a union discriminated by `type`, each
 * member with exactly its own fields, so `if (action.type === 'cancel') action.until` is
 * `string | null`.
 *
 * @category New Commerce
 */
export type NewCommerceAllowedAction =
  | NewCommerceCancelAction
  | NewCommerceChangeQuantityAction
  | NewCommerceSetEndOfTermAction
  | NewCommerceSetAutoRenewAction
  | NewCommerceScheduleRenewalAction
  | NewCommerceSuspendAction
  | NewCommerceReactivateAction
  | NewCommerceChangeTermAction
  | NewCommerceChangeBillingFrequencyAction
  | NewCommerceUpgradeAction;

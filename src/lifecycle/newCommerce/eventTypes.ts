import type { SuspensionReason } from '../../policy/types.ts';
import type { BillingFrequency } from '../../policy/vocabulary/billingFrequencies.ts';
import type { NewCommerceTerm } from '../../policy/vocabulary/newCommerceTerms.ts';
import type { Money } from '../../pricing/money.ts';
import type { Instant } from '../../time/parseInstant.ts';
import type { EndOfTermAction } from './types.ts';

/**
 * Cancel (NCE-7).
 *
 * @category New Commerce
 */
export interface NewCommerceCancelEvent {
  /** Discriminant. */
  readonly type: 'cancel';
  /** When. */
  readonly at: Instant;
}

/**
 * Add or remove seats (NCE-6, NCE-7).
 *
 * @category New Commerce
 */
export interface NewCommerceChangeQuantityEvent {
  /** Discriminant. */
  readonly type: 'change-quantity';
  /** When. */
  readonly at: Instant;
  /** The new total, an integer ≥ 1. */
  readonly quantity: number;
}

/**
 * Turn auto-renew on or off (NCE-7).
 *
 * @category New Commerce
 */
export interface NewCommerceSetAutoRenewEvent {
  /** Discriminant. */
  readonly type: 'set-auto-renew';
  /** When. */
  readonly at: Instant;
  /** The new setting. */
  readonly enabled: boolean;
}

/**
 * Choose what happens at the term's end (EST-2): renew, continue into a paid Extended Service Term
 * (EST-3, eligible subscriptions only), or cancel. In a trial, `renew` or `cancel`.
 *
 * @category New Commerce
 */
export interface SetEndOfTermEvent {
  /** Discriminant. */
  readonly type: 'set-end-of-term';
  /** When. */
  readonly at: Instant;
  /** The option: `renew`, `extended-service-term` or `cancel`. */
  readonly action: EndOfTermAction;
  /**
   * With `extended-service-term`: the price it is billed from, always the price of **one month**
   * (EST-7): the SKU's monthly-term price, or with `monthlyPlan: false` its annual-term price's
   * month (an annual 120.00 is a base of 10.00, billed 12.30), in the subscription's currency.
   */
  readonly basePrice?: Money | undefined;
  /** With `basePrice`: whether the SKU has a monthly-term plan (default `true`: +3 %, else +23 %). */
  readonly monthlyPlan?: boolean | undefined;
}

/**
 * Schedule changes for the next renewal (NCE-7, NCE-11): at least one field.
 *
 * @category New Commerce
 */
export interface ScheduleRenewalEvent {
  /** Discriminant. */
  readonly type: 'schedule-renewal';
  /** When. */
  readonly at: Instant;
  /** The next term's quantity. */
  readonly quantity?: number | undefined;
  /** The next term's length. */
  readonly term?: NewCommerceTerm | undefined;
  /** The next term's billing frequency. */
  readonly billingFrequency?: BillingFrequency | undefined;
  /** The next term's unit price per billing period (required with a new term or frequency when priced). */
  readonly price?: Money | undefined;
  /**
   * The next term's aligned end (MID-3): its inclusive last date, `YYYY-MM-DD`, after the next
   * term's first date and not after its nominal end.
   */
  readonly customTermEndDate?: string | undefined;
}

/**
 * Move to a longer term now (MID-1): a new term starts at `at`, with a new cancellation window;
 * the current billing period's unused days are credited and the new term's first period charged.
 *
 * @category New Commerce
 */
export interface ChangeTermEvent {
  /** Discriminant. */
  readonly type: 'change-term';
  /** When. */
  readonly at: Instant;
  /** The new term, longer than the current one. */
  readonly term: NewCommerceTerm;
  /** The new term's billing frequency. */
  readonly billingFrequency: BillingFrequency;
  /**
   * The new plan's unit price per billing period (same currency as the subscription's). It wins
   * over the price list; without it the change is priced by `options.priceList` for the
   * subscription's `priceKey`: the new term's row at `at` (PL-3).
   */
  readonly price?: Money | undefined;
  /**
   * The seats of the new term, only when leaving an Extended Service Term (EST-4); otherwise the
   * term keeps every seat.
   */
  readonly quantity?: number | undefined;
}

/**
 * Change the billing frequency from the next billing period (MID-2), where the policy in force
 * allows it mid-term.
 *
 * @category New Commerce
 */
export interface ChangeBillingFrequencyEvent {
  /** Discriminant. */
  readonly type: 'change-billing-frequency';
  /** When. */
  readonly at: Instant;
  /** The new billing frequency. */
  readonly billingFrequency: BillingFrequency;
  /**
   * The unit price per billing period at the new frequency (same currency). It wins over the price
   * list; without it the change is priced by `options.priceList` for the subscription's
   * `priceKey`: the new frequency's row at `at` (PL-3).
   */
  readonly price?: Money | undefined;
}

/**
 * Suspend: still billed, auto-renew off (NCE-7).
 *
 * @category New Commerce
 */
export interface NewCommerceSuspendEvent {
  /** Discriminant. */
  readonly type: 'suspend';
  /** When. */
  readonly at: Instant;
  /** Why (SUS-5). */
  readonly reason: SuspensionReason;
}

/**
 * Reactivate a suspended subscription before its term ends (NCE-7).
 *
 * @category New Commerce
 */
export interface NewCommerceReactivateEvent {
  /** Discriminant. */
  readonly type: 'reactivate';
  /** When. */
  readonly at: Instant;
}

/**
 * An event a caller sends to a New Commerce subscription (NCE-7).
 *
 * @category New Commerce
 */
export type NewCommerceEvent =
  | NewCommerceCancelEvent
  | NewCommerceChangeQuantityEvent
  | NewCommerceSetAutoRenewEvent
  | SetEndOfTermEvent
  | ScheduleRenewalEvent
  | NewCommerceSuspendEvent
  | NewCommerceReactivateEvent
  | ChangeTermEvent
  | ChangeBillingFrequencyEvent;

/**
 * The type of a New Commerce time-driven event (NCE-8; `billing-frequency-changed`, MID-2;
 * `extended-service-term`, EST-3: a term ending into a paid Extended Service Term).
 *
 * @category New Commerce
 */
export type NewCommerceDeadlineType =
  | 'extended-service-term'
  | 'trial-converted'
  | 'renewed'
  | 'expired'
  | 'disabled'
  | 'data-deleted'
  | 'cancelled'
  | 'billing-frequency-changed';

/**
 * A New Commerce time-driven event and its instant (NCE-8); a renewal under a new policy says which.
 *
 * @category New Commerce
 */
export interface NewCommerceDeadline {
  /** What happens. */
  readonly type: NewCommerceDeadlineType;
  /** When (ISO 8601 UTC). */
  readonly at: string;
  /** On `renewed` and `trial-converted`, when the policy changes: the new term's policy (NCE-11). */
  readonly policyId?: string;
}

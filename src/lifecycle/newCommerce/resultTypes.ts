import type { LifecycleMessageId } from '../../messages/en/lifecycle.ts';
import type { MidTermMessageId } from '../../messages/en/newCommerce/midTerm.ts';
import type { PriceMessageId } from '../../messages/en/newCommerce/prices.ts';
import type { OrderMessageId } from '../../messages/en/orders.ts';
import type { RefundMessageId } from '../../messages/en/refunds.ts';
import type { MessageParams } from '../../messages/types.ts';
import type { OrderRefusal } from '../../orders/types.ts';
import type { BillingFrequency } from '../../policy/vocabulary/billingFrequencies.ts';
import type { NewCommerceTerm } from '../../policy/vocabulary/newCommerceTerms.ts';
import type { PriceFrom, PriceStateKey } from '../../prices/types.ts';
import type { Money } from '../../pricing/money.ts';
import type { Instant } from '../../time/parseInstant.ts';
import type { NewCommerceDeadline } from './eventTypes.ts';
import type { NewCommerceSubscription } from './types.ts';

/**
 * What a charge bills (CHG-1): the first billing period of the first term (`purchase`), a later
 * period of a term (`cycle`), the first period of a renewed term (`renewal`), seats added
 * mid-period (`add-quantity`, CHG-2), the first period after a trial (`trial-conversion`), a new
 * term started mid-term (`term-change`), an upgrade's target (`upgrade`) and a month of an
 * Extended Service Term (`extended-service-term`, EST-5).
 *
 * @category New Commerce
 */
export type NewCommerceChargeKind =
  | 'extended-service-term'
  | 'purchase'
  | 'cycle'
  | 'renewal'
  | 'add-quantity'
  | 'trial-conversion'
  | 'term-change'
  | 'upgrade';

/**
 * Why seats are credited (REC-4): a reduction (`remove-quantity`), a cancellation (`cancel`), the
 * source of an upgrade (`upgrade-source`) or of a term change (`term-change-source`).
 *
 * @category New Commerce
 */
export type NewCommerceCreditKind =
  | 'remove-quantity'
  | 'cancel'
  | 'upgrade-source'
  | 'term-change-source';

/**
 * An amount Partner Center bills (CHG-1, CHG-2): for `quantity` seats over the billing period
 * [`periodStart`, `periodEnd`), or over its last `days` of `periodDays` days for seats added
 * mid-period. `amount` is always a whole multiple of `quantity`: `amount / quantity` is the
 * invoice line's effective unit price (REC-1).
 *
 * @category New Commerce
 */
export interface NewCommerceChargeEffect {
  /** Discriminant. */
  readonly type: 'charge';
  /** What is billed. */
  readonly kind: NewCommerceChargeKind;
  /** The event that bills: the purchase, the period's start, the renewal, the addition. */
  readonly at: string;
  /** How many seats are billed. */
  readonly quantity: number;
  /** The subscription's price per seat per billing period (the file's `UnitPrice`). */
  readonly unitPrice: Money;
  /** What is billed, in the price's currency (integer minor units). */
  readonly amount: Money;
  /** The billing period's start. */
  readonly periodStart: string;
  /** The billing period's end (exclusive). */
  readonly periodEnd: string;
  /** The days billed: the period's UTC days, or those from the addition's day to its end (CHG-2). */
  readonly days: number;
  /** The period's UTC days (D of the proration). */
  readonly periodDays: number;
  /** The subscription's seats after the event (the file's `Quantity`). */
  readonly seats: number;
  /** The term the period belongs to. */
  readonly term: NewCommerceTerm;
  /** The term's billing frequency. */
  readonly billingFrequency: BillingFrequency;
  /** The rule that decided. */
  readonly rule: string;
  /**
   * On an upgrade's charge: `true` when the upgrade moved every seat to the new offer (a full
   * upgrade), whose invoice line Partner Center writes as `convert` (REC-1).
   */
  readonly full?: boolean;
  /** On a charge priced by `options.priceList` (PL-3, PL-4): the row it used. */
  readonly priceFrom?: PriceFrom;
  /**
   * On a charge of a promoted term (PL-5): the promotion (the invoice's `PromotionId`); `unitPrice`
   * is then the discounted price (its `EffectiveUnitPrice`) and `listUnitPrice` the list's.
   */
  readonly promotionId?: string;
  /** With `promotionId`: the period price before the discount (the invoice's `UnitPrice`). */
  readonly listUnitPrice?: Money;
  /**
   * On a renewal priced without a price list (PL-4): `true`, the term's price kept, where Partner
   * Center renews at the list's price on that day.
   */
  readonly priceAssumed?: true;
  /** With `priceAssumed`: why the price is assumed, and what to pass (English). */
  readonly message?: string;
  /**
   * With `priceAssumed`: the message's stable ID (MSG-1), so `formatMessage(charge, ko)` says it in
   * any locale.
   */
  readonly messageId?: PriceMessageId;
  /** With `priceAssumed`: the message's named parameters. */
  readonly params?: MessageParams;
  /**
   * On a month of an Extended Service Term (EST-5): the base price of one month it is priced from
   * (the invoice's `UnitPrice`; `unitPrice` is then the EST price, its `EffectiveUnitPrice`).
   */
  readonly basePrice?: Money;
  /** On a month of an Extended Service Term (EST-5): the uplift on `basePrice`, a fraction (`0.03`). */
  readonly uplift?: number;
  /** On a month of an Extended Service Term (EST-5): when the Extended Service Term began. */
  readonly since?: string;
}

/**
 * A credit for seats that end now: a cancellation or a reduction (NCE-5, NCE-7). Seats in a term
 * name their billing period and the days credited; a priced subscription's credit names its price.
 *
 * @category New Commerce
 */
export interface NewCommerceCreditEffect {
  /** Discriminant. */
  readonly type: 'credit';
  /** Why (REC-4). */
  readonly kind: NewCommerceCreditKind;
  /** The outcome. */
  readonly outcome: 'full-credit' | 'prorated-credit' | 'no-refund';
  /** The event. */
  readonly at: string;
  /** How many seats are credited. */
  readonly quantity: number;
  /** The credit, when the subscription has a price. */
  readonly credit?: Money;
  /** The subscription's price per seat per billing period, when it has one. */
  readonly unitPrice?: Money;
  /**
   * `true` when the seats had no price to credit from (CHG-1: an unpriced subscription, or an
   * Extended Service Term with no base): money comes back, but the library cannot say how much,
   * so the effect has no `credit` and no invoice line (REC-1).
   */
  readonly unpriced?: true;
  /** The billing period the credit comes from, when the seats are in a term. */
  readonly periodStart?: string;
  /** That period's end (exclusive). */
  readonly periodEnd?: string;
  /** The days credited: the whole period for a full credit, those after the event's day otherwise. */
  readonly days?: number;
  /** The period's UTC days. */
  readonly periodDays?: number;
  /** The subscription's seats after the event (0 after a cancellation). */
  readonly seats: number;
  /** The rule that decided. */
  readonly rule: string;
}

/**
 * A marketplace SaaS cancellation scheduled for the term's end (NCE-7).
 *
 * @category New Commerce
 */
export interface NewCommerceCancellationScheduledEffect {
  /** Discriminant. */
  readonly type: 'cancellation-scheduled';
  /** When it will be cancelled. */
  readonly at: string;
  /** The rule that decided. */
  readonly rule: string;
}

/**
 * A consequence of a New Commerce event outside the state.
 *
 * @category New Commerce
 */
export type NewCommerceEffect =
  | NewCommerceChargeEffect
  | NewCommerceCreditEffect
  | NewCommerceCancellationScheduledEffect;

/**
 * Why a New Commerce event was refused, in the order they are checked (NCE-11): `ORDER_CONSTRAINT`
 * last, a change an order constraint refuses once the windows allow it (ORD-6).
 *
 * @category New Commerce
 */
export type NewCommerceRefusalCode =
  | 'TERMINAL'
  | 'NOT_ALLOWED'
  | 'NOT_SUPPORTED'
  | 'CANCELLATION_SCHEDULED'
  | 'NOT_CANCELLABLE'
  | 'REDUCTION_NOT_ALLOWED'
  | 'ORDER_CONSTRAINT';

/**
 * An accepted New Commerce event.
 *
 * @category New Commerce
 */
export interface NewCommerceTransitionAccepted {
  /** Discriminant. */
  readonly ok: true;
  /** The new state, as of the event's `at`. */
  readonly subscription: NewCommerceSubscription;
  /**
   * Charges and credits in time order — those of the periods, renewals and conversions passed on
   * the way to `at` first (CHG-1) — and scheduled cancellations.
   */
  readonly effects: readonly NewCommerceEffect[];
  /** Time-driven events applied on the way to `at`. */
  readonly events: readonly NewCommerceDeadline[];
  /**
   * Present when the subscription has no price — it charges and credits no money — or when one of
   * the effects had none (CHG-1): leaving an unpriced Extended Service Term by `change-term`, its
   * credit unknown (EST-7).
   */
  readonly unpriced?: true;
  /**
   * What the caller should know although the event was accepted (EST-2, EST-3, EST-7): auto-renew
   * off (or a suspension) that continues into a paid Extended Service Term, or one that has no
   * price to bill with. Absent when there is nothing to say.
   */
  readonly warnings?: readonly NewCommerceWarning[];
}

/**
 * A warning on an accepted New Commerce event (EST-2, EST-3, MSG-1): one sentence, its stable ID
 * and its parameters, in the `{ locale }` given.
 *
 * @category New Commerce
 */
export interface NewCommerceWarning {
  /**
   * What the warning is about: `EXTENDED_SERVICE_TERM` (EST-7), or `ORDER_CAPS_NOT_CHECKED`: a
   * change of a subscription whose offer the order constraints list was checked without
   * `options.holdings`, so the caps across the customer's subscriptions were not (ORD-6).
   */
  readonly code: 'EXTENDED_SERVICE_TERM' | 'ORDER_CAPS_NOT_CHECKED';
  /** One sentence a UI can show. */
  readonly message: string;
  /** The message's stable ID (MSG-1). */
  readonly messageId: MidTermMessageId | OrderMessageId;
  /** The message's named parameters. */
  readonly params: MessageParams;
}

/**
 * Why a New Commerce subscription can or cannot continue into an Extended Service Term at its
 * term's end (EST-1).
 *
 * @category New Commerce
 */
export type ExtendedServiceTermReason =
  | 'eligible'
  | 'not-license-based'
  | 'trial'
  | 'term-started-before'
  | 'term-ends-before'
  | 'end-of-sale'
  | 'no-policy-section'
  | 'in-extended-service-term'
  | 'ended';

/**
 * What `extendedServiceTermEligible` answers (EST-1): whether the subscription's term, when not
 * renewed, continues into a paid Extended Service Term, why, and from when.
 *
 * @category New Commerce
 */
export interface ExtendedServiceTermEligibility {
  /** Whether it does (or, `in-extended-service-term`, already did). */
  readonly eligible: boolean;
  /** Why. */
  readonly reason: ExtendedServiceTermReason;
  /** When the Extended Service Term begins (or began): the term's end; `null` when not eligible. */
  readonly from: string | null;
}

/**
 * A refused New Commerce event: nothing changes.
 *
 * @category New Commerce
 */
export interface NewCommerceTransitionRefused {
  /** Discriminant. */
  readonly ok: false;
  /** Why. */
  readonly code: NewCommerceRefusalCode;
  /** One sentence a UI can show, English unless a `{ locale }` was given (MSG-1). */
  readonly message: string;
  /**
   * The message's stable ID (MSG-1): a lifecycle refusal's, the refund decision's that refused, or
   * the first order refusal's (`ORDER_CONSTRAINT`).
   */
  readonly messageId: LifecycleMessageId | MidTermMessageId | RefundMessageId | OrderMessageId;
  /** The message's named parameters (MSG-1). */
  readonly params: MessageParams;
  /** With `ORDER_CONSTRAINT`: every order constraint the change breaks, as `checkOrder` gives them (ORD-6). */
  readonly refusals?: readonly OrderRefusal[];
}

/**
 * What `transition` returns for a New Commerce subscription.
 *
 * @category New Commerce
 */
export type NewCommerceTransitionResult =
  | NewCommerceTransitionAccepted
  | NewCommerceTransitionRefused;

/**
 * What `advance` returns for a New Commerce subscription (NCE-8, NCE-10).
 *
 * @category New Commerce
 */
export interface NewCommerceAdvanced {
  /** The state as of `to`. */
  readonly subscription: NewCommerceSubscription;
  /** Every time-driven event applied, in time order. */
  readonly events: readonly NewCommerceDeadline[];
  /** What the periods, renewals and trial conversions passed bill, in time order (CHG-1). */
  readonly effects: readonly NewCommerceChargeEffect[];
  /** Present when the subscription has no price: it charges no money (CHG-1). */
  readonly unpriced?: true;
}

/**
 * The seats that can be removed now, as Partner Center's `refundableQuantity` reports them (NCE-6).
 *
 * @category New Commerce
 */
export interface RefundableQuantity {
  /** The sum of `details`' quantities. */
  readonly total: number;
  /** The batches whose reduction window contains the instant, newest first. */
  readonly details: readonly {
    /** Seats of one batch. */
    readonly quantity: number;
    /** When its reduction window closes (exclusive). */
    readonly allowedUntil: string;
  }[];
}

/**
 * What {@link customTermEndDates} takes (MID-3): the new subscription's term and billing
 * frequency, its intended start, and the subscriptions it could end with.
 *
 * @category New Commerce
 */
export interface CustomTermEndDatesInput {
  /** The term: `P1M`, `P1Y` or `P3Y`. */
  readonly term: NewCommerceTerm;
  /** A billing frequency the term is sold with. */
  readonly billingFrequency: BillingFrequency;
  /** When the subscription would be bought. */
  readonly startDate: Instant;
  /** Subscriptions to align with, each with the id the answer names it by. */
  readonly subscriptions?:
    | readonly {
        /** The subscription's id (Partner Center's `id`). */
        readonly id: string;
        /** Its state. */
        readonly subscription: NewCommerceSubscription;
      }[]
    | undefined;
}

/**
 * An end date Partner Center would offer a first term (MID-3), as its custom term end dates API:
 * aligned with the calendar month, or with other subscriptions' end.
 *
 * @category New Commerce
 */
export interface CustomTermEndDate {
  /** The inclusive last date of the term, `YYYY-MM-DD`. */
  readonly date: string;
  /** `calendar-month` (Partner Center's `calendarMonthAligned`) or `subscription` (`subscriptionAligned`). */
  readonly type: 'calendar-month' | 'subscription';
  /** For `subscription`: the ids of the subscriptions that end on `date`. */
  readonly subscriptionIds?: readonly string[];
}

/**
 * The plan an upgrade moves seats to (MID-4): the offer, its unit price per billing period and,
 * into an existing subscription, that subscription's term and billing frequency.
 *
 * @category New Commerce
 */
export interface NewCommerceUpgradeTarget {
  /** The target offer's id (Partner Center's `offerId`), from the caller's eligibility list. */
  readonly offerId: string;
  /**
   * Its unit price per billing period, in the source's currency. It wins over the price list;
   * without it, `options.priceList` prices the target by `priceKey` at `at` (PL-3), and seats
   * moved `into` a running subscription take its locked price.
   */
  readonly price?: Money | undefined;
  /** The target's price key (PL-4): what the list prices it by, and the new subscription's `priceKey`. */
  readonly priceKey?: PriceStateKey | undefined;
  /** Its term (default the source's, or `into`'s); never shorter than the source's. */
  readonly term?: NewCommerceTerm | undefined;
  /** Its billing frequency (default the source's, or `into`'s). */
  readonly billingFrequency?: BillingFrequency | undefined;
}

/**
 * What {@link upgrade} is asked (MID-4): when, to which offer, how many seats (all by default),
 * and optionally into which existing subscription.
 *
 * @category New Commerce
 */
export interface NewCommerceUpgradeRequest {
  /** When. */
  readonly at: Instant;
  /** The target offer and its price. */
  readonly to: NewCommerceUpgradeTarget;
  /** The seats that move, an integer ≥ 1 and at most the source's; all when absent. */
  readonly quantity?: number | undefined;
  /** An existing subscription of the target offer that takes the seats. */
  readonly into?: NewCommerceSubscription | undefined;
}

/**
 * An accepted upgrade (MID-4): the source left (`null` for a full upgrade, which is the same
 * subscription now for the target offer), the target, and what it bills and credits.
 *
 * @category New Commerce
 */
export interface NewCommerceUpgraded {
  /** Discriminant. */
  readonly ok: true;
  /** The source with the seats that stayed, as of `at`; `null` for a full upgrade. */
  readonly source: NewCommerceSubscription | null;
  /** The subscription the seats are in now, as of `at`. */
  readonly target: NewCommerceSubscription;
  /**
   * In time order: what the time passed on the way to `at` billed the source and `into` (CHG-1),
   * then the credit of the moved seats on the source (`upgrade-source`) and their charge on the
   * target (`upgrade`).
   */
  readonly effects: readonly NewCommerceEffect[];
  /** Present when the source has no price: it charges and credits no money (CHG-1). */
  readonly unpriced?: true;
}

/**
 * What {@link upgrade} returns: the upgrade, or why it was refused (nothing changes).
 *
 * @category New Commerce
 */
export type NewCommerceUpgradeResult = NewCommerceUpgraded | NewCommerceTransitionRefused;

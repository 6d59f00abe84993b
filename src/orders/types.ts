import type { OrderMessageId } from '../messages/en/orders.ts';
import type { MessageOptions, MessageParams } from '../messages/types.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import type { BillingFrequency } from '../policy/vocabulary/billingFrequencies.ts';
import type { NewCommerceTerm } from '../policy/vocabulary/newCommerceTerms.ts';
import type { Instant } from '../time/parseInstant.ts';

/**
 * An order checked before it is placed (ORD-1): without `subscriptionId` a purchase, with it a
 * change of that holding, `quantity` being its new total.
 *
 * @category Orders
 */
export interface Order {
  /** A catalog key of the policy's `orders.products`, or one of its product IDs (any case). */
  readonly offer: string;
  /** The subscription's seats after the order: a safe integer ≥ 1. */
  readonly quantity: number;
  /** The term. */
  readonly term: NewCommerceTerm;
  /** The billing frequency, one NCE-2 sells with the term. */
  readonly billingFrequency: BillingFrequency;
  /** `true` for a trial (NCE-8). */
  readonly trial?: boolean | undefined;
  /** The holding the order changes, by its `id`. */
  readonly subscriptionId?: string | undefined;
}

/**
 * Where a subscription the customer holds is in its life (ORD-1): it counts towards caps and
 * bases when `active`, `suspended` or `trial`.
 *
 * @category Orders
 */
export type HoldingStatus =
  | 'active'
  | 'suspended'
  | 'trial'
  | 'expired'
  | 'disabled'
  | 'cancelled'
  | 'deleted';

/**
 * A subscription the customer holds (ORD-1), named by a catalog key (`offer`) or Partner Center's
 * `offerId` (its product ID first). A New Commerce state with its `offerId` is one as it is.
 *
 * @category Orders
 */
export interface Holding {
  /** Its id, which an order's `subscriptionId` names. */
  readonly id?: string | undefined;
  /** The offer, by catalog key or product ID. */
  readonly offer?: string | undefined;
  /** Partner Center's `offerId` (`CFQ7TTC0LF8R:0001:…`): its product ID names the offer. */
  readonly offerId?: string | undefined;
  /** Its seats: a safe integer ≥ 0. */
  readonly quantity: number;
  /**
   * Its status.
   *
   * @defaultValue `'active'`
   */
  readonly status?: HoldingStatus | undefined;
  /** Its term, where known. */
  readonly term?: NewCommerceTerm | null | undefined;
  /** Its billing frequency, where known. */
  readonly billingFrequency?: BillingFrequency | null | undefined;
  /** `true` for a trial. */
  readonly trial?: boolean | undefined;
}

/**
 * The options of `checkOrder` (ORD-3).
 *
 * @category Orders
 */
export interface CheckOrderOptions extends PolicyOptions, MessageOptions {
  /** The instant the order is placed: the constraints in force then decide. */
  readonly at: Instant;
}

/**
 * Why an order is refused (ORD-3).
 *
 * @category Orders
 */
export type OrderRefusalCode =
  | 'below-minimum'
  | 'above-maximum'
  | 'billing-not-allowed'
  | 'term-not-allowed'
  | 'family-cap-exceeded'
  | 'add-on-without-base'
  | 'add-on-over-base'
  | 'add-on-under-share'
  | 'trial-over-limit'
  | 'trial-not-eligible';

/**
 * One constraint an order breaks (ORD-3), with the bound and the order's value.
 *
 * @category Orders
 */
export interface OrderRefusal {
  /** Why. */
  readonly code: OrderRefusalCode;
  /** The rule that decided: `ORD-5`. */
  readonly rule: string;
  /** The constraint's id in the policy (`p3y-minimum-suites`). */
  readonly constraintId: string;
  /** The bound: seats, or the frequencies or terms allowed. */
  readonly limit: number | readonly string[];
  /** The order's value: seats, a frequency, a term, or why a trial is not eligible. */
  readonly actual: number | string;
  /** The message's stable ID (MSG-1). */
  readonly messageId: OrderMessageId;
  /** The message's named parameters. */
  readonly params: MessageParams;
  /** One sentence a UI can show, in the locale given. */
  readonly message: string;
}

/**
 * Something the caller should know about a check (ORD-1, ORD-6): an offer the policy does not
 * list, or caps not checked for want of holdings.
 *
 * @category Orders
 */
export interface OrderNote {
  /** What it is about. */
  readonly code: 'offer-not-listed' | 'caps-not-checked';
  /** The message's stable ID (MSG-1). */
  readonly messageId: OrderMessageId;
  /** The message's named parameters. */
  readonly params: MessageParams;
  /** One sentence a UI can show, in the locale given. */
  readonly message: string;
}

/**
 * What `checkOrder` answers (ORD-3): allowed, or every refusal in the policy's constraint order.
 *
 * @category Orders
 */
export type OrderCheck =
  | {
      /** Allowed. */
      readonly ok: true;
      /** The policy that decided. */
      readonly policyId: string;
      /** Notes, possibly none. */
      readonly notes: readonly OrderNote[];
    }
  | {
      /** Refused. */
      readonly ok: false;
      /** The policy that decided. */
      readonly policyId: string;
      /** Every constraint the order breaks, in the policy's order. */
      readonly refusals: readonly OrderRefusal[];
      /** Notes, possibly none. */
      readonly notes: readonly OrderNote[];
    };

/**
 * The customer's other subscriptions, for a New Commerce `transition` or `allowedActions` to check
 * a seat, renewal or term change against the caps across them (ORD-6, ORD-7).
 *
 * @category Orders
 */
export interface HoldingsOptions {
  /**
   * The customer's subscriptions other than the one changed (it has no id to tell it apart, and is
   * added to them as it stands). Absent: only the constraints of the subscription itself run
   * (minimums, billing plans, terms); `[]`: the customer holds nothing else.
   */
  readonly holdings?: readonly Holding[] | undefined;
}

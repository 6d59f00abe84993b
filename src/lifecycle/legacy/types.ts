import type { LifecycleMessageId } from '../../messages/en/lifecycle.ts';
import type { RefundMessageId } from '../../messages/en/refunds.ts';
import type { MessageParams } from '../../messages/types.ts';
import type { BillingCycle, SuspensionReason } from '../../policy/types.ts';
import type { Money } from '../../pricing/money.ts';
import type { Instant } from '../../time/parseInstant.ts';
import type { Term } from '../../time/Term.ts';

/**
 * The products that are subscriptions (LC-1).
 *
 * @category Lifecycle
 */
export type SubscriptionProduct =
  | 'marketplace-saas'
  | 'marketplace-usage'
  | 'software-subscription'
  | 'windows-7-esu';

/**
 * Where a subscription is in its life (LC-1 … LC-13). `cancelled`, `expired` and `deleted` are terminal.
 *
 * @category Lifecycle
 */
export type SubscriptionStatus =
  | 'trial'
  | 'active'
  | 'suspended'
  | 'cancelled'
  | 'expired'
  | 'deleted';

/**
 * The record of a suspension (LC-6): kept while suspended, and by a deleted subscription as the
 * record of why.
 *
 * @category Lifecycle
 */
export interface Suspension {
  /** When the subscription was suspended. */
  readonly at: string;
  /** Why (SUS-5). */
  readonly reason: SuspensionReason;
  /** When the data is deleted unless reactivated first (SUS-1). */
  readonly expiresAt: string;
  /** The status `reactivate` returns to. */
  readonly resumeTo: 'trial' | 'active';
}

/**
 * The fields every subscription state has. Instants are ISO 8601 UTC strings; fields that do not
 * apply are `null`, so every state has the same shape (fast, and stable as JSON).
 *
 * @category Lifecycle
 */
export interface SubscriptionFields {
  /** The instant this state is known at: every later question starts from here. */
  readonly asOf: string;
  /** The policy the subscription was created under (POL-2: in force at `orderedAt`). */
  readonly policyId: string;
  /**
   * The program (NCE-1): always `legacy` in a state the library returns, so
   * `sub.program === 'new-commerce'` narrows a `Subscription | NewCommerceSubscription`. A stored
   * state written before states carried it is read as legacy (`parseSubscription` adds it).
   */
  readonly program: 'legacy';
  /** The product. */
  readonly product: SubscriptionProduct;
  /** How it is billed; `null` when not given for a product that does not need it. */
  readonly billingCycle: BillingCycle | null;
  /** The term length; `null` for a usage-based subscription, which never renews or expires. */
  readonly term: Term | null;
  /** Licenses (integer ≥ 1). */
  readonly quantity: number;
  /** Whether the term renews at its end (LC-4, LC-5). */
  readonly autoRenew: boolean;
  /** Whether a cancellation is scheduled for the term's end (LC-3). */
  readonly cancelAtRenewal: boolean;
  /** When the order was placed; refund windows count from here (REF-11). */
  readonly orderedAt: string;
  /** Unit price per license per term, if known; credits are reported for price × quantity. */
  readonly price: Money | null;
  /** When the customer's account was opened (for SUS-1), if known. */
  readonly accountOpenedAt: string | null;
  /** When the customer's first billing period started (for SUS-1), if known. */
  readonly firstBillingPeriodStart: string | null;
  /** When the free trial ends; set only while in trial. */
  readonly trialEndsAt: string | null;
  /** The anchor of the current run of terms (TIME-4): the first term's start, or the reactivation that restarted it. */
  readonly termAnchor: string | null;
  /** How many terms have started since `termAnchor` (1 for the first). */
  readonly termNumber: number;
  /** Start of the current paid term. */
  readonly termStart: string | null;
  /** End of the current paid term (exclusive). */
  readonly termEnd: string | null;
  /** The suspension, while suspended (and kept by a deleted subscription). */
  readonly suspension: Suspension | null;
  /**
   * The end (exclusive) of the full-credit window as Partner Center states it (the `Full` entry
   * of `refundOptions`, PCR-1), replacing the computed one. Present only when stated
   * (`fromPartnerCenterSubscription` keeps it); legacy windows count from the order (REF-11), so
   * it stays through renewals.
   */
  readonly fullCreditUntil?: string;
}

/**
 * A subscription in its free trial (LC-2).
 *
 * @category Lifecycle
 */
export interface TrialSubscription extends SubscriptionFields {
  /** Discriminant. */
  readonly status: 'trial';
  /** When the trial converts (or expires, if auto-renew was turned off). */
  readonly trialEndsAt: string;
}

/**
 * A paid, running subscription.
 *
 * @category Lifecycle
 */
export interface ActiveSubscription extends SubscriptionFields {
  /** Discriminant. */
  readonly status: 'active';
}

/**
 * A suspended subscription (LC-6): users cannot sign in; the data is deleted at `suspension.expiresAt`.
 *
 * @category Lifecycle
 */
export interface SuspendedSubscription extends SubscriptionFields {
  /** Discriminant. */
  readonly status: 'suspended';
  /** The suspension. */
  readonly suspension: Suspension;
}

/**
 * A subscription that has ended: cancelled, expired or deleted (terminal; every event is rejected).
 *
 * @category Lifecycle
 */
export interface EndedSubscription extends SubscriptionFields {
  /** Discriminant. */
  readonly status: 'cancelled' | 'expired' | 'deleted';
}

/**
 * A subscription's state: plain, JSON-serializable data, discriminated by `status` (LC-1 … LC-13).
 *
 * @category Lifecycle
 */
export type Subscription =
  | TrialSubscription
  | ActiveSubscription
  | SuspendedSubscription
  | EndedSubscription;

/**
 * What {@link createSubscription} takes (LC-1).
 *
 * @category Lifecycle
 */
export interface SubscriptionInput {
  /** The program; absent means legacy (a New Commerce subscription takes `NewCommerceSubscriptionInput`). */
  readonly program?: 'legacy' | undefined;
  /** A product that is a subscription. */
  readonly product: SubscriptionProduct;
  /** Required for `marketplace-saas`; optional otherwise. */
  readonly billingCycle?: BillingCycle | undefined;
  /** Term length; defaults to the billing cycle's length (SaaS) or the product's first term (P1Y). */
  readonly term?: Term | undefined;
  /** Licenses, an integer ≥ 1. */
  readonly quantity: number;
  /** When the order was placed. */
  readonly orderedAt: Instant;
  /** Whether the offer comes with a free trial (`marketplace-saas` only). */
  readonly freeTrial?: boolean | undefined;
  /** Unit price per license per term. */
  readonly price?: Money | undefined;
  /** When the customer's account was opened (needed to suspend, SUS-1). */
  readonly accountOpenedAt?: Instant | undefined;
  /** When the customer's first billing period started (needed to suspend, SUS-1). */
  readonly firstBillingPeriodStart?: Instant | undefined;
}

/**
 * Cancel the subscription (LC-3).
 *
 * @category Lifecycle
 */
export interface CancelEvent {
  /** Discriminant. */
  readonly type: 'cancel';
  /** When the request is made. */
  readonly at: Instant;
}

/**
 * Suspend the subscription (LC-6).
 *
 * @category Lifecycle
 */
export interface SuspendEvent {
  /** Discriminant. */
  readonly type: 'suspend';
  /** When. */
  readonly at: Instant;
  /** Why (SUS-5). */
  readonly reason: SuspensionReason;
  /** The account's opening, if the subscription does not know it yet. */
  readonly accountOpenedAt?: Instant | undefined;
  /** The first billing period's start, if the subscription does not know it yet. */
  readonly firstBillingPeriodStart?: Instant | undefined;
}

/**
 * Reactivate a suspended subscription (LC-7).
 *
 * @category Lifecycle
 */
export interface ReactivateEvent {
  /** Discriminant. */
  readonly type: 'reactivate';
  /** When. */
  readonly at: Instant;
}

/**
 * Turn auto-renew on or off (LC-5).
 *
 * @category Lifecycle
 */
export interface SetAutoRenewEvent {
  /** Discriminant. */
  readonly type: 'set-auto-renew';
  /** When. */
  readonly at: Instant;
  /** The new setting. */
  readonly enabled: boolean;
}

/**
 * Change the number of licenses (LC-9).
 *
 * @category Lifecycle
 */
export interface ChangeQuantityEvent {
  /** Discriminant. */
  readonly type: 'change-quantity';
  /** When. */
  readonly at: Instant;
  /** The new quantity, an integer ≥ 1. */
  readonly quantity: number;
}

/**
 * An event a caller sends to {@link transition} (LC-11).
 *
 * @category Lifecycle
 */
export type SubscriptionEvent =
  | CancelEvent
  | SuspendEvent
  | ReactivateEvent
  | SetAutoRenewEvent
  | ChangeQuantityEvent;

/**
 * The type of a time-driven event (LC-10).
 *
 * @category Lifecycle
 */
export type DeadlineType = 'trial-converted' | 'renewed' | 'cancelled' | 'expired' | 'data-deleted';

/**
 * A time-driven event and its instant (LC-10).
 *
 * @category Lifecycle
 */
export interface Deadline {
  /** What happens. */
  readonly type: DeadlineType;
  /** When (ISO 8601 UTC). */
  readonly at: string;
}

/**
 * A consequence of an event outside the state: a credit, or a scheduled cancellation (LC-3).
 *
 * @category Lifecycle
 */
export type Effect = CreditEffect | CancellationScheduledEffect;

/**
 * A cancellation that ends the subscription now, with what it credits (LC-3).
 *
 * @category Lifecycle
 */
export interface CreditEffect {
  /** Discriminant. */
  readonly type: 'credit';
  /** The refund decision's outcome. */
  readonly outcome: 'full-credit' | 'prorated-credit' | 'no-refund';
  /** The credit for price × quantity, when the subscription has a price (zero for `no-refund`). */
  readonly credit?: Money;
  /** The rule that decided (REF-9). */
  readonly rule: string;
}

/**
 * A cancellation scheduled for the end of the current term (LC-3, REF-2).
 *
 * @category Lifecycle
 */
export interface CancellationScheduledEffect {
  /** Discriminant. */
  readonly type: 'cancellation-scheduled';
  /** When the subscription will be cancelled: the current term's end. */
  readonly at: string;
  /** The rule that decided (REF-9). */
  readonly rule: string;
}

/**
 * Why {@link transition} refused an event (LC-11), in the order they are checked.
 *
 * @category Lifecycle
 */
export type RefusalCode =
  | 'TERMINAL'
  | 'NOT_ALLOWED'
  | 'NOT_SUPPORTED'
  | 'CANCELLATION_SCHEDULED'
  | 'NOT_CANCELLABLE'
  | 'SUPPORT_REQUEST_REQUIRED';

/**
 * An accepted event: the new state, its effects, and the time-driven events that happened first.
 *
 * @category Lifecycle
 */
export interface TransitionAccepted {
  /** Discriminant. */
  readonly ok: true;
  /** The new state, as of the event's `at`. */
  readonly subscription: Subscription;
  /** Credits and scheduled cancellations the event caused. */
  readonly effects: readonly Effect[];
  /** Time-driven events applied on the way to `at`, and those a reactivation caught up (LC-7). */
  readonly events: readonly Deadline[];
}

/**
 * A refused event: nothing changes (LC-11).
 *
 * @category Lifecycle
 */
export interface TransitionRefused {
  /** Discriminant. */
  readonly ok: false;
  /** Why, as a stable code. */
  readonly code: RefusalCode;
  /** One sentence a UI can show, English unless a `{ locale }` was given (MSG-1). */
  readonly message: string;
  /** The message's stable ID (MSG-1): a lifecycle refusal's, or the refund decision's that refused. */
  readonly messageId: LifecycleMessageId | RefundMessageId;
  /** The message's named parameters (MSG-1). */
  readonly params: MessageParams;
}

/**
 * What {@link transition} returns.
 *
 * @category Lifecycle
 */
export type TransitionResult = TransitionAccepted | TransitionRefused;

/**
 * What {@link advance} returns (LC-10).
 *
 * @category Lifecycle
 */
export interface Advanced {
  /** The state as of `to`. */
  readonly subscription: Subscription;
  /** Every time-driven event applied, in time order. */
  readonly events: readonly Deadline[];
}

import type { ActionMessageId } from '../../messages/en/actions.ts';
import type { LifecycleMessageId } from '../../messages/en/lifecycle.ts';
import type { RefundMessageId } from '../../messages/en/refunds.ts';
import type { MessageParams } from '../../messages/types.ts';
import type { Money } from '../../pricing/money.ts';
import type { NewCommerceDeadline, NewCommerceEvent } from './eventTypes.ts';
import type { NewCommerceSubscription } from './types.ts';

/**
 * A credit for seats that end now: a cancellation or a reduction (NCE-5, NCE-7).
 *
 * @category New Commerce
 */
export interface NewCommerceCreditEffect {
  /** Discriminant. */
  readonly type: 'credit';
  /** The outcome. */
  readonly outcome: 'full-credit' | 'prorated-credit' | 'no-refund';
  /** How many seats are credited. */
  readonly quantity: number;
  /** The credit, when the subscription has a price. */
  readonly credit?: Money;
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
export type NewCommerceEffect = NewCommerceCreditEffect | NewCommerceCancellationScheduledEffect;

/**
 * Why a New Commerce event was refused, in the order they are checked (NCE-11).
 *
 * @category New Commerce
 */
export type NewCommerceRefusalCode =
  | 'TERMINAL'
  | 'NOT_ALLOWED'
  | 'NOT_SUPPORTED'
  | 'CANCELLATION_SCHEDULED'
  | 'NOT_CANCELLABLE'
  | 'REDUCTION_NOT_ALLOWED';

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
  /** Credits and scheduled cancellations. */
  readonly effects: readonly NewCommerceEffect[];
  /** Time-driven events applied on the way to `at`. */
  readonly events: readonly NewCommerceDeadline[];
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
  /** The message's stable ID (MSG-1): a lifecycle refusal's, or the refund decision's that refused. */
  readonly messageId: LifecycleMessageId | RefundMessageId;
  /** The message's named parameters (MSG-1). */
  readonly params: MessageParams;
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
 * One event a New Commerce subscription would accept now, with what it would do (NCE-10).
 *
 * @category New Commerce
 */
export interface NewCommerceAllowedAction {
  /** The event type to send. */
  readonly type: NewCommerceEvent['type'];
  /**
   * What it would do, e.g. `add seats, or reduce up to 3 seats until 2026-11-28T00:00:00.000Z`:
   * English unless a `{ locale }` was given.
   */
  readonly description: string;
  /**
   * The stable ID of the description (MSG-1), e.g. `action.nce.reduce-seats`: the key of its
   * template in every locale, so `formatMessage(action, locale)` writes it in another language.
   */
  readonly messageId: ActionMessageId;
  /**
   * The values of the description's placeholders, as plain JSON: instants as ISO strings, the
   * credit as money (`{ total: 3, until: '2026-11-28T00:00:00.000Z' }`).
   */
  readonly params: MessageParams;
  /** For `cancel`: the outcome (`full-credit`, `prorated-credit`, `no-refund`, `cancel-at-renewal`, `trial-cancelled`). */
  readonly outcome?: string;
  /** For `cancel`: the credit for every seat now, when priced. */
  readonly credit?: Money;
  /** Until when the answer holds (exclusive). */
  readonly until?: string;
  /** For `set-auto-renew`: the value that would be accepted. */
  readonly enabled?: boolean;
  /** For `change-quantity`: the most seats that can be removed now. */
  readonly maxReduction?: number;
}

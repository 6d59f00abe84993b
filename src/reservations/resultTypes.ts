import type { ReservationMessageId } from '../messages/en/reservations.ts';
import type { MessageParams } from '../messages/types.ts';
import type { Money } from '../pricing/money.ts';
import type { NotRefundableReservationType } from './data/notRefundableTypes.ts';

/**
 * When part of the limit comes back (RES-1): an earlier refund's cancelled commitment, in USD,
 * stops counting at `at` (365 days after that refund).
 *
 * @category Reservations
 */
export interface LimitRestoration {
  /** The instant it stops counting, in ISO 8601 UTC. */
  readonly at: string;
  /** The cancelled commitment that comes back, in USD. */
  readonly amount: Money;
}

/**
 * What every answer of {@link reservationRefund} carries (RES-1, MSG-1).
 *
 * @category Reservations
 */
export interface ReservationDecisionBase {
  /** The rule that decided: `RES-1`. */
  readonly rule: 'RES-1';
  /** The policy the limit comes from (POL-1): the one in force at `at`, or yours. */
  readonly policyId: string;
  /** One sentence a UI can show, English unless a `{ locale }` was given. */
  readonly message: string;
  /** The message's stable ID. */
  readonly messageId: ReservationMessageId;
  /** The message's named parameters. */
  readonly params: MessageParams;
}

/**
 * The reservation is refunded (RES-1).
 *
 * @category Reservations
 */
export interface ReservationRefunded extends ReservationDecisionBase {
  /** Discriminant. */
  readonly ok: true;
  /** Discriminant. */
  readonly outcome: 'refund';
  /** What is paid back, in the reservation's currency: the unused part at the lower price. */
  readonly refund: Money;
  /** The commitment cancelled, in the reservation's currency: what counts against the limit. */
  readonly cancelledCommitment: Money;
  /** What is left of the limit after this refund, in USD (never below 0). */
  readonly limitLeft: Money;
  /** When the earlier refunds still counted come back to the limit, oldest first, one per instant. */
  readonly limitRestoresAt: readonly LimitRestoration[];
  /** When this refund's cancelled commitment comes back to the limit: 365 days after `at`. */
  readonly restoresAt: string;
}

/**
 * Nothing is refunded: the cancelled commitment would take the customer's refunds of the rolling
 * window past the limit (RES-1).
 *
 * @category Reservations
 */
export interface ReservationOverLimit extends ReservationDecisionBase {
  /** Discriminant. */
  readonly ok: false;
  /** Discriminant. */
  readonly outcome: 'over-limit';
  /** Stable code. */
  readonly code: 'OVER_LIMIT';
  /** The commitment the refund would have cancelled, in the reservation's currency. */
  readonly cancelledCommitment: Money;
  /** What is left of the limit as it stands, in USD (never below 0). */
  readonly limitLeft: Money;
  /** When the earlier refunds still counted come back to the limit, oldest first, one per instant. */
  readonly limitRestoresAt: readonly LimitRestoration[];
}

/**
 * Microsoft never refunds a reservation of this type (RES-1, RES-3).
 *
 * @category Reservations
 */
export interface ReservationNotRefundable extends ReservationDecisionBase {
  /** Discriminant. */
  readonly ok: false;
  /** Discriminant. */
  readonly outcome: 'not-refundable';
  /** Stable code. */
  readonly code: 'NOT_REFUNDABLE';
  /** The reservation's type. */
  readonly type: NotRefundableReservationType;
}

/**
 * The answer of {@link reservationRefund} (RES-1), discriminated by `outcome`.
 *
 * @category Reservations
 */
export type ReservationRefundDecision =
  | ReservationRefunded
  | ReservationOverLimit
  | ReservationNotRefundable;

/**
 * The reservation may be exchanged (RES-2); an exchange never counts against the refund limit.
 *
 * @category Reservations
 */
export interface ReservationExchangeAllowed {
  /** Discriminant. */
  readonly ok: true;
  /** Discriminant. */
  readonly outcome: 'allowed';
}

/**
 * The reservation cannot be exchanged (RES-2): bought from 2027-02-01T00:00:00Z for a service
 * savings plans cover.
 *
 * @category Reservations
 */
export interface ReservationNotExchangeable {
  /** Discriminant. */
  readonly ok: false;
  /** Discriminant. */
  readonly outcome: 'not-exchangeable';
  /** Stable code. */
  readonly code: 'NOT_EXCHANGEABLE';
  /** One sentence a UI can show, English unless a `{ locale }` was given. */
  readonly message: string;
  /** The message's stable ID. */
  readonly messageId: ReservationMessageId;
  /** The message's named parameters: `service` and `closedFrom`. */
  readonly params: MessageParams;
}

/**
 * The answer of {@link reservationExchange} (RES-2), discriminated by `outcome`.
 *
 * @category Reservations
 */
export type ReservationExchangeDecision = ReservationExchangeAllowed | ReservationNotExchangeable;

/**
 * The answer of {@link savingsPlanCancellation} (RES-2): always no, all savings plan purchases
 * are final.
 *
 * @category Reservations
 */
export interface SavingsPlanCancellation {
  /** Always `false`. */
  readonly ok: false;
  /** Always `not-cancellable`. */
  readonly outcome: 'not-cancellable';
  /** Stable code. */
  readonly code: 'NOT_CANCELLABLE';
  /** The rule that decided: `RES-2`. */
  readonly rule: 'RES-2';
  /** When the plan's term ends, in ISO 8601 UTC: it is billed until then. */
  readonly termEndsAt: string;
  /** One sentence a UI can show, English unless a `{ locale }` was given. */
  readonly message: string;
  /** The message's stable ID. */
  readonly messageId: ReservationMessageId;
  /** The message's named parameters: `termEndsAt`. */
  readonly params: MessageParams;
}

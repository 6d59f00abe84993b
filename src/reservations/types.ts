import type { MessageOptions } from '../messages/types.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import type { Money } from '../pricing/money.ts';
import type { Instant } from '../time/parseInstant.ts';
import type { NotRefundableReservationType } from './data/notRefundableTypes.ts';
import type { SavingsPlanService } from './data/savingsPlanServices.ts';

/**
 * The term of an Azure reservation or savings plan: one year or three (RES-1).
 *
 * @category Reservations
 */
export type ReservationTerm = 'P1Y' | 'P3Y';

/**
 * How an Azure reservation is paid (RES-1): all at once, or in one payment a month.
 *
 * @category Reservations
 */
export type ReservationBillingPlan = 'upfront' | 'monthly';

/**
 * US dollars per unit of another currency (RES-1), as decimal text (`'1.0825'`) or a number read
 * through its shortest decimal form: at most 10 decimals, > 0. Read exactly, never as a binary
 * float.
 *
 * @category Reservations
 */
export type UsdRate = string | number;

/**
 * An Azure reservation (RES-1): what was bought, when, and for how much.
 *
 * @category Reservations
 */
export interface Reservation {
  /** The reservation's ID (the order's, in Partner Center). */
  readonly id: string;
  /**
   * The reservation's type: one Microsoft never refunds ({@link NotRefundableReservationType}),
   * a service savings plans cover ({@link SavingsPlanService}), or any other non-empty string.
   */
  readonly type: NotRefundableReservationType | SavingsPlanService | (string & {});
  /** One year or three. */
  readonly term: ReservationTerm;
  /** Paid upfront or monthly. */
  readonly billingPlan: ReservationBillingPlan;
  /** When it was bought; the term runs from here, its months anchored here (TIME-4). */
  readonly purchasedAt: Instant;
  /** The whole term's commitment, ≥ 0 (a monthly plan: every payment together). */
  readonly price: Money;
  /** Today's price of the same term, in the same currency; the refund uses the lower of the two. */
  readonly currentPrice?: Money | undefined;
  /** USD per unit of the price's currency, which the limit is counted in; needed unless in USD. */
  readonly usdRate?: UsdRate | undefined;
}

/**
 * One of a customer's earlier reservation refunds (RES-1): what it cancelled and when. Keep each
 * refund's `at` and `cancelledCommitment` (and the rate used) and pass them back as `refunds`.
 *
 * @category Reservations
 */
export interface ReservationRefundRecord {
  /** When the refund was made. */
  readonly at: Instant;
  /** The commitment it cancelled, ≥ 0. */
  readonly cancelledCommitment: Money;
  /** USD per unit of its currency; needed unless it is in USD. */
  readonly usdRate?: UsdRate | undefined;
}

/**
 * Options of {@link reservationRefund}.
 *
 * @category Reservations
 */
export interface ReservationRefundOptions extends PolicyOptions, MessageOptions {
  /**
   * The customer's earlier reservation refunds, in any order, none after `at` (in CSP the limit is
   * per customer).
   *
   * @defaultValue `[]`
   */
  readonly refunds?: readonly ReservationRefundRecord[] | undefined;
  /**
   * USD per unit of the reservation's currency.
   *
   * @defaultValue the reservation's `usdRate`
   */
  readonly usdRate?: UsdRate | undefined;
}

/**
 * Options of {@link reservationExchange}.
 *
 * @category Reservations
 */
export interface ReservationExchangeOptions extends MessageOptions {
  /**
   * The service the reservation is for, as savings plans name them.
   *
   * @defaultValue the reservation's `type`
   */
  readonly service?: SavingsPlanService | (string & {}) | undefined;
}

/**
 * An Azure savings plan (RES-2).
 *
 * @category Reservations
 */
export interface SavingsPlan {
  /** The plan's ID. */
  readonly id: string;
  /** One year or three. */
  readonly term: ReservationTerm;
  /** When it was bought; the term runs from here (TIME-4). */
  readonly purchasedAt: Instant;
}

import { MS_PER_DAY } from '../kernel/units.ts';
import { reservationMessages } from '../messages/en/reservations.ts';
import { localized } from '../messages/localized.ts';
import { sayPlain } from '../messages/sayPlain.ts';
import { resolveReservationRefunds } from '../policy/resolveReservationRefunds.ts';
import { readUsdRate } from '../pricing/readUsdRate.ts';
import { formatDerivedInstant } from '../time/formatDerivedInstant.ts';
import type { Instant } from '../time/parseInstant.ts';
import { limitUsage } from './_internal/limitUsage.ts';
import { readReservation } from './_internal/readReservation.ts';
import { refundAmounts } from './_internal/refundAmounts.ts';
import { usdAmount } from './_internal/usdAmount.ts';
import {
  NOT_REFUNDABLE_RESERVATION_TYPES,
  type NotRefundableReservationType,
} from './data/notRefundableTypes.ts';
import type {
  ReservationNotRefundable,
  ReservationOverLimit,
  ReservationRefundDecision,
  ReservationRefunded,
} from './resultTypes.ts';
import type { Reservation, ReservationRefundOptions } from './types.ts';

/**
 * Whether an Azure reservation can be refunded now, and for how much (RES-1, RES-3). Days are UTC
 * calendar days, the day of `at` used. An upfront reservation refunds the unused days' share of
 * the lower of `price` and `currentPrice`, and cancels the unused days' share of `price`. A
 * monthly one (months anchored on the purchase, TIME-4; the month holding `at` paid) refunds the
 * current month's unused days' share of one payment at the lower price, and cancels the payments
 * not yet due. Each amount is rounded once, half up. No early-termination fee is charged (the
 * documented 12 % is "not currently charged").
 *
 * The cancelled commitment counts against the customer's limit — 50 000 USD over a rolling 365
 * days in the catalog's policies, from the policy in force at `at` (POL-2) or your `{ policy }` —
 * in USD at `usdRate` (the options', else the reservation's; each earlier refund at its own). A
 * refund that would take the window's sum past the limit is `over-limit` and refunds nothing; an
 * earlier refund counts from its instant until 365 days after it. Types Microsoft never refunds
 * are `not-refundable` whatever the limit.
 *
 * @param reservation - The reservation: id, type, term, billing plan, purchase instant, price.
 * @param at - When the refund is asked for.
 * @param options - `refunds` (the customer's earlier ones, any order), `usdRate`, `policy`,
 *   `locale`.
 * @returns `refund` (with the refund, the cancelled commitment, the limit left and when it comes
 *   back), `over-limit` or `not-refundable`, each with a message.
 * @throws {@link RuleError} `OUT_OF_ORDER` for `at` before the purchase, at or after the term's
 *   end (nothing is left to refund), or before an earlier refund; `MISSING_FIELD` for a rate
 *   missing where an amount is not in USD; `CURRENCY_MISMATCH` for a current price in another
 *   currency; the codes of a bad instant, amount, rate or policy.
 * @example
 * ```ts
 * import { reservationRefund } from 'subscription-rules';
 * const reservation = {
 *   id: 'vm-3y', type: 'virtual-machines', term: 'P3Y', billingPlan: 'monthly',
 *   purchasedAt: '2026-01-15T00:00:00Z', price: { amount: 360000, currency: 'USD' },
 * } as const;
 * const decision = reservationRefund(reservation, '2026-12-20T00:00:00Z');
 * decision.outcome === 'refund' && [decision.cancelledCommitment, decision.limitLeft];
 * //=> [{ amount: 240000, currency: 'USD' }, { amount: 4760000, currency: 'USD' }]
 * ```
 * @category Reservations
 */
export function reservationRefund(
  reservation: Reservation,
  at: Instant,
  options?: ReservationRefundOptions,
): ReservationRefundDecision {
  const read = readReservation(reservation, at);
  const { policyId, limit, window } = resolveReservationRefunds(options, read.atMs);
  const windowMs = window.days * MS_PER_DAY;
  const { counted, restores } = limitUsage(options?.refunds, read.atMs, windowMs);
  const rate =
    options?.usdRate === undefined ? read.usdRate : readUsdRate(options.usdRate, 'options.usdRate');
  const base = { rule: 'RES-1', policyId } as const;
  if (NOT_REFUNDABLE_RESERVATION_TYPES.includes(read.type as NotRefundableReservationType)) {
    const type = read.type as NotRefundableReservationType;
    return localized<ReservationNotRefundable>(
      {
        ok: false,
        outcome: 'not-refundable',
        code: 'NOT_REFUNDABLE',
        ...base,
        type,
        ...sayPlain(reservationMessages, 'reservation.not-refundable', { type }),
      },
      options,
    );
  }
  const { currency } = read.price;
  const { refund, cancelled } = refundAmounts(read);
  const cancelledCommitment = { amount: cancelled, currency };
  const usd = usdAmount(
    cancelledCommitment,
    rate,
    'reservation.usdRate',
    'reservation.price.amount',
  );
  if (counted + usd > limit.amount) {
    return localized<ReservationOverLimit>(
      {
        ok: false,
        outcome: 'over-limit',
        code: 'OVER_LIMIT',
        ...base,
        cancelledCommitment,
        limitLeft: { amount: Math.max(0, limit.amount - counted), currency: 'USD' },
        limitRestoresAt: restores,
        ...sayPlain(reservationMessages, 'reservation.over-limit', { days: window.days }),
      },
      options,
    );
  }
  const restoresAt = formatDerivedInstant(read.atMs + windowMs, 'restoresAt', read.atMs, 'at');
  return localized<ReservationRefunded>(
    {
      ok: true,
      outcome: 'refund',
      ...base,
      refund: { amount: refund, currency },
      cancelledCommitment,
      limitLeft: { amount: limit.amount - counted - usd, currency: 'USD' },
      limitRestoresAt: restores,
      restoresAt,
      ...sayPlain(reservationMessages, 'reservation.refund', { restoresAt }),
    },
    options,
  );
}

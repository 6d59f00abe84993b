import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { requireOneOf } from '../../kernel/requireOneOf.ts';
import { requireRecord } from '../../kernel/requireRecord.ts';
import { requireText } from '../../kernel/requireText.ts';
import type { Money } from '../../pricing/money.ts';
import { readUsdRate } from '../../pricing/readUsdRate.ts';
import { addMonthsClamped } from '../../time/addMonthsClamped.ts';
import { assertNotBefore } from '../../time/assertNotBefore.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import { readAmount } from './readAmount.ts';

/** A reservation as read and checked, with the instant asked about. */
export interface ReadReservation {
  /** The reservation's type. */
  readonly type: string;
  /** The term's months: 12 or 36. */
  readonly months: number;
  /** Whether it is paid monthly. */
  readonly monthly: boolean;
  /** The purchase, epoch ms. */
  readonly purchasedMs: number;
  /** The term's end (TIME-4), epoch ms. */
  readonly endMs: number;
  /** The whole term's commitment. */
  readonly price: Money;
  /** The lower of `price` and `currentPrice`, in minor units. */
  readonly lower: number;
  /** The reservation's own rate × 10¹⁰, when it has one. */
  readonly usdRate: number | undefined;
  /** The instant asked about, epoch ms: in [purchase, end). */
  readonly atMs: number;
}

const TERMS = ['P1Y', 'P3Y'] as const;
const PLANS = ['upfront', 'monthly'] as const;

/**
 * Reads a reservation and the instant asked about (RES-1, RES-2), each field checked where it is:
 * `reservation.price` money ≥ 0, `reservation.currentPrice` in the same currency, `at` not before
 * the purchase (`OUT_OF_ORDER`) and before the term's end (`OUT_OF_ORDER`: nothing is left).
 *
 * @param value - The caller's `reservation`.
 * @param at - The caller's `at`.
 * @returns The reservation's facts.
 * @throws {@link RuleError} at the path of the first bad field.
 */
export function readReservation(value: unknown, at: unknown): ReadReservation {
  const reservation = requireRecord(value, 'reservation');
  requireText(reservation.id, 'reservation.id');
  const type = requireText(reservation.type, 'reservation.type');
  const months = requireOneOf(reservation.term, TERMS, 'reservation.term') === 'P1Y' ? 12 : 36;
  const plan = requireOneOf(reservation.billingPlan, PLANS, 'reservation.billingPlan');
  const purchasedMs = parseInstant(reservation.purchasedAt, 'reservation.purchasedAt');
  const price = readAmount(reservation.price, 'reservation.price');
  let lower = price.amount;
  if (reservation.currentPrice !== undefined) {
    const current = readAmount(reservation.currentPrice, 'reservation.currentPrice');
    if (current.currency !== price.currency) {
      fail(
        RuleErrorCode.CURRENCY_MISMATCH,
        'reservation.currentPrice.currency',
        'expected {currency}, the currency of reservation.price',
        current.currency,
        price.currency,
      );
    }
    if (current.amount < lower) lower = current.amount;
  }
  const usdRate =
    reservation.usdRate === undefined
      ? undefined
      : readUsdRate(reservation.usdRate, 'reservation.usdRate');
  const atMs = parseInstant(at, 'at');
  assertNotBefore(atMs, 'at', purchasedMs, 'reservation.purchasedAt');
  const endMs = addMonthsClamped(purchasedMs, months);
  if (atMs >= endMs) {
    fail(
      RuleErrorCode.OUT_OF_ORDER,
      'at',
      'expected an instant before the reservation’s term ends ({termEndsAt})',
      formatInstant(atMs, 'at'),
      formatInstant(endMs, 'reservation.purchasedAt'),
    );
  }
  return {
    type,
    months,
    monthly: plan === 'monthly',
    purchasedMs,
    endMs,
    price,
    lower,
    usdRate,
    atMs,
  };
}

import * as fc from 'fast-check';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import type { CurrencyCode } from '../pricing/CurrencyCode.ts';
import { currencyExponents } from '../pricing/data/currencyExponents.ts';
import type { ReservationRefundRecord } from '../reservations/types.ts';
import { formatInstant } from '../time/formatInstant.ts';
import type { Instant } from '../time/parseInstant.ts';
import { readChoices } from './_internal/readChoices.ts';
import { readConstraints } from './_internal/readConstraints.ts';
import { LATEST_ORDER_MS, readInstantRange } from './_internal/readInstantRange.ts';
import { readMaximum } from './_internal/readMaximum.ts';
import { usdRateText } from './_internal/usdRateText.ts';

/** Options of {@link refundHistory}. */
export interface RefundHistoryConstraints {
  /**
   * The earliest refund instant, inclusive.
   *
   * @defaultValue `'2020-01-01T00:00:00.000Z'`
   */
  readonly from?: Instant | undefined;
  /**
   * The latest refund instant, inclusive: ask about instants from here on.
   *
   * @defaultValue `'2030-12-31T23:59:59.999Z'`
   */
  readonly to?: Instant | undefined;
  /**
   * The currencies of the cancelled commitments; one other than USD comes with a `usdRate`.
   *
   * @defaultValue `['USD', 'EUR', 'JPY', 'KWD']`
   */
  readonly currencies?: readonly CurrencyCode[] | undefined;
  /**
   * The most refunds in a history.
   *
   * @defaultValue `8`
   */
  readonly maxLength?: number | undefined;
  /**
   * The largest cancelled commitment, in minor units.
   *
   * @defaultValue `2_000_000` (20 000.00 in a two-decimal currency)
   */
  readonly maxAmount?: number | undefined;
}

/**
 * A customer's earlier reservation refunds (RES-1), as `reservationRefund` takes them in
 * `options.refunds`: none to `maxLength` refunds in [`from`, `to`], in no particular order, each a
 * cancelled commitment from 0 to `maxAmount` with a `usdRate` when it is not in USD. Nothing
 * keeps the history under the limit: it is what a caller might hold, not what the library would
 * have accepted.
 *
 * @param constraints - The instants, currencies, length and largest amount.
 * @returns An arbitrary of refund lists.
 * @throws `RuleError` `INVALID_ARGUMENT` or `INVALID_INSTANT` for bad constraints.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { reservationRefund } from 'subscription-rules';
 * import { refundHistory } from 'subscription-rules/arbitraries';
 * const vm = {
 *   id: 'vm', type: 'virtual-machines', term: 'P1Y', billingPlan: 'upfront',
 *   purchasedAt: '2029-06-01T00:00:00Z', price: { amount: 100000, currency: 'USD' },
 * } as const;
 * // The order of the history never changes the answer.
 * fc.assert(
 *   fc.property(refundHistory({ to: '2030-01-01T00:00:00Z' }), (refunds) => {
 *     const at = '2030-01-01T00:00:00Z';
 *     const forward = reservationRefund(vm, at, { refunds });
 *     const backward = reservationRefund(vm, at, { refunds: [...refunds].reverse() });
 *     return JSON.stringify(forward) === JSON.stringify(backward);
 *   }),
 * );
 * ```
 * @category Arbitraries
 */
export function refundHistory(constraints?: RefundHistoryConstraints): fc.Arbitrary<
  (ReservationRefundRecord & {
    /** The refund's instant, in ISO 8601 UTC. */
    readonly at: string;
  })[]
> {
  const options = readConstraints(constraints);
  const [from, to] = readInstantRange(options, LATEST_ORDER_MS);
  const currencies = readChoices(
    options.currencies ?? ['USD', 'EUR', 'JPY', 'KWD'],
    Object.keys(currencyExponents) as CurrencyCode[],
    'constraints.currencies',
    RuleErrorCode.UNKNOWN_CURRENCY,
  );
  const maxLength = readMaximum(options.maxLength, 8, 'constraints.maxLength');
  const maxAmount = readMaximum(options.maxAmount, 2_000_000, 'constraints.maxAmount');
  const refund = fc
    .record({
      ms: fc.integer({ min: from, max: to }),
      amount: fc.integer({ min: 0, max: maxAmount }),
      currency: fc.constantFrom(...currencies),
      usdRate: usdRateText(),
    })
    .map((draw): ReservationRefundRecord & { readonly at: string } => ({
      at: formatInstant(draw.ms, 'at'),
      cancelledCommitment: { amount: draw.amount, currency: draw.currency },
      ...(draw.currency === 'USD' ? {} : { usdRate: draw.usdRate }),
    }));
  return fc.array(refund, { maxLength });
}

import * as fc from 'fast-check';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import type { CurrencyCode } from '../pricing/CurrencyCode.ts';
import { currencyExponents } from '../pricing/data/currencyExponents.ts';
import { NOT_REFUNDABLE_RESERVATION_TYPES } from '../reservations/data/notRefundableTypes.ts';
import { SAVINGS_PLAN_SERVICES } from '../reservations/data/savingsPlanServices.ts';
import type {
  Reservation,
  ReservationBillingPlan,
  ReservationTerm,
} from '../reservations/types.ts';
import { formatInstant } from '../time/formatInstant.ts';
import type { Instant } from '../time/parseInstant.ts';
import { readChoices } from './_internal/readChoices.ts';
import { readConstraints } from './_internal/readConstraints.ts';
import { LATEST_ORDER_MS, readInstantRange } from './_internal/readInstantRange.ts';
import { readMaximum } from './_internal/readMaximum.ts';
import { usdRateText } from './_internal/usdRateText.ts';

/** Options of {@link reservation}. */
export interface ReservationConstraints {
  /**
   * The earliest purchase instant, inclusive.
   *
   * @defaultValue `'2020-01-01T00:00:00.000Z'`
   */
  readonly from?: Instant | undefined;
  /**
   * The latest purchase instant, inclusive.
   *
   * @defaultValue `'2030-12-31T23:59:59.999Z'`
   */
  readonly to?: Instant | undefined;
  /**
   * The currencies of the price; one other than USD comes with a `usdRate`.
   *
   * @defaultValue `['USD', 'EUR', 'JPY', 'KWD']` (two, zero and three decimals)
   */
  readonly currencies?: readonly CurrencyCode[] | undefined;
  /**
   * The reservation types drawn from.
   *
   * @defaultValue the types never refunded, the services savings plans cover, and
   *   `sql-database`, `cosmos-db`, `storage`
   */
  readonly types?: readonly string[] | undefined;
  /**
   * The largest whole-term price, in minor units.
   *
   * @defaultValue `10_000_000` (100 000.00 in a two-decimal currency: past the catalog's limit)
   */
  readonly maxPrice?: number | undefined;
}

const DEFAULT_CURRENCIES: readonly CurrencyCode[] = ['USD', 'EUR', 'JPY', 'KWD'];
const DEFAULT_TYPES: readonly string[] = [
  ...NOT_REFUNDABLE_RESERVATION_TYPES,
  ...SAVINGS_PLAN_SERVICES,
  'sql-database',
  'cosmos-db',
  'storage',
];

/**
 * Azure reservations (RES-1, RES-2): one or three years, upfront or monthly, bought in
 * [`from`, `to`], a whole-term price from 0 to `maxPrice`, sometimes a current price (in the same
 * currency, lower or higher), and a `usdRate` whenever the currency is not USD. The types mix the
 * ones Microsoft never refunds, the services savings plans cover and others.
 *
 * @param constraints - The purchase range, currencies, types and largest price.
 * @returns An arbitrary of `Reservation` (its `purchasedAt` an ISO 8601 UTC string) that
 *   `reservationRefund` and `parseReservation` accept.
 * @throws `RuleError` `INVALID_ARGUMENT` or `INVALID_INSTANT` for bad constraints.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { reservationRefund } from 'subscription-rules';
 * import { reservation } from 'subscription-rules/arbitraries';
 * // A refund on the day of purchase never pays back more than the price.
 * fc.assert(
 *   fc.property(reservation(), (r) => {
 *     const decision = reservationRefund(r, r.purchasedAt);
 *     return decision.outcome !== 'refund' || decision.refund.amount <= r.price.amount;
 *   }),
 * );
 * ```
 * @category Arbitraries
 */
export function reservation(constraints?: ReservationConstraints): fc.Arbitrary<
  Reservation & {
    /** The purchase instant, in ISO 8601 UTC. */
    readonly purchasedAt: string;
  }
> {
  const options = readConstraints(constraints);
  const [from, to] = readInstantRange(options, LATEST_ORDER_MS);
  const currencies = readChoices(
    options.currencies ?? DEFAULT_CURRENCIES,
    Object.keys(currencyExponents) as CurrencyCode[],
    'constraints.currencies',
    RuleErrorCode.UNKNOWN_CURRENCY,
  );
  const types = options.types ?? DEFAULT_TYPES;
  if (
    !Array.isArray(types) ||
    types.length === 0 ||
    !types.every((type: unknown) => typeof type === 'string' && type !== '')
  ) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'constraints.types',
      'expected a non-empty list of strings',
      options.types,
    );
  }
  const maxPrice = readMaximum(options.maxPrice, 10_000_000, 'constraints.maxPrice');
  return fc
    .record({
      n: fc.nat({ max: 999_999 }),
      type: fc.constantFrom(...types),
      term: fc.constantFrom<ReservationTerm>('P1Y', 'P3Y'),
      billingPlan: fc.constantFrom<ReservationBillingPlan>('upfront', 'monthly'),
      purchasedMs: fc.integer({ min: from, max: to }),
      price: fc.integer({ min: 0, max: maxPrice }),
      current: fc.option(fc.integer({ min: 0, max: maxPrice }), { nil: undefined }),
      currency: fc.constantFrom(...currencies),
      usdRate: usdRateText(),
    })
    .map((draw) => ({
      id: `reservation-${draw.n}`,
      type: draw.type,
      term: draw.term,
      billingPlan: draw.billingPlan,
      purchasedAt: formatInstant(draw.purchasedMs, 'purchasedAt'),
      price: { amount: draw.price, currency: draw.currency },
      ...(draw.current === undefined
        ? {}
        : { currentPrice: { amount: draw.current, currency: draw.currency } }),
      ...(draw.currency === 'USD' ? {} : { usdRate: draw.usdRate }),
    }));
}

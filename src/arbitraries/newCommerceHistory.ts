import type * as fc from 'fast-check';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import type { NewCommerceEvent } from '../lifecycle/newCommerce/eventTypes.ts';
import type {
  NewCommerceSubscription,
  NewCommerceSubscriptionProduct,
} from '../lifecycle/newCommerce/types.ts';
import type { CurrencyCode } from '../pricing/CurrencyCode.ts';
import type { Instant } from '../time/parseInstant.ts';
import { newCommerceRun } from './_internal/newCommerceSubscription.ts';
import { readChoices } from './_internal/readChoices.ts';
import { readConstraints } from './_internal/readConstraints.ts';
import { LATEST_ORDER_MS, readInstantRange } from './_internal/readInstantRange.ts';
import { readIntegerRange } from './_internal/readIntegerRange.ts';

/** What {@link newCommerceHistory} draws: a priced subscription's life, to replay. */
export interface NewCommerceHistory {
  /** The state `createSubscription` returned, with a price. */
  readonly start: NewCommerceSubscription;
  /** The events it accepted, in time order. */
  readonly events: readonly NewCommerceEvent[];
  /** The instant time is let pass to, at or after the last event. */
  readonly to: string;
}

/** Options of {@link newCommerceHistory}. */
export interface NewCommerceHistoryConstraints {
  /**
   * The products drawn from.
   *
   * @defaultValue `['license-based', 'software-subscription', 'marketplace-saas']`
   */
  readonly products?: readonly NewCommerceSubscriptionProduct[] | undefined;
  /**
   * The earliest order date, inclusive.
   *
   * @defaultValue `'2021-09-01T00:00:00.000Z'`
   */
  readonly from?: Instant | undefined;
  /**
   * The latest order date, inclusive.
   *
   * @defaultValue `'2030-12-31T23:59:59.999Z'`
   */
  readonly to?: Instant | undefined;
  /**
   * The most events sent, at most 100 (refused ones are left out of the history).
   *
   * @defaultValue `8`
   */
  readonly maxEvents?: number | undefined;
  /**
   * The currencies of the price.
   *
   * @defaultValue every active ISO 4217 currency the library knows
   */
  readonly currencies?: readonly CurrencyCode[] | undefined;
}

/**
 * A priced New Commerce history, for property tests of what a subscription is billed (CHG-1 …
 * CHG-3): `start`, the state `createSubscription` returned (with a price, sometimes a trial), the
 * `events` it accepted in time order (seats added and removed, suspensions, reactivations,
 * scheduled renewals, cancellations), and `to`, an instant at or after the last event that lets
 * renewals, cycles and expiry pass. Replay it with `transition` and `advance` — in one go or in
 * steps — and every path bills the same.
 *
 * @param constraints - Products, order dates, the number of events and currencies.
 * @returns An arbitrary of `{ start, events, to }`.
 * @throws `RuleError` `INVALID_ARGUMENT` for constraints that are not of this shape, `OUT_OF_ORDER`
 *   when `to` is before `from`.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { newCommerceHistory } from 'subscription-rules/arbitraries';
 * import { purchaseCharges } from 'subscription-rules/new-commerce';
 * fc.assert(fc.property(newCommerceHistory(), ({ start }) =>
 *   purchaseCharges(start).every((c) => c.amount.amount >= 0)));
 * ```
 * @category Arbitraries
 */
export function newCommerceHistory(
  constraints?: NewCommerceHistoryConstraints,
): fc.Arbitrary<NewCommerceHistory> {
  const options = readConstraints(constraints);
  const products = readChoices(options.products, PRODUCTS, 'constraints.products');
  const [from, to] = readInstantRange(
    { from: options.from ?? '2021-09-01T00:00:00.000Z', to: options.to },
    LATEST_ORDER_MS,
  );
  const [, maxEvents] = readIntegerRange(0, options.maxEvents, [0, 8], 'constraints', 0);
  if (maxEvents > 100)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'constraints.maxEvents',
      'expected at most 100',
      maxEvents,
    );
  return newCommerceRun(products, from, to, maxEvents, options.currencies, false, true).map(
    ({ start, events, to: end }) => ({ start, events, to: end }),
  );
}

const PRODUCTS: readonly NewCommerceSubscriptionProduct[] = [
  'license-based',
  'software-subscription',
  'marketplace-saas',
];

import * as fc from 'fast-check';
import { END_OF_INSTANTS, MIN_INSTANT, MS_PER_DAY } from '../kernel/units.ts';
import type { SubscriptionEvent } from '../lifecycle/types.ts';
import type { SuspensionReason } from '../policy/types.ts';
import { formatInstant } from '../time/formatInstant.ts';
import type { Instant } from '../time/parseInstant.ts';
import { readChoices } from './_internal/readChoices.ts';
import { readConstraints } from './_internal/readConstraints.ts';
import { readInstantRange } from './_internal/readInstantRange.ts';
import { readIntegerRange } from './_internal/readIntegerRange.ts';

const TYPES: readonly SubscriptionEvent['type'][] = [
  'cancel',
  'suspend',
  'reactivate',
  'set-auto-renew',
  'change-quantity',
];
const REASONS: readonly SuspensionReason[] = ['customer-request', 'nonpayment', 'fraud'];

/** Options of {@link subscriptionEvent}. */
export interface SubscriptionEventConstraints {
  /**
   * The event types drawn from (LC-11).
   *
   * @defaultValue `['cancel', 'suspend', 'reactivate', 'set-auto-renew', 'change-quantity']`
   */
  readonly types?: readonly SubscriptionEvent['type'][] | undefined;
  /**
   * The earliest `at`, inclusive.
   *
   * @defaultValue `'2020-01-01T00:00:00.000Z'`
   */
  readonly from?: Instant | undefined;
  /**
   * The latest `at`, inclusive.
   *
   * @defaultValue `'2030-12-31T23:59:59.999Z'`
   */
  readonly to?: Instant | undefined;
  /**
   * The largest quantity of a `change-quantity` event (the smallest is 1).
   *
   * @defaultValue `1000`
   */
  readonly maxQuantity?: number | undefined;
  /**
   * The reasons of a `suspend` event (SUS-5).
   *
   * @defaultValue `['customer-request', 'nonpayment', 'fraud']`
   */
  readonly reasons?: readonly SuspensionReason[] | undefined;
}

/**
 * Lifecycle events of every type with their required fields; a `suspend` sometimes carries the
 * account dates (opened, then first billing, both before `at`), as a caller that did not give them
 * at creation sends them.
 *
 * @param constraints - Types, the range of `at`, quantities and suspension reasons.
 * @returns An arbitrary of `SubscriptionEvent` that `parseEvent` accepts.
 * @throws `RuleError` `INVALID_ARGUMENT` for an unknown type or reason or a bad
 *   `maxQuantity`; `INVALID_INSTANT`, `OUT_OF_ORDER` for bad bounds.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { subscriptionEvent } from 'subscription-rules/arbitraries';
 * fc.sample(subscriptionEvent({ types: ['reactivate'], from: '2026-05-01T00:00:00Z', to: '2026-05-01T00:00:00Z' }), 1);
 * //=> [{ type: 'reactivate', at: '2026-05-01T00:00:00.000Z' }]
 * ```
 * @category Arbitraries
 */
export function subscriptionEvent(
  constraints?: SubscriptionEventConstraints,
): fc.Arbitrary<SubscriptionEvent> {
  const options = readConstraints(constraints);
  const types = readChoices(options.types, TYPES, 'constraints.types');
  const [from, to] = readInstantRange(options, END_OF_INSTANTS - 1);
  const [, maxQuantity] = readIntegerRange(1, options.maxQuantity, [1, 1000], 'constraints', 1);
  const reasons = readChoices(options.reasons, REASONS, 'constraints.reasons');
  const at = fc
    .oneof(
      { arbitrary: fc.integer({ min: from, max: to }), weight: 8 },
      { arbitrary: fc.constantFrom(from, to), weight: 1 },
    )
    .map((ms) => ({ ms, text: formatInstant(ms, 'at') }));
  const shapes: Record<SubscriptionEvent['type'], fc.Arbitrary<SubscriptionEvent>> = {
    cancel: at.map(({ text }) => ({ type: 'cancel', at: text })),
    reactivate: at.map(({ text }) => ({ type: 'reactivate', at: text })),
    'set-auto-renew': fc
      .tuple(at, fc.boolean())
      .map(([{ text }, enabled]) => ({ type: 'set-auto-renew', at: text, enabled })),
    'change-quantity': fc
      .tuple(at, fc.integer({ min: 1, max: maxQuantity }))
      .map(([{ text }, quantity]) => ({ type: 'change-quantity', at: text, quantity })),
    suspend: fc
      .tuple(
        at,
        fc.constantFrom(...reasons),
        fc.option(
          fc.tuple(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 3_000 })),
          { nil: undefined },
        ),
      )
      .map(([{ ms, text }, reason, dates]): SubscriptionEvent => {
        if (dates === undefined) return { type: 'suspend', at: text, reason };
        const billingMs = Math.max(ms - dates[0] * MS_PER_DAY, MIN_INSTANT);
        const openedMs = Math.max(billingMs - dates[1] * MS_PER_DAY, MIN_INSTANT);
        return {
          type: 'suspend',
          at: text,
          reason,
          accountOpenedAt: formatInstant(openedMs, 'accountOpenedAt'),
          firstBillingPeriodStart: formatInstant(billingMs, 'firstBillingPeriodStart'),
        };
      }),
  };
  return fc.oneof(...types.map((type) => shapes[type]));
}

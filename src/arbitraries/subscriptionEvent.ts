import * as fc from 'fast-check';
import { requireOneOf } from '../kernel/requireOneOf.ts';
import { END_OF_INSTANTS, MIN_INSTANT, MS_PER_DAY } from '../kernel/units.ts';
import type { SubscriptionEvent } from '../lifecycle/legacy/types.ts';
import type { NewCommerceEvent } from '../lifecycle/newCommerce/eventTypes.ts';
import type { NewCommerceSubscriptionProduct } from '../lifecycle/newCommerce/types.ts';
import type { SuspensionReason } from '../policy/types.ts';
import { PROGRAMS, type Program } from '../policy/vocabulary/programs.ts';
import type { CurrencyCode } from '../pricing/CurrencyCode.ts';
import { formatInstant } from '../time/formatInstant.ts';
import type { Instant } from '../time/parseInstant.ts';
import { frequencyChange, termChange } from './_internal/midTermChanges.ts';
import { readChoices } from './_internal/readChoices.ts';
import { readConstraints } from './_internal/readConstraints.ts';
import { readInstantRange } from './_internal/readInstantRange.ts';
import { readIntegerRange } from './_internal/readIntegerRange.ts';
import { renewalChanges } from './_internal/renewalChanges.ts';
import { money } from './money.ts';

const TYPES: readonly SubscriptionEvent['type'][] = [
  'cancel',
  'suspend',
  'reactivate',
  'set-auto-renew',
  'change-quantity',
];
const NEW_COMMERCE_TYPES: readonly NewCommerceEvent['type'][] = [
  'cancel',
  'change-quantity',
  'set-auto-renew',
  'schedule-renewal',
  'suspend',
  'reactivate',
  'change-term',
  'change-billing-frequency',
  'set-end-of-term',
];
const REASONS: readonly SuspensionReason[] = ['customer-request', 'nonpayment', 'fraud'];
const NEW_COMMERCE_PRODUCTS: readonly NewCommerceSubscriptionProduct[] = [
  'license-based',
  'software-subscription',
  'marketplace-saas',
  'marketplace-usage',
];

/** Options of {@link subscriptionEvent}. */
export interface SubscriptionEventConstraints {
  /**
   * The event types drawn from (LC-11).
   *
   * @defaultValue `['cancel', 'suspend', 'reactivate', 'set-auto-renew', 'change-quantity']`;
   *   for `program: 'new-commerce'` those and `'schedule-renewal'` (NCE-7)
   */
  readonly types?: readonly (SubscriptionEvent['type'] | NewCommerceEvent['type'])[] | undefined;
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
  /**
   * The program (NCE-7): `new-commerce` gives New Commerce events — a `suspend` without account
   * dates, and `schedule-renewal` with at least one field.
   *
   * @defaultValue `'legacy'`
   */
  readonly program?: Program | undefined;
  /**
   * New Commerce only: the products a `schedule-renewal`'s term and billing frequency are sold
   * with (NCE-2), so the event suits a subscription of any of them. A new term or frequency always
   * comes with a price (NCE-11); a quantity or a price alone suits every product.
   *
   * @defaultValue `['license-based', 'software-subscription', 'marketplace-saas', 'marketplace-usage']`
   */
  readonly products?: readonly NewCommerceSubscriptionProduct[] | undefined;
  /**
   * New Commerce only: the currencies of a `schedule-renewal`'s price. A renewal keeps the
   * subscription's currency (PRICE-8): for events played against a priced state, pass its
   * currency.
   *
   * @defaultValue every currency the library knows
   */
  readonly currencies?: readonly CurrencyCode[] | undefined;
}

/**
 * Lifecycle events of every type with their required fields; a `suspend` sometimes carries the
 * account dates (opened, then first billing, both before `at`), as a caller that did not give them
 * at creation sends them. With `program: 'new-commerce'`, New Commerce events (NCE-7), including
 * `schedule-renewal` with a quantity, a price, or a term and billing frequency sold with one of
 * `products` (NCE-2) and a price, and the mid-term changes `change-term` (MID-1) and
 * `change-billing-frequency` (MID-2) with a plan sold with one of `products` and its price.
 *
 * @param constraints - The program, types, the range of `at`, quantities, suspension reasons and,
 *   for New Commerce, products and currencies.
 * @returns An arbitrary of `NewCommerceEvent` for `program: 'new-commerce'`; of legacy
 *   `SubscriptionEvent` (that `parseEvent` accepts) otherwise.
 * @throws `RuleError` `INVALID_ARGUMENT` for an unknown program, type, reason or product or a bad
 *   `maxQuantity`; `UNKNOWN_CURRENCY`; `INVALID_INSTANT`, `OUT_OF_ORDER` for bad bounds.
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
  constraints: SubscriptionEventConstraints & { readonly program: 'new-commerce' },
): fc.Arbitrary<NewCommerceEvent>;
/**
 * Legacy lifecycle events (LC-11), as above.
 *
 * @param constraints - Types, the range of `at`, quantities and suspension reasons.
 * @returns An arbitrary of legacy `SubscriptionEvent` that `parseEvent` accepts.
 * @throws `RuleError` for bad constraints, as above.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { subscriptionEvent } from 'subscription-rules/arbitraries';
 * fc.sample(subscriptionEvent({ types: ['cancel'], from: '2026-05-01T00:00:00Z', to: '2026-05-01T00:00:00Z' }), 1);
 * //=> [{ type: 'cancel', at: '2026-05-01T00:00:00.000Z' }]
 * ```
 * @category Arbitraries
 */
export function subscriptionEvent(
  constraints?: SubscriptionEventConstraints & { readonly program?: 'legacy' | undefined },
): fc.Arbitrary<SubscriptionEvent>;
/**
 * Events of either program, as above: the program is known only when it runs.
 *
 * @param constraints - The program, types, the range of `at`, quantities, reasons and products.
 * @returns An arbitrary of legacy or New Commerce events.
 * @throws `RuleError` for bad constraints, as above.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { subscriptionEvent } from 'subscription-rules/arbitraries';
 * const program: 'legacy' | 'new-commerce' = 'legacy';
 * fc.sample(subscriptionEvent({ program, types: ['reactivate'] }), 1)[0]?.type;
 * //=> 'reactivate'
 * ```
 * @category Arbitraries
 */
export function subscriptionEvent(
  constraints?: SubscriptionEventConstraints,
): fc.Arbitrary<SubscriptionEvent | NewCommerceEvent>;
export function subscriptionEvent(
  constraints?: SubscriptionEventConstraints,
): fc.Arbitrary<SubscriptionEvent | NewCommerceEvent> {
  const options = readConstraints(constraints);
  const program = requireOneOf(options.program ?? 'legacy', PROGRAMS, 'constraints.program');
  const nce = program === 'new-commerce';
  const types = readChoices(
    options.types,
    nce ? NEW_COMMERCE_TYPES : TYPES,
    'constraints.types',
  ) as readonly (SubscriptionEvent['type'] | NewCommerceEvent['type'])[];
  const [from, to] = readInstantRange(options, END_OF_INSTANTS - 1);
  const [, maxQuantity] = readIntegerRange(1, options.maxQuantity, [1, 1000], 'constraints', 1);
  const reasons = readChoices(options.reasons, REASONS, 'constraints.reasons');
  const products = nce
    ? readChoices(options.products, NEW_COMMERCE_PRODUCTS, 'constraints.products')
    : NEW_COMMERCE_PRODUCTS;
  const at = fc
    .oneof(
      { arbitrary: fc.integer({ min: from, max: to }), weight: 8 },
      { arbitrary: fc.constantFrom(from, to), weight: 1 },
    )
    .map((ms) => ({ ms, text: formatInstant(ms, 'at') }));
  const scheduleRenewal: fc.Arbitrary<NewCommerceEvent> = fc
    .tuple(
      at,
      fc.constantFrom(...products),
      fc.nat({ max: 1_000 }),
      fc.integer({ min: 1, max: maxQuantity }),
      money({ currencies: nce ? options.currencies : undefined, max: 10_000_000 }),
    )
    .map(([{ text }, product, pick, quantity, price]) => ({
      type: 'schedule-renewal',
      at: text,
      ...renewalChanges(product, pick, quantity, price),
    }));
  const plan = fc.tuple(
    at,
    fc.constantFrom(...products),
    fc.nat({ max: 1_000 }),
    money({ currencies: nce ? options.currencies : undefined, max: 10_000_000 }),
  );
  const shapes: Record<
    SubscriptionEvent['type'] | NewCommerceEvent['type'],
    fc.Arbitrary<SubscriptionEvent | NewCommerceEvent>
  > = {
    'schedule-renewal': scheduleRenewal,
    'change-term': plan.map(([{ text }, product, pick, price]) => ({
      type: 'change-term',
      at: text,
      ...termChange(product, null, pick, price),
    })),
    'change-billing-frequency': plan.map(([{ text }, product, pick, price]) => ({
      type: 'change-billing-frequency',
      at: text,
      ...frequencyChange(product, null, null, pick, price),
    })),
    'set-end-of-term': fc
      .tuple(at, fc.constantFrom('renew', 'extended-service-term', 'cancel' as const), plan)
      .map(([{ text }, action, [, , pick, price]]) => ({
        type: 'set-end-of-term',
        at: text,
        action,
        ...(action !== 'extended-service-term' || pick % 2 === 0
          ? {}
          : { basePrice: price, ...(pick % 4 === 3 ? { monthlyPlan: false } : {}) }),
      })),
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
        if (dates === undefined || nce) return { type: 'suspend', at: text, reason };
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

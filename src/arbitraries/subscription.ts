import * as fc from 'fast-check';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { requireOneOf } from '../kernel/requireOneOf.ts';
import { MS_PER_DAY } from '../kernel/units.ts';
import { advance } from '../lifecycle/advance.ts';
import { createSubscription } from '../lifecycle/createSubscription.ts';
import type {
  Subscription,
  SubscriptionEvent,
  SubscriptionInput,
  SubscriptionProduct,
} from '../lifecycle/legacy/types.ts';
import type {
  NewCommerceSubscription,
  NewCommerceSubscriptionProduct,
} from '../lifecycle/newCommerce/types.ts';
import { transition } from '../lifecycle/transition.ts';
import { policyInForceAt } from '../policy/policyInForceAt.ts';
import type { LegacyPolicy, Policy, SuspensionReason } from '../policy/types.ts';
import { PROGRAMS, type Program } from '../policy/vocabulary/programs.ts';
import type { CurrencyCode } from '../pricing/CurrencyCode.ts';
import { formatInstant } from '../time/formatInstant.ts';
import type { Instant } from '../time/parseInstant.ts';
import { newCommerceSubscription } from './_internal/newCommerceSubscription.ts';
import { readChoices } from './_internal/readChoices.ts';
import { readConstraints } from './_internal/readConstraints.ts';
import { LATEST_ORDER_MS, readInstantRange } from './_internal/readInstantRange.ts';
import { readIntegerRange } from './_internal/readIntegerRange.ts';
import { readPolicyConstraint } from './_internal/readPolicyConstraint.ts';
import { money } from './money.ts';

const PRODUCTS: readonly SubscriptionProduct[] = [
  'marketplace-saas',
  'marketplace-usage',
  'software-subscription',
  'windows-7-esu',
];
const NEW_COMMERCE_PRODUCTS: readonly NewCommerceSubscriptionProduct[] = [
  'license-based',
  'software-subscription',
  'marketplace-saas',
  'marketplace-usage',
];

/** Options of {@link subscription}. */
export interface SubscriptionConstraints {
  /**
   * The subscription products drawn from.
   *
   * @defaultValue `['marketplace-saas', 'marketplace-usage', 'software-subscription', 'windows-7-esu']`;
   *   for `program: 'new-commerce'`, `['license-based', 'software-subscription', 'marketplace-saas', 'marketplace-usage']`
   */
  readonly products?: readonly (SubscriptionProduct | NewCommerceSubscriptionProduct)[] | undefined;
  /**
   * The earliest order date, inclusive.
   *
   * @defaultValue `'2020-01-01T00:00:00.000Z'`
   */
  readonly from?: Instant | undefined;
  /**
   * The latest order date, inclusive. Events come after it: a state's `asOf` may be up to
   * `maxEvents + 1` × 400 days later.
   *
   * @defaultValue `'2030-12-31T23:59:59.999Z'`
   */
  readonly to?: Instant | undefined;
  /**
   * The most events replayed after creation (0 gives states fresh from `createSubscription`).
   *
   * @defaultValue `8`
   */
  readonly maxEvents?: number | undefined;
  /**
   * The currencies of the optional price.
   *
   * @defaultValue every currency the library knows
   */
  readonly currencies?: readonly CurrencyCode[] | undefined;
  /**
   * The policy the subscriptions are created under; pass the same policy to `transition`.
   *
   * @defaultValue the catalog policy in force at each order date (POL-2)
   */
  readonly policy?: Policy | undefined;
  /**
   * The program (NCE-7): `new-commerce` gives New Commerce states — a product, term and billing
   * frequency of NCE-2, seats, sometimes a trial, then New Commerce events including
   * `schedule-renewal` — in every New Commerce status (`trial`, `active`, `suspended`, `expired`,
   * `disabled`, `cancelled`, `deleted`). They follow the catalog (NCE-11): `policy` must be left out.
   *
   * @defaultValue `'legacy'`
   */
  readonly program?: Program | undefined;
  /**
   * New Commerce only: start some states with the windows a Partner Center resource states for
   * the first term (`cancellableUntil`, sometimes `null`, and `fullCreditUntil`, PCR-1), as
   * `fromPartnerCenterSubscription` keeps them; the events then play against them, and a renewal
   * drops them.
   *
   * @defaultValue `false`
   */
  readonly statedWindows?: boolean | undefined;
}

type Step = readonly [
  gapMs: number,
  type: SubscriptionEvent['type'],
  reason: SuspensionReason,
  flag: boolean,
  quantity: number,
];

/** Waits between events: minutes to hours, days to months, and whole terms. */
const gap: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 2 * MS_PER_DAY }),
  fc.integer({ min: 0, max: 150 * MS_PER_DAY }),
  fc.constantFrom(31 * MS_PER_DAY, 366 * MS_PER_DAY, 400 * MS_PER_DAY),
);

/**
 * Subscription states in every reachable status — `trial`, `active`, `suspended`, `cancelled`,
 * `expired`, `deleted` — built by creating a subscription and replaying a random sequence of
 * events through `transition` (a refused event leaves the state as it was), then sometimes letting
 * time pass with `advance`. Every sample is valid by construction: it is what the library itself
 * returns. With `program: 'new-commerce'`, New Commerce states (NCE-7, NCE-8) in every New Commerce
 * status — `trial`, `active`, `suspended`, `expired`, `disabled`, `cancelled`, `deleted` — built
 * the same way from New Commerce events (`schedule-renewal` included).
 *
 * @param constraints - The program, products, the range of order dates, the number of events,
 *   currencies and the policy.
 * @returns An arbitrary of `NewCommerceSubscription` for `program: 'new-commerce'`; of legacy
 *   `Subscription` (that `parseSubscription` accepts) otherwise.
 * @throws `RuleError` `INVALID_ARGUMENT` for an unknown program or product, a bad `maxEvents`, a
 *   bad policy or a policy with `program: 'new-commerce'`; `INVALID_INSTANT`, `OUT_OF_ORDER`,
 *   `OUT_OF_RANGE` for bad bounds.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { allowedActions } from 'subscription-rules';
 * import { subscription } from 'subscription-rules/arbitraries';
 * // An ended subscription allows nothing.
 * fc.assert(
 *   fc.property(subscription(), (s) =>
 *     !['cancelled', 'expired', 'deleted'].includes(s.status) || allowedActions(s).length === 0,
 *   ),
 * );
 * ```
 * @category Arbitraries
 */
export function subscription(
  constraints: SubscriptionConstraints & { readonly program: 'new-commerce' },
): fc.Arbitrary<NewCommerceSubscription>;
/**
 * Legacy subscription states (LC-1 … LC-13), as above.
 *
 * @param constraints - Products, the range of order dates, the number of events, currencies and
 *   the policy.
 * @returns An arbitrary of legacy `Subscription`.
 * @throws `RuleError` for bad constraints, as above.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { subscription } from 'subscription-rules/arbitraries';
 * fc.sample(subscription({ products: ['windows-7-esu'], maxEvents: 0 }), 1)[0]?.product;
 * //=> 'windows-7-esu'
 * ```
 * @category Arbitraries
 */
export function subscription(
  constraints?: SubscriptionConstraints & { readonly program?: 'legacy' | undefined },
): fc.Arbitrary<Subscription>;
/**
 * Subscription states of either program, as above: the program is known only when it runs.
 *
 * @param constraints - The program, products, dates, events, currencies and policy.
 * @returns An arbitrary of legacy or New Commerce states.
 * @throws `RuleError` for bad constraints, as above.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { subscription } from 'subscription-rules/arbitraries';
 * const program: 'legacy' | 'new-commerce' = 'new-commerce';
 * fc.sample(subscription({ program, products: ['license-based'] }), 1)[0]?.product;
 * //=> 'license-based'
 * ```
 * @category Arbitraries
 */
export function subscription(
  constraints?: SubscriptionConstraints,
): fc.Arbitrary<Subscription | NewCommerceSubscription>;
export function subscription(
  constraints?: SubscriptionConstraints,
): fc.Arbitrary<Subscription | NewCommerceSubscription> {
  const options = readConstraints(constraints);
  const program = requireOneOf(options.program ?? 'legacy', PROGRAMS, 'constraints.program');
  const [from, to] = readInstantRange(options, LATEST_ORDER_MS);
  const [, maxEvents] = readIntegerRange(0, options.maxEvents, [0, 8], 'constraints', 0);
  if (maxEvents > 100) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'constraints.maxEvents',
      'expected at most 100',
      maxEvents,
    );
  }
  if (program === 'new-commerce') {
    if (options.policy !== undefined)
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'constraints.policy',
        'expected no policy: New Commerce subscriptions follow the catalog (NCE-11)',
        options.policy,
      );
    const chosen = readChoices(options.products, NEW_COMMERCE_PRODUCTS, 'constraints.products');
    return newCommerceSubscription(
      chosen,
      from,
      to,
      maxEvents,
      options.currencies,
      options.statedWindows === true,
    );
  }
  const products = readChoices(
    options.products as readonly SubscriptionProduct[] | undefined,
    PRODUCTS,
    'constraints.products',
  );
  const fixed =
    options.policy === undefined
      ? undefined
      : (readPolicyConstraint(options.policy, 'constraints.policy') as LegacyPolicy);
  if (fixed !== undefined) {
    for (const product of products) {
      if (fixed.products[product]?.terms == null) {
        fail(
          RuleErrorCode.INVALID_ARGUMENT,
          'constraints.policy',
          'expected {product} to be a subscription product (with terms) in the policy',
          fixed.id,
          product,
        );
      }
    }
  }
  const policyOptions = fixed === undefined ? undefined : { policy: fixed };
  const step: fc.Arbitrary<Step> = fc.tuple(
    gap,
    fc.constantFrom<SubscriptionEvent['type']>(
      'cancel',
      'suspend',
      'reactivate',
      'set-auto-renew',
      'change-quantity',
    ),
    fc.constantFrom<SuspensionReason>(
      ...(fixed?.suspension.reasons ?? ['customer-request', 'nonpayment', 'fraud']),
    ),
    fc.boolean(),
    fc.integer({ min: 1, max: 500 }),
  );
  return fc
    .record({
      product: fc.constantFrom(...products),
      orderedMs: fc.integer({ min: from, max: to }),
      annual: fc.boolean(),
      trial: fc.boolean(),
      quantity: fc.integer({ min: 1, max: 500 }),
      datesAtCreation: fc.oneof(
        { arbitrary: fc.constant(true), weight: 4 },
        { arbitrary: fc.constant(false), weight: 1 },
      ),
      openedDaysBefore: fc.integer({ min: 0, max: 1_500 }),
      billingDaysAfterOpening: fc.integer({ min: 0, max: 90 }),
      price: fc.option(money({ currencies: options.currencies }), { nil: undefined }),
      steps: fc.array(step, { maxLength: maxEvents }),
      rest: fc.option(gap, { nil: undefined }),
    })
    .map((draw) => {
      const policy = fixed ?? policyInForceAt(draw.orderedMs);
      const rules = policy.products[draw.product];
      const openedMs = draw.orderedMs - draw.openedDaysBefore * MS_PER_DAY;
      const billingMs = Math.min(
        openedMs + draw.billingDaysAfterOpening * MS_PER_DAY,
        draw.orderedMs,
      );
      const dates = {
        accountOpenedAt: formatInstant(openedMs, 'accountOpenedAt'),
        firstBillingPeriodStart: formatInstant(billingMs, 'firstBillingPeriodStart'),
      };
      const input: SubscriptionInput = {
        product: draw.product,
        quantity: draw.quantity,
        orderedAt: formatInstant(draw.orderedMs, 'orderedAt'),
        ...(rules?.billingCycleRequired
          ? { billingCycle: draw.annual ? 'annual' : 'monthly' }
          : {}),
        ...(rules?.freeTrial && draw.trial ? { freeTrial: true } : {}),
        ...(draw.datesAtCreation ? dates : {}),
        ...(draw.price === undefined ? {} : { price: draw.price }),
      };
      let state = createSubscription(input, policyOptions);
      for (const [wait, type, reason, flag, quantity] of draw.steps) {
        const at = formatInstant(Date.parse(state.asOf) + wait, 'at');
        const event: SubscriptionEvent =
          type === 'suspend'
            ? { type, at, reason, ...(draw.datesAtCreation ? {} : dates) }
            : type === 'set-auto-renew'
              ? { type, at, enabled: flag }
              : type === 'change-quantity'
                ? { type, at, quantity }
                : { type, at };
        const result = transition(state, event, policyOptions);
        if (result.ok) state = result.subscription;
      }
      if (draw.rest !== undefined) {
        state = advance(
          state,
          formatInstant(Date.parse(state.asOf) + draw.rest, 'to'),
        ).subscription;
      }
      return state;
    });
}

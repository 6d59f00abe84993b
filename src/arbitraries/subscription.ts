import * as fc from 'fast-check';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { requireOneOf } from '../kernel/requireOneOf.ts';
import type { Subscription, SubscriptionProduct } from '../lifecycle/legacy/types.ts';
import type {
  NewCommerceSubscription,
  NewCommerceSubscriptionProduct,
} from '../lifecycle/newCommerce/types.ts';
import type { LegacyPolicy, Policy } from '../policy/types.ts';
import { PROGRAMS, type Program } from '../policy/vocabulary/programs.ts';
import type { CurrencyCode } from '../pricing/CurrencyCode.ts';
import type { Instant } from '../time/parseInstant.ts';
import { legacySubscription } from './_internal/legacySubscription.ts';
import { newCommerceSubscription } from './_internal/newCommerceSubscription.ts';
import { programProducts } from './_internal/programProducts.ts';
import { readConstraints } from './_internal/readConstraints.ts';
import { LATEST_ORDER_MS, readInstantRange } from './_internal/readInstantRange.ts';
import { readIntegerRange } from './_internal/readIntegerRange.ts';
import { readPolicyConstraint } from './_internal/readPolicyConstraint.ts';

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
   * The subscription products drawn from. Without a `program`, each program draws the ones it
   * sells (`windows-7-esu` legacy only, `license-based` New Commerce only).
   *
   * @defaultValue legacy `['marketplace-saas', 'marketplace-usage', 'software-subscription', 'windows-7-esu']`;
   *   New Commerce `['license-based', 'software-subscription', 'marketplace-saas', 'marketplace-usage']`
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
   * The policy the legacy subscriptions are created under; pass the same policy to `transition`.
   * Given a policy, the states are legacy ones only.
   *
   * @defaultValue the catalog policy in force at each order date (POL-2)
   */
  readonly policy?: Policy | undefined;
  /**
   * The program (NCE-7): `legacy` gives legacy states only; `new-commerce` New Commerce states
   * only — a product, term and billing frequency of NCE-2, seats (mostly several), sometimes a
   * trial, then New Commerce events including `schedule-renewal` — in every New Commerce status
   * (`trial`, `active`, `suspended`, `expired`, `disabled`, `cancelled`, `deleted`). They follow
   * the catalog (NCE-11): `policy` must be left out. The type of the samples follows.
   *
   * @defaultValue `legacy` when a policy is given, else both programs, about half each
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

/**
 * Subscription states of both programs by default, about half each, in every reachable status,
 * built by creating a subscription and replaying a random sequence of events through `transition`
 * (a refused event leaves the state as it was), then sometimes letting time pass with `advance`:
 * legacy states (LC-1 … LC-13) in `trial`, `active`, `suspended`, `cancelled`, `expired`,
 * `deleted`; New Commerce states (NCE-7, NCE-8), from 1 to 500 seats, in `trial`, `active`,
 * `suspended`, `expired`, `disabled`, `cancelled`, `deleted`, built from New Commerce events
 * (`schedule-renewal` included). Every sample is valid by construction: it is what the library
 * itself returns. With `program: 'new-commerce'`, New Commerce states only, typed
 * `NewCommerceSubscription`.
 *
 * @param constraints - The program, products, the range of order dates, the number of events,
 *   currencies and the policy.
 * @returns An arbitrary of `NewCommerceSubscription` for `program: 'new-commerce'` (that
 *   `parseSubscription` accepts, as every sample of the other signatures).
 * @throws `RuleError` `INVALID_ARGUMENT` for an unknown program or product, a bad `maxEvents`, a
 *   bad policy or a policy with `program: 'new-commerce'`; `INVALID_INSTANT`, `OUT_OF_ORDER`,
 *   `OUT_OF_RANGE` for bad bounds.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { allowedActions } from 'subscription-rules';
 * import { subscription } from 'subscription-rules/arbitraries';
 * // An ended subscription allows nothing, in either program.
 * fc.assert(
 *   fc.property(subscription(), (s) =>
 *     !['cancelled', 'expired', 'deleted'].includes(s.status) ||
 *     allowedActions(s, s.asOf).length === 0,
 *   ),
 * );
 * fc.sample(subscription({ program: 'new-commerce', maxEvents: 0 }), 1)[0]?.program;
 * //=> 'new-commerce'
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
 * fc.sample(subscription({ program: 'legacy', maxEvents: 0 }), 1)[0]?.program;
 * //=> 'legacy'
 * ```
 * @category Arbitraries
 */
export function subscription(
  constraints: SubscriptionConstraints & { readonly program: 'legacy' },
): fc.Arbitrary<Subscription>;
/**
 * Subscription states of both programs when no `program` is given (about half each), or of the
 * program given, known only when it runs; as above.
 *
 * @param constraints - The program, products, dates, events, currencies and policy.
 * @returns An arbitrary of legacy and New Commerce states.
 * @throws `RuleError` for bad constraints, as above.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { subscription } from 'subscription-rules/arbitraries';
 * const program: 'legacy' | 'new-commerce' = 'new-commerce';
 * fc.sample(subscription({ program, products: ['license-based'] }), 1)[0]?.product;
 * //=> 'license-based'
 * // without a program, the products say which programs sell them
 * fc.sample(subscription({ products: ['windows-7-esu'], maxEvents: 0 }), 1)[0]?.product;
 * //=> 'windows-7-esu'
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
  const program =
    options.program === undefined
      ? undefined
      : requireOneOf(options.program, PROGRAMS, 'constraints.program');
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
  if (program === 'new-commerce' && options.policy !== undefined)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'constraints.policy',
      'expected no policy: New Commerce subscriptions follow the catalog (NCE-11)',
      options.policy,
    );
  // a policy is a legacy one: New Commerce states follow the catalog
  const products = programProducts(
    program ?? (options.policy === undefined ? undefined : 'legacy'),
    options.products,
    PRODUCTS,
    NEW_COMMERCE_PRODUCTS,
    'constraints.products',
  );
  const fixed =
    options.policy === undefined
      ? undefined
      : (readPolicyConstraint(options.policy, 'constraints.policy') as LegacyPolicy);
  if (fixed !== undefined) {
    for (const product of products.legacy ?? []) {
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
  const drawn: fc.Arbitrary<Subscription | NewCommerceSubscription>[] = [];
  if (products.legacy !== undefined)
    drawn.push(legacySubscription(products.legacy, from, to, maxEvents, options.currencies, fixed));
  if (products.newCommerce !== undefined)
    drawn.push(
      newCommerceSubscription(
        products.newCommerce,
        from,
        to,
        maxEvents,
        options.currencies,
        options.statedWindows === true,
      ),
    );
  return drawn.length === 1
    ? (drawn[0] as fc.Arbitrary<Subscription | NewCommerceSubscription>)
    : fc.oneof(...drawn);
}

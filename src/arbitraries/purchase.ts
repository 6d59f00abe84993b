import * as fc from 'fast-check';
import { requireOneOf } from '../kernel/requireOneOf.ts';
import { END_OF_INSTANTS, MS_PER_DAY } from '../kernel/units.ts';
import { partnerCenterPolicies } from '../policy/partnerCenterPolicies.ts';
import type { LegacyPolicy, Policy, Product } from '../policy/types.ts';
import {
  NEW_COMMERCE_PRODUCTS,
  type NewCommerceProduct,
} from '../policy/vocabulary/newCommerceProducts.ts';
import { PROGRAMS, type Program } from '../policy/vocabulary/programs.ts';
import type { CurrencyCode } from '../pricing/CurrencyCode.ts';
import type { LegacyPurchase, NewCommercePurchase, Purchase } from '../refunds/Purchase.ts';
import type { Instant } from '../time/parseInstant.ts';
import { legacyPurchase } from './_internal/legacyPurchase.ts';
import { newCommercePurchase } from './_internal/newCommercePurchase.ts';
import { programProducts } from './_internal/programProducts.ts';
import { readConstraints } from './_internal/readConstraints.ts';
import { LATEST_ORDER_MS, readInstantRange } from './_internal/readInstantRange.ts';
import { readPolicyConstraint } from './_internal/readPolicyConstraint.ts';

/** Options of {@link purchase}. */
export interface PurchaseConstraints {
  /**
   * The products drawn from. Without a `program`, each program draws the ones it sells
   * (`windows-7-esu` legacy only, `license-based` New Commerce only).
   *
   * @defaultValue every product of the policy (of each program drawn)
   */
  readonly products?: readonly (Product | NewCommerceProduct)[] | undefined;
  /**
   * The earliest order date (`orderedAt`), inclusive.
   *
   * @defaultValue `'2020-01-01T00:00:00.000Z'`
   */
  readonly from?: Instant | undefined;
  /**
   * The latest order date, inclusive.
   *
   * @defaultValue `'2030-12-31T23:59:59.999Z'`
   */
  readonly to?: Instant | undefined;
  /**
   * Also give some purchases with a term a `currentTermEnd` (as a caller that tracks renewals
   * does), always after `to`: then ask about instants `at ≤ to` only, since a term that has ended
   * cannot be cancelled at its end. Without it, the term end is worked out from `orderedAt`.
   *
   * @defaultValue `false`
   */
  readonly currentTermEnds?: boolean | undefined;
  /**
   * The currencies of the optional `price`.
   *
   * @defaultValue every currency the library knows
   */
  readonly currencies?: readonly CurrencyCode[] | undefined;
  /**
   * The policy whose product rules shape the purchase (billing cycle when required, a term from
   * its list); pass the same policy to `cancellationDecision`.
   *
   * @defaultValue the catalog policy in force at each `orderedAt` (POL-2)
   */
  readonly policy?: Policy | undefined;
  /**
   * The program of the purchases (NCE-1): `legacy` gives legacy purchases only, `new-commerce`
   * New Commerce ones only (a term and billing frequency of NCE-2, sometimes a renewed term's
   * `termStart`, mostly several seats, a unit price); the type of the samples follows.
   *
   * @defaultValue the policy's program when one is given, else both programs, about half each
   */
  readonly program?: Program | undefined;
  /**
   * Also give some New Commerce subscriptions a `termStart` one or two terms after the order (a
   * renewed term, NCE-4): then ask about instants from `termStart` on.
   *
   * @defaultValue `false`
   */
  readonly renewals?: boolean | undefined;
  /**
   * Also give some purchases the windows Partner Center states (PCR-1): a `fullCreditUntil` within
   * 20 days of the order (the term's start for New Commerce), and for New Commerce subscriptions
   * a `cancellableUntil`, sometimes `null`.
   *
   * @defaultValue `false`
   */
  readonly statedWindows?: boolean | undefined;
}

/**
 * Purchases as `cancellationDecision` takes them, of both programs by default, about half each:
 * legacy ones (REF-1 … REF-11) of every product, with a billing cycle where the policy requires
 * one (and sometimes where it does not), sometimes a term from the product's list, and sometimes
 * a price; New Commerce ones (NCE-2, NCE-4) of every product, with a term and billing frequency
 * sold together, mostly several seats (up to 5,000) and sometimes a unit price. For any `at` from
 * `orderedAt` on (to the year 9000), `cancellationDecision(sample, at)` returns a decision and
 * never throws; with `currentTermEnds`, for any `at` from `orderedAt` to `to`.
 *
 * With `program: 'new-commerce'`, New Commerce purchases only, typed `NewCommercePurchase`.
 *
 * @param constraints - The program, products, the range of order dates, currencies, and the
 *   policy.
 * @returns An arbitrary of `NewCommercePurchase` for `program: 'new-commerce'` (that
 *   `parsePurchase` accepts, as every sample of the other signatures).
 * @throws `RuleError` `INVALID_ARGUMENT` for an unknown program or product or a bad policy,
 *   `UNKNOWN_CURRENCY`, `INVALID_INSTANT`, `OUT_OF_ORDER` or `OUT_OF_RANGE` for bad bounds.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { cancellationDecision } from 'subscription-rules';
 * import { purchase } from 'subscription-rules/arbitraries';
 * // A cancellation never credits more than the price paid for every seat.
 * fc.assert(
 *   fc.property(purchase(), (p) => {
 *     const decision = cancellationDecision(p, p.orderedAt);
 *     const credit = 'credit' in decision ? decision.credit : undefined;
 *     const paid = (p.price?.amount ?? 0) * (p.quantity ?? 1);
 *     return credit === undefined || p.price === undefined || credit.amount <= paid;
 *   }),
 * );
 * const drawn = fc.sample(purchase(), { seed: 1, numRuns: 300 });
 * [...new Set(drawn.map((p) => p.program ?? 'legacy'))].sort();
 * //=> ['legacy', 'new-commerce']
 * fc.sample(purchase({ program: 'new-commerce', products: ['license-based'] }), 1)[0]?.program;
 * //=> 'new-commerce'
 * ```
 * @category Arbitraries
 */
export function purchase(
  constraints: PurchaseConstraints & { readonly program: 'new-commerce' },
): fc.Arbitrary<NewCommercePurchase>;
/**
 * Legacy purchases only (REF-1 … REF-11), as above: the samples are typed `LegacyPurchase`.
 *
 * @param constraints - Products, the range of order dates, currencies and the policy.
 * @returns An arbitrary of `LegacyPurchase`.
 * @throws `RuleError` for bad constraints, as above.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { purchase } from 'subscription-rules/arbitraries';
 * fc.sample(purchase({ program: 'legacy', products: ['windows-7-esu'] }), 1)[0]?.product;
 * //=> 'windows-7-esu'
 * ```
 * @category Arbitraries
 */
export function purchase(
  constraints: PurchaseConstraints & { readonly program: 'legacy' },
): fc.Arbitrary<LegacyPurchase>;
/**
 * Purchases of both programs when no `program` is given (about half each), or of the program
 * given, known only when it runs; as above.
 *
 * @param constraints - The program, products, dates, currencies and policy.
 * @returns An arbitrary of legacy and New Commerce purchases.
 * @throws `RuleError` for bad constraints, as above.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { purchase } from 'subscription-rules/arbitraries';
 * const program: 'legacy' | 'new-commerce' = 'new-commerce';
 * fc.sample(purchase({ program, products: ['license-based'] }), 1)[0]?.product;
 * //=> 'license-based'
 * // without a program, the products say which programs sell them
 * fc.sample(purchase({ products: ['windows-7-esu'] }), 1)[0]?.program;
 * //=> undefined
 * ```
 * @category Arbitraries
 */
export function purchase(constraints?: PurchaseConstraints): fc.Arbitrary<Purchase>;
export function purchase(constraints?: PurchaseConstraints): fc.Arbitrary<Purchase> {
  const options = readConstraints(constraints);
  const [from, to] = readInstantRange(options, LATEST_ORDER_MS);
  const given =
    options.policy === undefined
      ? undefined
      : readPolicyConstraint(options.policy, 'constraints.policy');
  const asked = options.program ?? given?.program;
  const fixed = given?.program === 'new-commerce' ? undefined : (given as LegacyPolicy | undefined);
  const products = programProducts(
    asked === undefined ? undefined : requireOneOf(asked, PROGRAMS, 'constraints.program'),
    options.products,
    Object.keys((fixed ?? partnerCenterPolicies[1]).products) as Product[],
    NEW_COMMERCE_PRODUCTS,
    'constraints.products',
  );
  const statedAfter = fc.option(fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 20 * MS_PER_DAY })), {
    nil: undefined,
  });
  const stated = options.statedWindows === true ? statedAfter : fc.constant(undefined);
  const drawn: fc.Arbitrary<Purchase>[] = [];
  if (products.legacy !== undefined)
    drawn.push(
      legacyPurchase(
        products.legacy,
        from,
        to,
        options.currencies,
        fixed,
        options.currentTermEnds === true,
        fc.option(fc.integer({ min: 1, max: 3 * 366 * MS_PER_DAY }), { nil: undefined }),
        stated,
      ),
    );
  if (products.newCommerce !== undefined) {
    const room = Math.min(3 * 366 * MS_PER_DAY, END_OF_INSTANTS - 1 - to);
    drawn.push(
      newCommercePurchase(
        products.newCommerce,
        from,
        to,
        options.currencies,
        options.currentTermEnds === true && room > 0,
        options.renewals === true,
        fc.option(fc.integer({ min: 1, max: Math.max(1, room) }), { nil: undefined }),
        stated,
      ),
    );
  }
  return drawn.length === 1 ? (drawn[0] as fc.Arbitrary<Purchase>) : fc.oneof(...drawn);
}

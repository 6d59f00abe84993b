import * as fc from 'fast-check';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { requireOneOf } from '../kernel/requireOneOf.ts';
import { END_OF_INSTANTS, MS_PER_DAY } from '../kernel/units.ts';
import { partnerCenterPolicies } from '../policy/partnerCenterPolicies.ts';
import { policyInForceAt } from '../policy/policyInForceAt.ts';
import type { BillingCycle, LegacyPolicy, Policy, Product } from '../policy/types.ts';
import {
  NEW_COMMERCE_PRODUCTS,
  type NewCommerceProduct,
} from '../policy/vocabulary/newCommerceProducts.ts';
import { PROGRAMS, type Program } from '../policy/vocabulary/programs.ts';
import type { CurrencyCode } from '../pricing/CurrencyCode.ts';
import type { Money } from '../pricing/money.ts';
import type { Purchase } from '../refunds/Purchase.ts';
import { formatInstant } from '../time/formatInstant.ts';
import type { Instant } from '../time/parseInstant.ts';
import type { Term } from '../time/Term.ts';
import { newCommercePurchase } from './_internal/newCommercePurchase.ts';
import { readChoices } from './_internal/readChoices.ts';
import { readConstraints } from './_internal/readConstraints.ts';
import { LATEST_ORDER_MS, readInstantRange } from './_internal/readInstantRange.ts';
import { readPolicyConstraint } from './_internal/readPolicyConstraint.ts';
import { money } from './money.ts';

/** Options of {@link purchase}. */
export interface PurchaseConstraints {
  /**
   * The products drawn from.
   *
   * @defaultValue every product of the policy (of the program)
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
   * The program of the purchases (NCE-1): `new-commerce` gives New Commerce purchases (a term
   * and billing frequency of NCE-2, sometimes a renewed term's `termStart`, a quantity and a unit
   * price).
   *
   * @defaultValue the policy's program when one is given, else `legacy`
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
 * Purchases as `cancellationDecision` takes them (REF-1 … REF-11): every product, with a billing cycle
 * where the policy requires one (and sometimes where it does not), sometimes a term from the
 * product's list, and sometimes a price. For any `at` from `orderedAt` on (to the year 9000),
 * `cancellationDecision(sample, at)` returns a decision and never throws; with
 * `currentTermEnds`, for any `at` from `orderedAt` to `to`.
 *
 * @param constraints - Products, the range of order dates, currencies, and the policy.
 * @returns An arbitrary of `Purchase` that `parsePurchase` accepts.
 * @throws `RuleError` `INVALID_ARGUMENT` for an unknown product or a bad policy,
 *   `UNKNOWN_CURRENCY`, `INVALID_INSTANT`, `OUT_OF_ORDER` or `OUT_OF_RANGE` for bad bounds.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { cancellationDecision } from 'subscription-rules';
 * import { purchase } from 'subscription-rules/arbitraries';
 * // A cancellation never credits more than the price paid.
 * fc.assert(
 *   fc.property(purchase(), (p) => {
 *     const decision = cancellationDecision(p, p.orderedAt);
 *     const credit = 'credit' in decision ? decision.credit : undefined;
 *     return credit === undefined || p.price === undefined || credit.amount <= p.price.amount;
 *   }),
 * );
 * ```
 * @category Arbitraries
 */
export function purchase(constraints?: PurchaseConstraints): fc.Arbitrary<Purchase> {
  const options = readConstraints(constraints);
  const [from, to] = readInstantRange(options, LATEST_ORDER_MS);
  const given =
    options.policy === undefined
      ? undefined
      : readPolicyConstraint(options.policy, 'constraints.policy');
  const statedAfter = fc.option(fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 20 * MS_PER_DAY })), {
    nil: undefined,
  });
  const termEndAfter = fc.option(fc.integer({ min: 1, max: 3 * 366 * MS_PER_DAY }), {
    nil: undefined,
  });
  const program = requireOneOf(
    options.program ?? given?.program ?? 'legacy',
    PROGRAMS,
    'constraints.program',
  );
  if (program === 'new-commerce') {
    const products = readChoices(
      options.products,
      NEW_COMMERCE_PRODUCTS,
      'constraints.products',
    ) as NewCommerceProduct[];
    const room = Math.min(3 * 366 * MS_PER_DAY, END_OF_INSTANTS - 1 - to);
    return newCommercePurchase(
      products,
      from,
      to,
      options.currencies,
      options.currentTermEnds === true && room > 0,
      options.renewals === true,
      fc.option(fc.integer({ min: 1, max: Math.max(1, room) }), { nil: undefined }),
      options.statedWindows === true ? statedAfter : fc.constant(undefined),
    );
  }
  const fixed = given as LegacyPolicy | undefined;
  const known = Object.keys((fixed ?? partnerCenterPolicies[1]).products) as Product[];
  const products = readChoices(
    options.products as readonly Product[] | undefined,
    known,
    'constraints.products',
  );
  const price = money({ currencies: options.currencies });
  return fc
    .record({
      product: fc.constantFrom(...products),
      orderedMs: fc.oneof(
        { arbitrary: fc.integer({ min: from, max: to }), weight: 8 },
        { arbitrary: fc.constantFrom(from, to), weight: 1 },
      ),
      cycle: fc.constantFrom<BillingCycle>('monthly', 'annual'),
      withCycle: fc.boolean(),
      term: fc.nat(),
      withTerm: fc.boolean(),
      price: fc.option(price, { nil: undefined }),
      termEndAfter,
      stated: options.statedWindows === true ? statedAfter : fc.constant(undefined),
    })
    .map((draw) => {
      const policy = fixed ?? policyInForceAt(draw.orderedMs);
      const rules = policy.products[draw.product];
      if (rules === undefined) {
        fail(
          RuleErrorCode.INVALID_ARGUMENT,
          'constraints.policy',
          'expected rules for {product}',
          policy.id,
          draw.product,
        );
      }
      const terms = rules.terms ?? [];
      const out: {
        product: Product;
        orderedAt: string;
        billingCycle?: BillingCycle;
        term?: Term;
        price?: Money;
        currentTermEnd?: string;
        fullCreditUntil?: string;
      } = { product: draw.product, orderedAt: formatInstant(draw.orderedMs, 'orderedAt') };
      if (rules.billingCycleRequired || draw.withCycle) out.billingCycle = draw.cycle;
      if (terms.length > 0 && draw.withTerm) out.term = terms[draw.term % terms.length] as Term;
      if (draw.price !== undefined) out.price = draw.price;
      if (
        options.currentTermEnds === true &&
        terms.length > 0 &&
        draw.termEndAfter !== undefined &&
        to + draw.termEndAfter < END_OF_INSTANTS
      ) {
        out.currentTermEnd = formatInstant(to + draw.termEndAfter, 'currentTermEnd');
      }
      if (draw.stated !== undefined && draw.orderedMs + draw.stated[1] < END_OF_INSTANTS)
        out.fullCreditUntil = formatInstant(draw.orderedMs + draw.stated[1], 'fullCreditUntil');
      return out;
    });
}

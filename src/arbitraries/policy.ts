import * as fc from 'fast-check';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { requireOneOf } from '../kernel/requireOneOf.ts';
import { marketNames } from '../markets/data/marketNames.ts';
import type { MarketCode } from '../markets/MarketCode.ts';
import { partnerCenterPolicies } from '../policy/partnerCenterPolicies.ts';
import type {
  CancellationRule,
  FixedCancellation,
  NewCommerceProductRules,
  Policy,
  PolicyDuration,
  PolicyRoles,
  ProductRules,
  Role,
  TermWindowCancellation,
  WindowCancellation,
} from '../policy/types.ts';
import { PROGRAMS, type Program } from '../policy/vocabulary/programs.ts';
import { ROLES } from '../policy/vocabulary/roles.ts';
import { SUSPENSION_REASONS } from '../policy/vocabulary/suspensionReasons.ts';
import { readConstraints } from './_internal/readConstraints.ts';
import { readPolicyConstraint } from './_internal/readPolicyConstraint.ts';

/** Options of {@link policy}. */
export interface PolicyConstraints {
  /**
   * The policies to vary: each sample starts from one of them and changes its numbers and lists.
   *
   * @defaultValue `partnerCenterPolicies` (the whole catalog)
   */
  readonly bases?: readonly Policy[] | undefined;
  /**
   * The program of the policies (NCE-1): the default bases are the catalog's policies of this
   * program, and every base given must be of it.
   *
   * @defaultValue both programs
   */
  readonly program?: Program | undefined;
}

/** The same kind of duration (hours stay hours), 1 to 4× the base, at least 1. */
function duration(base: PolicyDuration): fc.Arbitrary<PolicyDuration> {
  if ('hours' in base) {
    return fc.integer({ min: 1, max: Math.max(1, base.hours * 4) }).map((hours) => ({ hours }));
  }
  if ('days' in base) {
    return fc.integer({ min: 1, max: Math.max(1, base.days * 4) }).map((days) => ({ days }));
  }
  return fc
    .integer({ min: 1, max: Math.max(1, base.calendarDays * 4) })
    .map((calendarDays) => ({ calendarDays }));
}

function windowOrFixed(
  rule: WindowCancellation | FixedCancellation,
): fc.Arbitrary<WindowCancellation | FixedCancellation> {
  return rule.type === 'fixed'
    ? fc.constant(rule)
    : duration(rule.window).map((window) => ({ ...rule, window }));
}

function cancellation(
  rule: CancellationRule | TermWindowCancellation,
): fc.Arbitrary<CancellationRule | TermWindowCancellation> {
  if ('type' in rule && rule.type === 'term-window') {
    return fc
      .tuple(
        duration(rule.window),
        fc.constantFrom('full-credit', 'prorated-credit') as fc.Arbitrary<
          TermWindowCancellation['firstDay']
        >,
      )
      .map(([window, firstDay]) => ({ ...rule, window, firstDay }));
  }
  if ('type' in rule) return windowOrFixed(rule);
  return fc
    .tuple(windowOrFixed(rule.monthly), windowOrFixed(rule.annual))
    .map(([monthly, annual]) => ({ monthly, annual }));
}

function productRules<R extends ProductRules | NewCommerceProductRules>(rules: R): fc.Arbitrary<R> {
  return cancellation(rules.cancellation).map((rule) => ({ ...rules, cancellation: rule }) as R);
}

/** Every product of `base` with its rules varied. */
function products(base: Policy): fc.Arbitrary<Policy['products']> {
  return fc.record(
    Object.fromEntries(
      Object.entries(base.products).map(([name, rules]) => [name, productRules(rules)]),
    ),
  ) as unknown as fc.Arbitrary<Policy['products']>;
}

/** A sorted, duplicate-free subset of `list`. */
function subset<T>(list: readonly T[], minLength = 0): fc.Arbitrary<T[]> {
  return fc.subarray([...list], { minLength });
}

/**
 * Policies (POL-1, NCE-1) made by varying a catalog policy, legacy or New Commerce: other windows
 * (hours stay hours, days stay days, calendar days stay calendar days; a term window's first day
 * free or prorated), trial length, suspension days and reasons, download-link limits, tax-inclusive and
 * unavailable markets, the roles allowed each action, and the reservation refund limit and its
 * window. Product kinds, terms and which rules
 * differ by billing cycle are kept, so every sample is consistent; the id is the base's id with a
 * `-variant-N` suffix. Pass a sample as `{ policy }` to any function.
 *
 * @param constraints - The policies to start from, or the program whose catalog policies to vary.
 * @returns An arbitrary of `Policy` that `parsePolicy` and `definePolicy` accept.
 * @throws `RuleError` `INVALID_ARGUMENT` for an empty or bad list of bases, an unknown program,
 *   or a base of another program.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { quote } from 'subscription-rules';
 * import { money, policy, taxRate } from 'subscription-rules/arbitraries';
 * // Whatever the policy, net + tax = gross.
 * fc.assert(
 *   fc.property(policy(), money(), taxRate(), (p, listPrice, rate) => {
 *     const q = quote({ listPrice, market: 'AU', taxRate: rate }, { policy: p });
 *     return q.net.amount + q.tax.amount === q.gross.amount;
 *   }),
 * );
 * ```
 * @category Arbitraries
 */
export function policy(constraints?: PolicyConstraints): fc.Arbitrary<Policy> {
  const options = readConstraints(constraints);
  const program =
    options.program === undefined
      ? undefined
      : requireOneOf(options.program, PROGRAMS, 'constraints.program');
  const ofProgram = (p: Policy): boolean =>
    program === undefined || (p.program ?? 'legacy') === program;
  const bases = options.bases ?? partnerCenterPolicies.filter(ofProgram);
  if (!Array.isArray(bases) || bases.length === 0) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'constraints.bases',
      'expected a non-empty list of policies',
      bases,
    );
  }
  bases.forEach((base: unknown, i) => {
    const read = readPolicyConstraint(base, `constraints.bases.${i}`);
    if (!ofProgram(read))
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        `constraints.bases.${i}.program`,
        'expected a {program} policy',
        read.program,
        program as string,
      );
  });
  const markets = Object.keys(marketNames) as MarketCode[];
  return fc.constantFrom(...bases).chain((base) =>
    fc
      .record({
        n: fc.nat({ max: 999_999 }),
        products: products(base),
        trialDays: fc.integer({ min: 1, max: 90 }),
        baseDays: fc.integer({ min: 0, max: 120 }),
        maxExtraDays: fc.integer({ min: 0, max: 120 }),
        reasons: subset(SUSPENSION_REASONS, 1),
        downloadLinks: fc.option(
          fc.record({
            validDays: fc.integer({ min: 1, max: 60 }),
            maxDownloads: fc.integer({ min: 1, max: 100 }),
          }),
          { nil: null },
        ),
        taxInclusiveMarkets: fc.oneof(fc.constant([...base.taxInclusiveMarkets]), subset(markets)),
        unavailable: fc.oneof(
          fc.constant(base.unavailableMarkets['azure-reservations'] ?? []),
          subset(markets),
        ),
        reservationLimit: fc.integer({ min: 0, max: 10_000_000 }),
        reservationWindowDays: fc.integer({ min: 1, max: 730 }),
        roles: fc.record(
          Object.fromEntries(Object.keys(base.roles).map((action) => [action, subset(ROLES)])) as {
            [A in keyof PolicyRoles]: fc.Arbitrary<Role[]>;
          },
        ),
      })
      .map(
        (draw) =>
          ({
            ...base,
            id: `${base.id}-variant-${draw.n}`,
            title: `${base.title} (varied)`,
            products: draw.products,
            trialDays: draw.trialDays,
            suspension: {
              baseDays: draw.baseDays,
              maxExtraDays: draw.maxExtraDays,
              reasons: draw.reasons,
            },
            downloadLinks: draw.downloadLinks,
            taxInclusiveMarkets: draw.taxInclusiveMarkets,
            unavailableMarkets: {
              ...base.unavailableMarkets,
              'azure-reservations': [...draw.unavailable],
            },
            roles: draw.roles,
            reservationRefunds: {
              limit: { amount: draw.reservationLimit, currency: 'USD' },
              window: { days: draw.reservationWindowDays },
            },
          }) as Policy,
      ),
  );
}

import * as z from 'zod/mini';
import { RuleError } from '../errors/RuleError.ts';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { marketNames } from '../markets/data/marketNames.ts';
import { canonicalPolicy } from '../policy/canonicalPolicy.ts';
import { policyConsistencyIssues } from '../policy/policyConsistencyIssues.ts';
import type { Policy } from '../policy/types.ts';
import { ACTIONS } from '../policy/vocabulary/actions.ts';
import {
  BILLING_FREQUENCY_MONTHS,
  type BillingFrequency,
} from '../policy/vocabulary/billingFrequencies.ts';
import { NEW_COMMERCE_PRODUCTS } from '../policy/vocabulary/newCommerceProducts.ts';
import {
  NEW_COMMERCE_TERM_MONTHS,
  type NewCommerceTerm,
} from '../policy/vocabulary/newCommerceTerms.ts';
import { PRODUCTS } from '../policy/vocabulary/products.ts';
import { ROLES } from '../policy/vocabulary/roles.ts';
import { SUSPENSION_REASONS } from '../policy/vocabulary/suspensionReasons.ts';
import { TERM_MONTHS } from '../time/terms.ts';
import { canonicalising } from './_internal/canonicalising.ts';

let schema: z.ZodMiniType<Policy, unknown> | undefined;

/** `definePolicy`'s consistency checks, then the policy as `definePolicy` returns it. */
function canonical(policy: Policy): Policy {
  const issues = policyConsistencyIssues(policy);
  if (issues.length === 0) return canonicalPolicy(policy);
  throw new RuleError(
    RuleErrorCode.INVALID_POLICY,
    'policy: inconsistent',
    issues[0]?.path,
    issues,
  );
}

/**
 * The zod/mini schema of a `Policy` (ERR-2, POL-1, NCE-1), legacy or New Commerce by `program`:
 * every key required, unknown keys rejected, numbers whole and positive where they are lengths,
 * then the same consistency checks `definePolicy` makes (duplicates, product rules that contradict
 * each other, `inForceFrom`), each an issue at its path. Its output is what {@link parsePolicy}
 * returns: the policy deep-frozen, as `definePolicy` returns it. Built on the first call so that
 * importing the module costs nothing.
 *
 * @returns The schema.
 * @example
 * ```ts
 * import { partnerCenterPolicies } from 'subscription-rules';
 * import { policySchema } from 'subscription-rules/schemas';
 * const json = JSON.parse(JSON.stringify(partnerCenterPolicies[1]));
 * Object.isFrozen(policySchema().parse(json));
 * //=> true
 * policySchema().safeParse({ ...json, trialDays: 0 }).success;
 * //=> false
 * ```
 * @category Schemas
 */
export function policySchema(): z.ZodMiniType<Policy, unknown> {
  if (schema !== undefined) return schema;
  const positiveInt = z.int().check(z.minimum(1));
  // the Extended Service Term's dates: UTC instants, as policyIssues reads them (EST-1)
  const instant = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/));
  const wholeDays = z.int().check(z.minimum(0));
  // an uplift (EST-3): 0.03 is 3 %; the policy guard checks its six decimals
  const fraction = z.number().check(z.minimum(0), z.lt(1));
  const ruleId = z.string().check(z.regex(/^[A-Z]+-\d+$/));
  const market = z.enum(Object.keys(marketNames) as [string, ...string[]]);
  const duration = z.union([
    z.strictObject({ hours: positiveInt }),
    z.strictObject({ days: positiveInt }),
    z.strictObject({ calendarDays: positiveInt }),
  ]);
  const window = z.strictObject({
    type: z.literal('window'),
    window: duration,
    within: z.enum(['full-credit', 'prorated-credit']),
    withinRule: ruleId,
    after: z.enum(['cancel-at-renewal', 'not-cancellable']),
    afterRule: ruleId,
  });
  const fixed = z.strictObject({
    type: z.literal('fixed'),
    outcome: z.enum(['no-refund', 'not-cancellable', 'support-request']),
    rule: ruleId,
    reason: z.optional(z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/))),
  });
  const termWindow = z.strictObject({
    type: z.literal('term-window'),
    window: duration,
    firstDay: z.enum(['full-credit', 'prorated-credit']),
    within: z.literal('prorated-credit'),
    after: z.literal('not-cancellable'),
    rule: ruleId,
  });
  const rule = z.discriminatedUnion('type', [window, fixed]);
  const byCycle = z.strictObject({ monthly: rule, annual: rule });
  const flags = {
    billingCycleRequired: z.boolean(),
    freeTrial: z.boolean(),
    autoRenewToggle: z.boolean(),
  };
  const product = z.strictObject({
    cancellation: z.union([rule, byCycle]),
    terms: z.nullable(z.array(z.enum(Object.keys(TERM_MONTHS) as [string, ...string[]]))),
    ...flags,
  });
  const nceProduct = z.strictObject({
    cancellation: z.union([z.discriminatedUnion('type', [window, fixed, termWindow]), byCycle]),
    terms: z.null(),
    ...flags,
    midTermFrequencyChanges: z.optional(
      z.array(
        z.strictObject({
          term: z.enum(
            Object.keys(NEW_COMMERCE_TERM_MONTHS) as [NewCommerceTerm, ...NewCommerceTerm[]],
          ),
          frequencies: z.array(
            z.enum(
              Object.keys(BILLING_FREQUENCY_MONTHS) as [BillingFrequency, ...BillingFrequency[]],
            ),
          ),
        }),
      ),
    ),
  });
  const roles = z.array(z.enum(ROLES));
  const shared = {
    id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
    title: z.string().check(z.minLength(1)),
    inForceFrom: z.nullable(z.string()),
    sources: z.array(
      z.strictObject({
        title: z.string().check(z.minLength(1)),
        url: z.string().check(z.regex(/^https:\/\/\S+$/)),
        date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
        about: z.string(),
      }),
    ),
    trialDays: positiveInt,
    suspension: z.strictObject({
      baseDays: wholeDays,
      maxExtraDays: wholeDays,
      reasons: z.array(z.enum(SUSPENSION_REASONS)).check(z.minLength(1)),
    }),
    downloadLinks: z.nullable(
      z.strictObject({ validDays: positiveInt, maxDownloads: positiveInt }),
    ),
    taxInclusiveMarkets: z.array(market),
    unavailableMarkets: z.record(
      z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
      z.array(market),
    ),
    roles: z.strictObject(
      Object.fromEntries(ACTIONS.map((action) => [action, roles])) as Record<string, typeof roles>,
    ),
    reservationRefunds: z.optional(
      z.strictObject({
        limit: z.strictObject({ amount: z.int().check(z.minimum(0)), currency: z.literal('USD') }),
        window: z.strictObject({ days: positiveInt }),
      }),
    ),
  };
  // the order constraints (ORD-2): their shape; the offers they name, min ≤ max and ids once are
  // the consistency checks'
  const key = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
  const offers = z.array(key);
  const nceTerm = z.enum(
    Object.keys(NEW_COMMERCE_TERM_MONTHS) as [NewCommerceTerm, ...NewCommerceTerm[]],
  );
  const percent = z.int().check(z.minimum(1), z.maximum(100));
  const dated = {
    id: key,
    effectiveFrom: z.nullable(instant),
    effectiveUntil: z.optional(instant),
  };
  const orders = z.strictObject({
    products: z.record(
      key,
      z.strictObject({ productIds: z.array(z.string().check(z.minLength(1))) }),
    ),
    constraints: z.array(
      z.discriminatedUnion('kind', [
        z.strictObject({
          ...dated,
          kind: z.literal('quantity'),
          offers,
          terms: z.optional(z.array(nceTerm)),
          min: z.optional(positiveInt),
          max: z.optional(positiveInt),
        }),
        z.strictObject({
          ...dated,
          kind: z.literal('billing'),
          offers,
          term: nceTerm,
          billingFrequencies: z.array(
            z.enum(
              Object.keys(BILLING_FREQUENCY_MONTHS) as [BillingFrequency, ...BillingFrequency[]],
            ),
          ),
        }),
        z.strictObject({ ...dated, kind: z.literal('terms'), offers, terms: z.array(nceTerm) }),
        z.strictObject({ ...dated, kind: z.literal('family-cap'), offers, max: positiveInt }),
        z.strictObject({
          ...dated,
          kind: z.literal('add-on'),
          offers,
          baseOffers: offers,
          maxPercentOfBase: z.optional(percent),
          minPercentOfBase: z.optional(percent),
        }),
        z.strictObject({
          ...dated,
          kind: z.literal('trial'),
          onePerOffer: z.boolean(),
          excludeOffers: z.optional(offers),
        }),
      ]),
    ),
  });
  const shape = z.discriminatedUnion('program', [
    z.strictObject({
      program: z.optional(z.literal('legacy')),
      ...shared,
      products: z.strictObject(
        Object.fromEntries(PRODUCTS.map((name) => [name, product])) as Record<
          string,
          typeof product
        >,
      ),
    }),
    z.strictObject({
      program: z.literal('new-commerce'),
      ...shared,
      extendedServiceTerm: z.optional(
        z.strictObject({
          products: z.array(z.enum(NEW_COMMERCE_PRODUCTS)),
          termStartedFrom: instant,
          termEndingFrom: instant,
          monthlyPlanUplift: fraction,
          noMonthlyPlanUplift: fraction,
        }),
      ),
      orders: z.optional(orders),
      products: z.strictObject(
        Object.fromEntries(NEW_COMMERCE_PRODUCTS.map((name) => [name, nceProduct])) as Record<
          string,
          typeof nceProduct
        >,
      ),
    }),
  ]);
  schema = canonicalising(shape, canonical);
  return schema;
}

import * as z from 'zod/mini';
import { RuleError } from '../errors/RuleError.ts';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { SUBSCRIPTION_FIELDS } from '../lifecycle/legacy/machine/fields.ts';
import { readSubscription } from '../lifecycle/legacy/machine/readSubscription.ts';
import type {
  Subscription,
  SubscriptionFields,
  SubscriptionStatus,
} from '../lifecycle/legacy/types.ts';
import type { NewCommerceSubscription } from '../lifecycle/newCommerce/types.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { checkedByLifecycle } from './_internal/checkedByLifecycle.ts';
import { canonicalNewCommerceState, newCommerceStateShape } from './_internal/newCommerceState.ts';
import { canonicalInstant } from './canonicalInstant.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<Subscription | NewCommerceSubscription, unknown> | undefined;

const instantKeys = [
  'asOf',
  'orderedAt',
  'accountOpenedAt',
  'firstBillingPeriodStart',
  'trialEndsAt',
  'termAnchor',
  'termStart',
  'termEnd',
  'fullCreditUntil',
] as const;

function canonical(
  state: Subscription | NewCommerceSubscription,
): Subscription | NewCommerceSubscription {
  if (state.program === 'new-commerce') return canonicalNewCommerceState(state);
  const value = state as Subscription;
  // the fields in the order every state the library makes holds them, `program` said
  const copy: Record<string, unknown> = {};
  for (const key of SUBSCRIPTION_FIELDS)
    copy[key] = key === 'program' ? 'legacy' : (value as unknown as Record<string, unknown>)[key];
  if (value.fullCreditUntil !== undefined) copy.fullCreditUntil = value.fullCreditUntil;
  for (const key of instantKeys) {
    const instant = copy[key];
    if (typeof instant === 'string') copy[key] = canonicalInstant(instant, key);
  }
  if (value.suspension !== null) {
    copy.suspension = {
      ...value.suspension,
      at: canonicalInstant(value.suspension.at, 'suspension.at'),
      expiresAt: canonicalInstant(value.suspension.expiresAt, 'suspension.expiresAt'),
    };
  }
  const opened = copy.accountOpenedAt;
  const firstBilling = copy.firstBillingPeriodStart;
  // Both canonical (`toISOString()`, years 0000-9999), so the text order is the time order.
  if (typeof opened === 'string' && typeof firstBilling === 'string' && firstBilling < opened) {
    throw new RuleError(
      RuleErrorCode.OUT_OF_ORDER,
      'firstBillingPeriodStart: expected an instant at or after accountOpenedAt',
      'firstBillingPeriodStart',
    );
  }
  // the lifecycle's own guard: a stored state parses exactly when the functions take it
  checkedByLifecycle(() => readSubscription(copy));
  return copy as unknown as Subscription;
}

type Fields = SubscriptionFields & { readonly status: SubscriptionStatus };

/** The cross-field rules a stored state must keep to be one the machine could have produced. */
const consistency: readonly [string, (s: Fields) => boolean, string][] = [
  [
    'suspension',
    (s) => (s.suspension !== null) === (s.status === 'suspended' || s.status === 'deleted'),
    'expected a suspension exactly when suspended or deleted',
  ],
  [
    'trialEndsAt',
    (s) => s.status !== 'trial' || s.trialEndsAt !== null,
    'expected trialEndsAt in trial',
  ],
  [
    'term',
    (s) => (s.term === null) === (s.product === 'marketplace-usage'),
    'expected a term for every product but marketplace-usage',
  ],
  [
    'termEnd',
    (s) =>
      s.status !== 'active' ||
      s.term === null ||
      (s.termAnchor !== null && s.termStart !== null && s.termEnd !== null),
    'expected termAnchor, termStart and termEnd for an active term',
  ],
  [
    'termAnchor',
    (s) => s.termEnd === null || s.termAnchor !== null,
    'expected termAnchor wherever there is a termEnd',
  ],
  ['termEnd', (s) => s.termEnd === null || s.term !== null, 'expected no termEnd without a term'],
  [
    'billingCycle',
    (s) => s.product !== 'marketplace-saas' || s.billingCycle !== null,
    'expected a billing cycle for marketplace-saas',
  ],
  [
    'asOf',
    (s) => s.asOf >= s.orderedAt || s.asOf.length !== 24 || s.orderedAt.length !== 24,
    'expected asOf at or after orderedAt',
  ],
];

/**
 * The zod/mini schema of a stored subscription state of either program (LC-1 … LC-13, NCE-6, NCE-7,
 * NCE-10, NCE-11), discriminated by `program`: a legacy `Subscription` (no `program`, or
 * `program: 'legacy'`, which the parsed value always holds) or a New Commerce
 * `NewCommerceSubscription` (`program: 'new-commerce'`). Both are then checked by the guard the
 * lifecycle functions run on a state (a term begun by `asOf` and ending after it began, a price
 * whose total is a safe integer, …), so a state parses exactly when the functions take it. A
 * legacy state has every field of the state
 * (instants as ISO strings, `null` where a field does not apply) and the cross-field rules a state
 * the machine produced always keeps (a suspension exactly when suspended or deleted, a trial end in
 * trial, a term for every product but usage-based, the first billing period not before the
 * account was opened, SUS-2); no other keys. Its output is what
 * {@link parseSubscription} returns: every instant in `toISOString()` form, the form the lifecycle
 * functions require. A New Commerce state (any status, its seat batches, its scheduled renewal)
 * is checked, once its instants are canonical, by the same guard the lifecycle functions run on
 * a state they did not just return: a policy of the catalog, a term and billing frequency its
 * product is sold with (NCE-2), seat batches adding up to `quantity` (NCE-6), the fields each
 * status needs.
 *
 * @returns The schema (built on first use).
 * @example
 * ```ts
 * import { createSubscription } from 'subscription-rules';
 * import { subscriptionSchema } from 'subscription-rules/schemas';
 * const stored = JSON.parse(JSON.stringify(createSubscription({ product: 'marketplace-usage', quantity: 1, orderedAt: '2026-01-01T00:00:00Z' })));
 * subscriptionSchema().parse({ ...stored, asOf: '2026-01-02T01:00:00+01:00' }).asOf;
 * //=> '2026-01-02T00:00:00.000Z'
 * subscriptionSchema().safeParse({ ...stored, status: 'suspended' }).error?.issues[0]?.path;
 * //=> ['suspension']
 * ```
 * @category Schemas
 */
export function subscriptionSchema(): z.ZodMiniType<
  Subscription | NewCommerceSubscription,
  unknown
> {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  const instantOrNull = z.nullable(parts.instant);
  const object = z.strictObject({
    // a legacy state says `program: 'legacy'`; one stored before states carried it has none and
    // is read as legacy (the parsed value says it)
    program: z.optional(z.literal('legacy')),
    status: parts.status,
    asOf: parts.instant,
    policyId: parts.policyId,
    product: parts.subscriptionProduct,
    billingCycle: z.nullable(parts.billingCycle),
    term: z.nullable(parts.term),
    quantity: parts.quantity,
    autoRenew: z.boolean(),
    cancelAtRenewal: z.boolean(),
    orderedAt: parts.instant,
    price: z.nullable(parts.price),
    accountOpenedAt: instantOrNull,
    firstBillingPeriodStart: instantOrNull,
    trialEndsAt: instantOrNull,
    termAnchor: instantOrNull,
    termNumber: z.int().check(z.minimum(0)),
    termStart: instantOrNull,
    termEnd: instantOrNull,
    suspension: z.nullable(
      z.strictObject({
        at: parts.instant,
        reason: parts.reason,
        expiresAt: parts.instant,
        resumeTo: z.enum(['trial', 'active']),
      }),
    ),
    fullCreditUntil: z.optional(parts.instant),
  });
  const legacy = object.check(
    ...consistency.map(([path, holds, message]) =>
      z.refine((s: unknown) => holds(s as Fields), { message, path: [path] }),
    ),
  );
  schema = canonicalising(
    z.discriminatedUnion('program', [legacy, newCommerceStateShape()]),
    canonical,
  );
  return schema;
}

import * as z from 'zod/mini';
import type { SubscriptionFields, SubscriptionStatus } from '../lifecycle/types.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType | undefined;

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
      (s.termAnchor !== null && s.termStart !== null && s.termEnd !== null && s.termNumber >= 1),
    'expected termAnchor, termStart, termEnd and termNumber ≥ 1 for an active term',
  ],
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
 * The zod/mini schema of a stored `Subscription` state (LC-1 … LC-13): every field of the state
 * (instants as ISO strings, `null` where a field does not apply) and the cross-field rules a state
 * the machine produced always keeps (a suspension exactly when suspended or deleted, a trial end in
 * trial, a term for every product but usage-based); no other keys.
 *
 * @returns The schema (built on first use).
 * @category Schemas
 */
export function subscriptionSchema(): z.ZodMiniType {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  const instantOrNull = z.nullable(parts.instant);
  const object = z.strictObject({
    status: parts.status,
    asOf: parts.instant,
    policyId: parts.text,
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
  });
  schema = object.check(
    ...consistency.map(([path, holds, message]) =>
      z.refine((s: unknown) => holds(s as Fields), { message, path: [path] }),
    ),
  );
  return schema;
}

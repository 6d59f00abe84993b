import * as z from 'zod/mini';
import type { SubscriptionInput } from '../lifecycle/types.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { assertCrossFields, type CrossFields } from './_internal/crossFieldIssues.ts';
import type { Canonical } from './Canonical.ts';
import { canonicalInstant } from './canonicalInstant.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<Canonical<SubscriptionInput>, unknown> | undefined;

const instantKeys = ['orderedAt', 'accountOpenedAt', 'firstBillingPeriodStart'] as const;

function canonical(value: CrossFields): Canonical<SubscriptionInput> {
  assertCrossFields(value);
  const copy: Record<string, unknown> = { ...value };
  for (const key of instantKeys) {
    const instant = copy[key];
    if (typeof instant === 'string') copy[key] = canonicalInstant(instant, key);
  }
  return copy as Canonical<SubscriptionInput>;
}

/**
 * The zod/mini schema of a `SubscriptionInput`, what `createSubscription` takes (ERR-2, LC-1);
 * no other keys. Its output is what {@link parseSubscriptionInput} returns: instants in
 * `toISOString()` form, and the product's rules in force at `orderedAt` applied (a term the product
 * has, a trial only where it has one, a billing cycle where the rules need one,
 * `firstBillingPeriodStart` not before `accountOpenedAt`), each refusal an issue at its field's path.
 *
 * @returns The schema (built on first use).
 * @example
 * ```ts
 * import { subscriptionInputSchema } from 'subscription-rules/schemas';
 * subscriptionInputSchema().parse({ product: 'marketplace-usage', quantity: 1, orderedAt: '2026-01-01T10:00:00+10:00' });
 * //=> { product: 'marketplace-usage', quantity: 1, orderedAt: '2026-01-01T00:00:00.000Z' }
 * subscriptionInputSchema().safeParse({ product: 'marketplace-usage', term: 'P1Y', quantity: 1, orderedAt: '2026-01-01T00:00:00Z' }).error?.issues[0]?.path;
 * //=> ['term']
 * ```
 * @category Schemas
 */
export function subscriptionInputSchema(): z.ZodMiniType<Canonical<SubscriptionInput>, unknown> {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  schema = canonicalising(
    z.strictObject({
      product: parts.subscriptionProduct,
      billingCycle: z.optional(parts.billingCycle),
      term: z.optional(parts.term),
      quantity: parts.quantity,
      orderedAt: parts.instant,
      freeTrial: z.optional(z.boolean()),
      price: z.optional(parts.price),
      accountOpenedAt: z.optional(parts.instant),
      firstBillingPeriodStart: z.optional(parts.instant),
    }),
    canonical,
  );
  return schema;
}

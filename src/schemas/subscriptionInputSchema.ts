import * as z from 'zod/mini';
import type { SubscriptionInput } from '../lifecycle/legacy/types.ts';
import type { NewCommerceSubscriptionInput } from '../lifecycle/newCommerce/types.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { assertCrossFields, type CrossFields } from './_internal/crossFieldIssues.ts';
import { canonicalNewCommerceInput, newCommerceInputShape } from './_internal/newCommerceInput.ts';
import type { Canonical } from './Canonical.ts';
import { canonicalInstant } from './canonicalInstant.ts';
import { schemaParts } from './schemaParts.ts';

let schema:
  | z.ZodMiniType<Canonical<SubscriptionInput | NewCommerceSubscriptionInput>, unknown>
  | undefined;

const instantKeys = ['orderedAt', 'accountOpenedAt', 'firstBillingPeriodStart'] as const;

function canonical(
  value: CrossFields | NewCommerceSubscriptionInput,
): Canonical<SubscriptionInput | NewCommerceSubscriptionInput> {
  if ('program' in value && value.program === 'new-commerce')
    return canonicalNewCommerceInput(value as NewCommerceSubscriptionInput & { orderedAt: string });
  assertCrossFields(value as CrossFields);
  const copy: Record<string, unknown> = { ...value };
  for (const key of instantKeys) {
    const instant = copy[key];
    if (typeof instant === 'string') copy[key] = canonicalInstant(instant, key);
  }
  return copy as Canonical<SubscriptionInput | NewCommerceSubscriptionInput>;
}

/**
 * The zod/mini schema of what `createSubscription` takes (ERR-2, LC-1, NCE-2, NCE-7, NCE-8),
 * discriminated by `program`: a legacy `SubscriptionInput` (no `program`, or `'legacy'`) or a New
 * Commerce `NewCommerceSubscriptionInput` (`program: 'new-commerce'`); no other keys. Its output is what {@link parseSubscriptionInput} returns: instants in
 * `toISOString()` form, and the product's rules in force at `orderedAt` applied (a term the product
 * has, a trial only where it has one, a billing cycle where the rules need one,
 * `firstBillingPeriodStart` not before `accountOpenedAt`), each refusal an issue at its field's path.
 * A New Commerce input is checked as `createSubscription` checks it: the term and billing
 * frequency it runs with (a trial's `convertsTo`, else its own, else a trial's default P1Y monthly)
 * a combination its product is sold with (NCE-2), none and no trial for `marketplace-usage`, at
 * most 25 seats in a trial (NCE-8).
 *
 * @returns The schema (built on first use).
 * @example
 * ```ts
 * import { subscriptionInputSchema } from 'subscription-rules/schemas';
 * subscriptionInputSchema().parse({ product: 'marketplace-usage', quantity: 1, orderedAt: '2026-01-01T10:00:00+10:00' });
 * //=> { product: 'marketplace-usage', quantity: 1, orderedAt: '2026-01-01T00:00:00.000Z' }
 * subscriptionInputSchema().safeParse({ product: 'marketplace-usage', term: 'P1Y', quantity: 1, orderedAt: '2026-01-01T00:00:00Z' }).error?.issues[0]?.path;
 * //=> ['term']
 * subscriptionInputSchema().safeParse({ program: 'new-commerce', product: 'license-based', term: 'P1M', billingFrequency: 'annual', quantity: 1, orderedAt: '2026-01-01T00:00:00Z' }).error?.issues[0]?.path;
 * //=> ['billingFrequency']
 * ```
 * @category Schemas
 */
export function subscriptionInputSchema(): z.ZodMiniType<
  Canonical<SubscriptionInput | NewCommerceSubscriptionInput>,
  unknown
> {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  const legacy = z.strictObject({
    program: z.optional(z.literal('legacy')),
    product: parts.subscriptionProduct,
    billingCycle: z.optional(parts.billingCycle),
    term: z.optional(parts.term),
    quantity: parts.quantity,
    orderedAt: parts.instant,
    freeTrial: z.optional(z.boolean()),
    price: z.optional(parts.price),
    accountOpenedAt: z.optional(parts.instant),
    firstBillingPeriodStart: z.optional(parts.instant),
  });
  schema = canonicalising(
    z.discriminatedUnion('program', [legacy, newCommerceInputShape()]),
    canonical,
  );
  return schema;
}

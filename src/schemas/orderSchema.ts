import * as z from 'zod/mini';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { issueOf } from '../kernel/issueOf.ts';
import type { Order } from '../orders/types.ts';
import { NEW_COMMERCE_BILLING } from '../policy/vocabulary/newCommerceBilling.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { throwIssues } from './_internal/throwIssues.ts';

let schema: z.ZodMiniType<Order, unknown> | undefined;

/** The term and billing frequency NCE-2 sells a licence with, as `checkOrder` asks (ORD-9). */
function canonical(order: Order): Order {
  const sold: readonly string[] =
    NEW_COMMERCE_BILLING['license-based'][order.term as 'P1M' | 'P1Y' | 'P3Y'];
  if (!sold.includes(order.billingFrequency))
    throwIssues(RuleErrorCode.INVALID_ARGUMENT, [
      issueOf('billingFrequency', 'expected {allowed} (NCE-2: a licence’s {term})', {
        allowed: sold.join(' or '),
        term: order.term,
      }),
    ]);
  return order;
}

/**
 * The zod/mini schema of an order `checkOrder` takes (ORD-1, ORD-9): `offer` a non-empty text,
 * `quantity` a safe integer ≥ 1, a term and billing frequency NCE-2 sells a licence with, `trial`
 * and `subscriptionId` where given; no other key. Built on the first call.
 *
 * @returns The schema.
 * @example
 * ```ts
 * import { orderSchema } from 'subscription-rules/schemas';
 * orderSchema().safeParse({ offer: 'microsoft-365-e3', quantity: 100, term: 'P3Y', billingFrequency: 'annual' }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export function orderSchema(): z.ZodMiniType<Order, unknown> {
  if (schema !== undefined) return schema;
  const text = z.string().check(z.regex(/\S/));
  schema = canonicalising(
    z.strictObject({
      offer: text,
      quantity: z.int().check(z.minimum(1)),
      term: z.enum(['P1M', 'P1Y', 'P3Y']),
      billingFrequency: z.enum(['monthly', 'annual', 'triennial']),
      trial: z.optional(z.boolean()),
      subscriptionId: z.optional(z.string().check(z.minLength(1))),
    }),
    canonical,
  );
  return schema;
}

import * as z from 'zod/mini';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType | undefined;

/**
 * The zod/mini schema of a `SubscriptionInput`, what `createSubscription` takes
 * (LC-1); no other keys.
 *
 * @returns The schema (built on first use).
 * @category Schemas
 */
export function subscriptionInputSchema(): z.ZodMiniType {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  schema = z.strictObject({
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
  return schema;
}

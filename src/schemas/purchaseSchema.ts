import * as z from 'zod/mini';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType | undefined;

/**
 * The zod/mini schema of a `Purchase` as JSON (REF-1 … REF-11): `product`, `orderedAt`, and the
 * optional `billingCycle`, `price`, `term`, `currentTermEnd`; no other keys.
 *
 * @returns The schema (built on first use).
 * @category Schemas
 */
export function purchaseSchema(): z.ZodMiniType {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  schema = z.strictObject({
    product: parts.product,
    billingCycle: z.optional(parts.billingCycle),
    orderedAt: parts.instant,
    price: z.optional(parts.price),
    term: z.optional(parts.term),
    currentTermEnd: z.optional(parts.instant),
  });
  return schema;
}

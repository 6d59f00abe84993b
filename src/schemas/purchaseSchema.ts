import * as z from 'zod/mini';
import { BILLING_FREQUENCY_MONTHS } from '../policy/vocabulary/billingFrequencies.ts';
import { NEW_COMMERCE_PRODUCTS } from '../policy/vocabulary/newCommerceProducts.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../policy/vocabulary/newCommerceTerms.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType | undefined;

/**
 * The zod/mini schema of a `Purchase` as JSON (REF-1 … REF-11): `product`, `orderedAt`, and the
 * optional `billingCycle`, `price`, `term`, `currentTermEnd`; no other keys. A New Commerce
 * purchase (`program: 'new-commerce'`, NCE-2, NCE-4) has instead its own products, `term`,
 * `billingFrequency`, `termStart`, `quantity`, `price` and `currentTermEnd`.
 *
 * @returns The schema (built on first use).
 * @category Schemas
 */
export function purchaseSchema(): z.ZodMiniType {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  const legacy = z.strictObject({
    program: z.optional(z.literal('legacy')),
    product: parts.product,
    billingCycle: z.optional(parts.billingCycle),
    orderedAt: parts.instant,
    price: z.optional(parts.price),
    term: z.optional(parts.term),
    currentTermEnd: z.optional(parts.instant),
  });
  const newCommerce = z.strictObject({
    program: z.literal('new-commerce'),
    product: z.enum(NEW_COMMERCE_PRODUCTS),
    orderedAt: parts.instant,
    term: z.optional(z.enum(Object.keys(NEW_COMMERCE_TERM_MONTHS) as [string, ...string[]])),
    billingFrequency: z.optional(
      z.enum(Object.keys(BILLING_FREQUENCY_MONTHS) as [string, ...string[]]),
    ),
    termStart: z.optional(parts.instant),
    quantity: z.optional(parts.quantity),
    price: z.optional(parts.price),
    currentTermEnd: z.optional(parts.instant),
  });
  schema = z.discriminatedUnion('program', [legacy, newCommerce]);
  return schema;
}

import * as z from 'zod/mini';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType | undefined;

/**
 * The zod/mini schema of an `Offer` (OFR): `id`, `publisher`, `billingType` and the
 * optional restrictions; an absent restriction means none; no other keys.
 *
 * @returns The schema (built on first use).
 * @category Schemas
 */
export function offerSchema(): z.ZodMiniType {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  schema = z.strictObject({
    id: parts.text,
    publisher: parts.publisher,
    billingType: parts.billingType,
    categories: z.optional(z.array(parts.category)),
    productFamily: z.optional(parts.text),
    onePerCustomer: z.optional(z.boolean()),
    segments: z.optional(z.array(parts.segment)),
    supportedCountries: z.optional(z.array(parts.market)),
    offeredThroughCsp: z.optional(z.boolean()),
    exclusiveToPartners: z.optional(z.array(parts.text)),
    transactable: z.optional(z.boolean()),
  });
  return schema;
}

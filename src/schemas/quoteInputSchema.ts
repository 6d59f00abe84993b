import * as z from 'zod/mini';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType | undefined;

/**
 * The zod/mini schema of a `QuoteInput` (PRICE-4): `listPrice`, `market`, `taxRate`, and
 * the optional `quantity` and `rounding`; no other keys.
 *
 * @returns The schema (built on first use).
 * @category Schemas
 */
export function quoteInputSchema(): z.ZodMiniType {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  schema = z.strictObject({
    listPrice: parts.money,
    quantity: z.optional(parts.quantity),
    market: parts.market,
    taxRate: parts.taxRate,
    rounding: z.optional(parts.rounding),
  });
  return schema;
}

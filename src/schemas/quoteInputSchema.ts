import * as z from 'zod/mini';
import { requireMarket } from '../markets/requireMarket.ts';
import type { QuoteInput } from '../pricing/quote.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<QuoteInput, unknown> | undefined;

/**
 * The zod/mini schema of a `QuoteInput` (ERR-2, PRICE-3, PRICE-4, MKT-2): `listPrice`, `market`,
 * `taxRate`, and the optional `quantity` and `rounding`; no other keys. Its output is what
 * {@link parseQuoteInput} returns: the market as its code, the tax rate as decimal text (a number
 * is read through `String`).
 *
 * @returns The schema (built on first use).
 * @example
 * ```ts
 * import { quoteInputSchema } from 'subscription-rules/schemas';
 * quoteInputSchema().parse({ listPrice: { amount: 1099, currency: 'AUD' }, market: 'Australia', taxRate: 0.1 });
 * //=> { listPrice: { amount: 1099, currency: 'AUD' }, market: 'AU', taxRate: '0.1' }
 * ```
 * @category Schemas
 */
export function quoteInputSchema(): z.ZodMiniType<QuoteInput, unknown> {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  schema = canonicalising(
    z.strictObject({
      listPrice: parts.money,
      quantity: z.optional(parts.quantity),
      market: parts.market,
      taxRate: parts.taxRate,
      rounding: z.optional(parts.rounding),
    }),
    (value: QuoteInput & { taxRate: string | number }): QuoteInput => ({
      ...value,
      market: requireMarket(value.market, 'market'),
      taxRate: String(value.taxRate),
    }),
  );
  return schema;
}

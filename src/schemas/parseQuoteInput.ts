import type { QuoteInput } from '../pricing/quote.ts';
import type { ParseResult } from './ParseResult.ts';
import { quoteInputSchema } from './quoteInputSchema.ts';
import { runParse } from './runParse.ts';

/**
 * Validates untrusted JSON as a `QuoteInput` (ERR-2, PRICE-3, PRICE-4), with the market
 * resolved to its code (MKT-2) and the tax rate as decimal text (a number is read through `String`):
 * {@link quoteInputSchema}, without throwing.
 *
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with dot paths.
 * @example
 * ```ts
 * import { parseQuoteInput } from 'subscription-rules/schemas';
 * parseQuoteInput({ listPrice: { amount: 1099, currency: 'AUD' }, market: 'Australia', taxRate: 0.1 });
 * //=> { ok: true, value: { listPrice: { amount: 1099, currency: 'AUD' }, market: 'AU', taxRate: '0.1' } }
 * ```
 * @category Schemas
 */
export function parseQuoteInput(input: unknown): ParseResult<QuoteInput> {
  return runParse(input, quoteInputSchema(), 'expected a quote input object');
}

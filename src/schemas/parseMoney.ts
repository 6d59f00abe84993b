import type { Money } from '../pricing/money.ts';
import { moneySchema } from './moneySchema.ts';
import type { ParseResult } from './ParseResult.ts';
import { runParse } from './runParse.ts';

/**
 * Validates untrusted JSON as `Money` (ERR-2, PRICE-1): integer minor units of an active
 * ISO 4217 currency ({@link moneySchema}, without throwing). Decimal text is
 * `money(text, currency)`'s job, not this one's.
 *
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with dot paths.
 * @example
 * ```ts
 * import { parseMoney } from 'subscription-rules/schemas';
 * parseMoney({ amount: 1999, currency: 'AUD' });
 * //=> { ok: true, value: { amount: 1999, currency: 'AUD' } }
 * parseMoney({ amount: 19.99, currency: 'AUD' }).ok;
 * //=> false
 * ```
 * @category Schemas
 */
export function parseMoney(input: unknown): ParseResult<Money> {
  return runParse(input, moneySchema(), 'expected a money object');
}

import type { Customer } from '../offers/types.ts';
import { customerSchema } from './customerSchema.ts';
import type { ParseResult } from './ParseResult.ts';
import { runParse } from './runParse.ts';

/**
 * Validates untrusted JSON as a `Customer` (ERR-2, OFR), with `billingCountry` resolved to
 * its Partner Center market code (MKT-2): {@link customerSchema}, without throwing.
 *
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with dot paths.
 * @example
 * ```ts
 * import { parseCustomer } from 'subscription-rules/schemas';
 * parseCustomer({ segment: 'education', billingCountry: 'Swaziland' });
 * //=> { ok: true, value: { segment: 'education', billingCountry: 'SZ' } }
 * ```
 * @category Schemas
 */
export function parseCustomer(input: unknown): ParseResult<Customer> {
  return runParse(input, customerSchema(), 'expected a customer object');
}

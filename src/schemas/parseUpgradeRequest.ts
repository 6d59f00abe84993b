import type { NewCommerceUpgradeRequest } from '../lifecycle/newCommerce/resultTypes.ts';
import type { Canonical } from './Canonical.ts';
import type { ParseResult } from './ParseResult.ts';
import { runParse } from './runParse.ts';
import { upgradeRequestSchema } from './upgradeRequestSchema.ts';

/**
 * Validates untrusted JSON as what `upgrade` is asked (ERR-2, MID-4), with its instants in
 * canonical form: {@link upgradeRequestSchema}, without throwing.
 *
 * @param input - Untrusted data, e.g. a request body.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with dot paths.
 * @example
 * ```ts
 * import { parseUpgradeRequest } from 'subscription-rules/schemas';
 * parseUpgradeRequest({ at: '2026-11-30T12:00:00Z', to: { offerId: '', price: { amount: 2200, currency: 'USD' } } }).ok;
 * //=> false
 * ```
 * @category Schemas
 */
export function parseUpgradeRequest(
  input: unknown,
): ParseResult<Canonical<NewCommerceUpgradeRequest>> {
  return runParse(input, upgradeRequestSchema(), 'expected { at, to, quantity?, into? }');
}

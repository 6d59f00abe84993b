import type { Purchase } from '../refunds/Purchase.ts';
import { missingBillingCycle } from './_internal/missingBillingCycle.ts';
import { unsoldPair } from './_internal/unsoldPair.ts';
import type { Canonical } from './Canonical.ts';
import type { ParseResult } from './ParseResult.ts';
import { purchaseSchema } from './purchaseSchema.ts';
import { runParse } from './runParse.ts';

/**
 * Validates untrusted JSON as a `Purchase` for `cancellationDecision` (ERR-2, REF, NCE-2, NCE-4), legacy or New Commerce,
 * with its instants in canonical form (ISO 8601 UTC): {@link purchaseSchema}, without throwing.
 *
 * @param input - Untrusted data, e.g. a request body.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with dot paths.
 * @example
 * ```ts
 * import { parsePurchase } from 'subscription-rules/schemas';
 * parsePurchase({ product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T21:00:00+11:00' });
 * //=> { ok: true, value: { product: 'marketplace-saas', orderedAt: '2026-11-20T10:00:00.000Z', billingCycle: 'monthly' } }
 * ```
 * @category Schemas
 */
export function parsePurchase(input: unknown): ParseResult<Canonical<Purchase>> {
  return runParse(input, purchaseSchema(), 'expected a purchase object', undefined, (input) => [
    ...missingBillingCycle(input),
    ...unsoldPair(input),
  ]);
}

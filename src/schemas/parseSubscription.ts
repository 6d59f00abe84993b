import type { Subscription } from '../lifecycle/legacy/types.ts';
import type { NewCommerceSubscription } from '../lifecycle/newCommerce/types.ts';
import type { ParseResult } from './ParseResult.ts';
import { runParse } from './runParse.ts';
import { subscriptionSchema } from './subscriptionSchema.ts';

/**
 * Validates a stored subscription state read from outside — a database row, a request body — before
 * it goes back into `transition` or `advance` (ERR-2, LC, NCE-7, NCE-10): a legacy state, or a New
 * Commerce state (`program: 'new-commerce'`, any status, its seat batches and scheduled renewal)
 * checked as the lifecycle functions check it: {@link subscriptionSchema}, without throwing. The lifecycle functions only run cheap guards on the hot path; run this once where the
 * state enters your service.
 *
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` with instants in canonical form, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * import { createSubscription } from 'subscription-rules';
 * import { parseSubscription } from 'subscription-rules/schemas';
 * const stored = JSON.parse(JSON.stringify(createSubscription({ product: 'marketplace-usage', quantity: 1, orderedAt: '2026-01-01T00:00:00Z' })));
 * parseSubscription(stored).ok;
 * //=> true
 * parseSubscription({ ...stored, status: 'suspended' }).ok;
 * //=> false
 * ```
 * @category Schemas
 */
export function parseSubscription(
  input: unknown,
): ParseResult<Subscription | NewCommerceSubscription> {
  return runParse(input, subscriptionSchema(), 'expected a subscription object');
}

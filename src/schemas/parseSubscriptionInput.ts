import type { SubscriptionInput } from '../lifecycle/legacy/types.ts';
import type { NewCommerceSubscriptionInput } from '../lifecycle/newCommerce/types.ts';
import { missingBillingCycle } from './_internal/missingBillingCycle.ts';
import { unsoldPair } from './_internal/unsoldPair.ts';
import type { Canonical } from './Canonical.ts';
import type { ParseResult } from './ParseResult.ts';
import { runParse } from './runParse.ts';
import { subscriptionInputSchema } from './subscriptionInputSchema.ts';

/**
 * Validates untrusted JSON as what `createSubscription` takes (ERR-2, LC-1, NCE-2, NCE-7, NCE-8): a
 * legacy `SubscriptionInput` or, with `program: 'new-commerce'`, a New Commerce
 * `NewCommerceSubscriptionInput`, with its instants in canonical form and the product's rules applied:
 * {@link subscriptionInputSchema}, without throwing.
 *
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with dot paths.
 * @example
 * ```ts
 * import { parseSubscriptionInput } from 'subscription-rules/schemas';
 * parseSubscriptionInput({ product: 'marketplace-usage', quantity: 1, orderedAt: '2026-01-01T00:00:00Z' });
 * //=> { ok: true, value: { product: 'marketplace-usage', quantity: 1, orderedAt: '2026-01-01T00:00:00.000Z' } }
 * ```
 * @category Schemas
 */
export function parseSubscriptionInput(
  input: unknown,
): ParseResult<Canonical<SubscriptionInput | NewCommerceSubscriptionInput>> {
  return runParse(
    input,
    subscriptionInputSchema(),
    'expected a subscription input object',
    undefined,
    (input) => [...missingBillingCycle(input), ...unsoldPair(input)],
  );
}

import type { SubscriptionInput } from '../lifecycle/types.ts';
import { assertCrossFields, type CrossFields } from './_internal/crossFieldIssues.ts';
import type { Canonical } from './Canonical.ts';
import { canonicalInstant } from './canonicalInstant.ts';
import type { ParseResult } from './ParseResult.ts';
import { runParse } from './runParse.ts';
import { subscriptionInputSchema } from './subscriptionInputSchema.ts';

const instantKeys = ['orderedAt', 'accountOpenedAt', 'firstBillingPeriodStart'] as const;

/**
 * Validates untrusted JSON as a `SubscriptionInput` for `createSubscription` (ERR-2,
 * LC-1), with its instants in canonical form. The product's own rules (a term it has, a trial it
 * allows) are `createSubscription`'s to check.
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
export function parseSubscriptionInput(input: unknown): ParseResult<Canonical<SubscriptionInput>> {
  return runParse(
    input,
    subscriptionInputSchema(),
    (value: SubscriptionInput): Canonical<SubscriptionInput> => {
      assertCrossFields(value as unknown as CrossFields);
      const copy: Record<string, unknown> = { ...value };
      for (const key of instantKeys) {
        const instant = copy[key];
        if (typeof instant === 'string') copy[key] = canonicalInstant(instant, key);
      }
      return copy as unknown as Canonical<SubscriptionInput>;
    },
    'a subscription input',
  );
}

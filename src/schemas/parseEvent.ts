import type { SubscriptionEvent } from '../lifecycle/types.ts';
import type { Canonical } from './Canonical.ts';
import { canonicalInstant } from './canonicalInstant.ts';
import { eventSchema } from './eventSchema.ts';
import type { ParseResult } from './ParseResult.ts';
import { runParse } from './runParse.ts';

const instantKeys = ['at', 'accountOpenedAt', 'firstBillingPeriodStart'] as const;

/**
 * Validates untrusted JSON as a `SubscriptionEvent` for `transition` (ERR-2,
 * LC-11), with its instants in canonical form.
 *
 * @param input - Untrusted data, e.g. a request body.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with dot paths.
 * @example
 * ```ts
 * import { parseEvent } from 'subscription-rules/schemas';
 * parseEvent({ type: 'suspend', at: '2026-12-01T09:00:00+01:00', reason: 'nonpayment' });
 * //=> { ok: true, value: { type: 'suspend', at: '2026-12-01T08:00:00.000Z', reason: 'nonpayment' } }
 * parseEvent({ type: 'pause', at: '2026-12-01T09:00:00Z' }).ok;
 * //=> false
 * ```
 * @category Schemas
 */
export function parseEvent(input: unknown): ParseResult<Canonical<SubscriptionEvent>> {
  return runParse(
    input,
    eventSchema(),
    (value: SubscriptionEvent): Canonical<SubscriptionEvent> => {
      const copy: Record<string, unknown> = { ...value };
      for (const key of instantKeys) {
        const instant = copy[key];
        if (typeof instant === 'string') copy[key] = canonicalInstant(instant, key);
      }
      return copy as unknown as Canonical<SubscriptionEvent>;
    },
    'an event',
  );
}

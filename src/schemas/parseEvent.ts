import type { SubscriptionEvent } from '../lifecycle/legacy/types.ts';
import type { NewCommerceEvent } from '../lifecycle/newCommerce/eventTypes.ts';
import type { Canonical } from './Canonical.ts';
import { eventSchema } from './eventSchema.ts';
import type { ParseResult } from './ParseResult.ts';
import { runParse } from './runParse.ts';

/**
 * Validates untrusted JSON as an event for `transition` (ERR-2, LC-11, NCE-7, NCE-11): a legacy
 * `SubscriptionEvent` or a New Commerce `NewCommerceEvent`, `schedule-renewal` among them, with its instants in canonical form: {@link eventSchema}, without throwing.
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
export function parseEvent(
  input: unknown,
): ParseResult<Canonical<SubscriptionEvent | NewCommerceEvent>> {
  return runParse(input, eventSchema(), 'expected an event object');
}

import type { PartnerCenterSubscription } from '../partnerCenter/PartnerCenterSubscription.ts';
import type { ParseResult } from './ParseResult.ts';
import { partnerCenterSubscriptionSchema } from './partnerCenterSubscriptionSchema.ts';
import { runParse } from './runParse.ts';

/**
 * Checks a Partner Center Subscription resource's shape, every issue at once (ERR-2, PCR-1): the
 * fields the rules read, with their types; the API's other fields are dropped.
 *
 * @param input - The resource as parsed JSON.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with a path, message and code for each.
 * @throws Never.
 * @example
 * ```ts
 * import { parsePartnerCenterSubscription } from 'subscription-rules/schemas';
 * parsePartnerCenterSubscription({ quantity: 1, status: 'active' }).ok;
 * //=> false
 * ```
 * @category Schemas
 */
export function parsePartnerCenterSubscription(
  input: unknown,
): ParseResult<PartnerCenterSubscription> {
  return runParse(
    input,
    partnerCenterSubscriptionSchema(),
    'expected a Partner Center subscription object',
  );
}

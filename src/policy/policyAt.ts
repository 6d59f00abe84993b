import { type Instant, parseInstant } from '../time/parseInstant.ts';
import { policyInForceAt } from './policyInForceAt.ts';
import type { Policy } from './types.ts';

/**
 * The Partner Center policy in force at an instant (POL-2, the catalog). Decisions about a purchase use
 * the policy in force at its `orderedAt`, so an order placed under the 60-day software window keeps
 * it even when the request comes after the 30-day rules took over.
 *
 * @param instant - A `Date` or an ISO 8601 string with `Z` or an offset.
 * @returns The catalog policy in force at `instant`.
 * @throws {@link RuleError} `INVALID_INSTANT` (path `instant`) for anything else.
 * @example
 * ```ts
 * import { policyAt } from 'subscription-rules';
 * policyAt('2021-03-07T23:59:59.999Z').id;
 * //=> 'partner-center-2020-01'
 * policyAt('2021-03-08T00:00:00Z').id;
 * //=> 'partner-center-2021-03'
 * ```
 * @category Policies
 */
export function policyAt(instant: Instant): Policy {
  return policyInForceAt(parseInstant(instant, 'instant'));
}

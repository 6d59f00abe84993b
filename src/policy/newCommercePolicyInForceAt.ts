import { newCommerceIndexAt } from './newCommerceRulesInForceAt.ts';
import { partnerCenterPolicies } from './partnerCenterPolicies.ts';
import type { NewCommercePolicy } from './types.ts';

/**
 * The New Commerce catalog policy in force at `ms` (NCE-1): `partner-center-nce-2021-10` for every
 * instant before 2022-03-18T00:00:00Z, then the newest whose start is at or before `ms`.
 *
 * @param ms - Epoch milliseconds.
 * @returns The whole policy in force.
 */
export function newCommercePolicyInForceAt(ms: number): NewCommercePolicy {
  // The legacy policies come first in the catalog (two of them).
  return partnerCenterPolicies[2 + newCommerceIndexAt(ms)] as NewCommercePolicy;
}

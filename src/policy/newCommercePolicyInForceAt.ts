import {
  partnerCenterNce2021,
  partnerCenterNce202203,
  partnerCenterNce202207,
  partnerCenterNce202301,
  partnerCenterNce202504,
} from './data/newCommerce/partnerCenterNce.ts';
import { newCommerceIndexAt } from './newCommerceRulesInForceAt.ts';
import type { NewCommercePolicy } from './types.ts';

/**
 * The New Commerce catalog policy in force at `ms` (NCE-1): `partner-center-nce-2021-10` for every
 * instant before 2022-03-18T00:00:00Z, then the newest whose start is at or before `ms`.
 *
 * @param ms - Epoch milliseconds.
 * @returns The whole policy in force.
 */
export function newCommercePolicyInForceAt(ms: number): NewCommercePolicy {
  return [
    partnerCenterNce2021,
    partnerCenterNce202203,
    partnerCenterNce202207,
    partnerCenterNce202301,
    partnerCenterNce202504,
  ][newCommerceIndexAt(ms)] as NewCommercePolicy;
}

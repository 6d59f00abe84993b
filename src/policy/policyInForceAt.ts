import { partnerCenter2020 } from './data/legacy/partnerCenter2020.ts';
import { partnerCenter2021 } from './data/legacy/partnerCenter2021.ts';
import { catalogIndexAt } from './rulesInForceAt.ts';
import type { LegacyPolicy } from './types.ts';

/**
 * The catalog policy in force at `ms` (POL-2): `partner-center-2021-03` from
 * 2021-03-08T00:00:00Z, `partner-center-2020-01` for every earlier instant (the catalog, decided).
 *
 * @param ms - Epoch milliseconds.
 * @returns The whole policy in force.
 */
export function policyInForceAt(ms: number): LegacyPolicy {
  return catalogIndexAt(ms) === 0 ? partnerCenter2020 : partnerCenter2021;
}
